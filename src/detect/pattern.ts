/**
 * The lexicon's pattern syntax, parsed into a small tree over *folded* characters.
 *
 *   Xiaomi('s)? (first |new )?(electric )?(car|EV)s?
 *
 * - `(a|b|c)`: alternatives (nestable); `?` after a group or a single character makes it optional;
 * - a space or a hyphen is a `gap`: in the text a space, a hyphen, a spaced dash (" - ", " -", "- ") or nothing;
 * - an apostrophe is an `apos`: in the text an apostrophe (optionally followed by a space) or nothing;
 * - every other character is folded like the text (`normalize.ts`), so patterns are written naturally.
 *
 * The syntax has no repetition, so every pattern describes a finite set of strings (`expand` lists them;
 * the tests use that to check every name of the lexicon).
 */
import { foldChar } from './normalize';

export type PatternNode =
  | { kind: 'char'; ch: string }
  | { kind: 'gap' }
  | { kind: 'apos' }
  | { kind: 'group'; alts: PatternSeq[]; optional: boolean };
export type PatternSeq = PatternNode[];

/** Appends one source character, folded, to a sequence: spaces and hyphens become gaps, apostrophes `apos`. */
function pushLiteral(seq: PatternSeq, raw: string): void {
  const folded = foldChar(raw);
  // Code units, not code points: the automaton steps over the folded text one UTF-16 unit at a time.
  for (const ch of folded.split('')) {
    if (ch === ' ' || ch === '-') {
      // Adjacent gaps collapse: "voiture - électrique" is one gap.
      if (seq[seq.length - 1]?.kind !== 'gap') seq.push({ kind: 'gap' });
    } else if (ch === "'") {
      seq.push({ kind: 'apos' });
    } else {
      seq.push({ kind: 'char', ch });
    }
  }
}

/** Parses one pattern. Throws on unbalanced parentheses or a stray `?`, naming the pattern. */
export function parsePattern(pattern: string): PatternSeq {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`lexicon pattern ${JSON.stringify(pattern)}: ${why} at ${i}`);
  };

  function parseSeq(): PatternSeq {
    const seq: PatternSeq = [];
    while (i < pattern.length) {
      const c = pattern[i] ?? '';
      if (c === ')' || c === '|') break;
      if (c === '(') {
        i++;
        const alts: PatternSeq[] = [parseSeq()];
        while (pattern[i] === '|') {
          i++;
          alts.push(parseSeq());
        }
        if (pattern[i] !== ')') fail('missing )');
        i++;
        seq.push({ kind: 'group', alts, optional: false });
      } else if (c === '?') {
        const last = seq.pop();
        if (!last || last.kind === 'gap') fail('nothing to make optional');
        else if (last.kind === 'group') seq.push({ ...last, optional: true });
        else seq.push({ kind: 'group', alts: [[last]], optional: true });
        i++;
      } else {
        // One source character at a time: its folded form may be several characters ("ﬁ" → "fi") or none.
        const cp = pattern.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        i += ch.length;
        pushLiteral(seq, ch);
      }
    }
    return seq;
  }

  const seq = parseSeq();
  if (i < pattern.length) fail(`unexpected ${pattern[i]}`);
  // A gap at either end would let a match start or end on a space.
  while (seq[0]?.kind === 'gap') seq.shift();
  while (seq[seq.length - 1]?.kind === 'gap') seq.pop();
  if (seq.length === 0) fail('empty pattern');
  return seq;
}

/** Every string a pattern stands for, with gaps as " " and apostrophes as "'" (tests, benchmark). */
export function expand(seq: PatternSeq, limit = 100000): string[] {
  let out = [''];
  for (const node of seq) {
    let parts: string[];
    if (node.kind === 'char') parts = [node.ch];
    else if (node.kind === 'gap') parts = [' '];
    else if (node.kind === 'apos') parts = ["'"];
    else {
      parts = node.alts.flatMap((alt) => expand(alt, limit));
      if (node.optional) parts.push('');
    }
    const next: string[] = [];
    for (const a of out) for (const b of parts) next.push(a + b);
    if (next.length > limit) throw new Error(`pattern expands to more than ${limit} strings`);
    out = next;
  }
  // Gaps next to an empty optional part double up or dangle: tidy them like the text would be.
  return [...new Set(out.map((s) => s.replace(/ {2,}/g, ' ').trim()))];
}
