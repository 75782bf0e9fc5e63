/**
 * Whether an anchor starts at a given place of a text: what the anchor regex (`anchorSource`, anchors.ts) answers
 * tested there with the sticky flag, without building it.
 *
 * Why: content.js checks a few places per page (where a needle or a first character was found), and the regex's
 * source is 9 KB: building it took 0.4-0.8 ms of cold code on a page's first candidate, and compiling it up to
 * 0.8 ms more (Chromium, bench marks on the benchmark's 5 MB page). Walking the anchors' trie costs about a
 * microsecond a place, and neither content.js nor card.js (the matcher finds its anchors with compileAnchorFinder
 * below) builds the regex any more.
 *
 * Exact because no character an anchor position accepts is a joiner, a gap character or a hyphen (checked when
 * compiled): skipping those greedily never skips a character the anchor needs, so a walk without backtracking
 * over skipped characters decides as the regex does.
 */
import { GAP_CHARS, IS_GAP, IS_JOINER, IS_SPACE, JOINER_CHARS, anchorShapes, charClass, charKinds } from './anchors';

interface Node {
  /** The node after each position this one leads to, by the position's class (see `classOf`). */
  next: Map<number, Node>;
  /** The node after a word gap, which may also be empty. */
  gap: Node | null;
  /** An anchor ends here. */
  end: boolean;
}

/**
 * Where the anchor that starts at `at` ends (exclusive), or -1 when none starts there. `joiners`: as the
 * joiner-aware regex (the default of anchorSource); false: as `{ joiners: false }`. Like the regex, it ends at the
 * first anchor the walk completes.
 */
export type AnchorAt = (text: string, at: number, joiners: boolean) => number;

const HYPHEN = 0x2d;
const kind = charKinds();

const node = (): Node => ({ next: new Map(), gap: null, end: false });

/**
 * The class of each code unit: which anchor position (a folded character, anchors.ts `positionOf`) accepts it, or 0.
 * A position accepts a dozen forms of its character ("s", "S", "ｓ", "ś"…): the trie's edges go by class, so building
 * a trie sets one edge per position instead of one per form (2,600 for the anchors: 0.4-1.1 ms of a page's first
 * scan in Chromium, 1-5 ms in Firefox, on each trie). One table for every list: positions are shared by character.
 */
const classOf = new Uint8Array(0x10000);
const classIds = new Map<readonly string[], number>();
/** The code units of each class; class 0 is none. */
const classCodes: number[][] = [[]];

function classOfPosition(p: readonly string[]): number {
  let id = classIds.get(p);
  if (id !== undefined) return id;
  id = classCodes.length;
  if (id > 0xff) throw new Error('more than 255 distinct anchor positions');
  const codes = p.map((ch) => ch.charCodeAt(0));
  for (const c of codes) {
    if (kind[c] || c === HYPHEN) throw new Error(`anchor position [${p.join('')}] cannot be walked`);
    if (classOf[c] && classOf[c] !== id) throw new Error(`"${String.fromCharCode(c)}" is accepted by two anchor positions`);
  }
  for (const c of codes) classOf[c] = id;
  classIds.set(p, id);
  classCodes.push(codes);
  return id;
}

/** The anchors' trie, from their shapes. */
function trieOf(anchors: string[]): Node {
  const root = node();
  for (const shape of anchorShapes(anchors)) {
    let at = root;
    for (const p of shape) {
      if (p === 'gap') {
        at = at.gap ??= node();
        continue;
      }
      const id = classOfPosition(p);
      let child = at.next.get(id);
      if (!child) at.next.set(id, (child = node()));
      at = child;
    }
    at.end = true;
  }
  return root;
}

/** Past a hyphen at a line break at `i` ("Xiao-\nmi": spaces or tabs, the break, then any white space); -1 if none. */
export function lineBreakEnd(text: string, i: number): number {
  let j = i + 1;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  const c = text.charCodeAt(j);
  if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) return -1;
  j++;
  while (j < text.length && kind[text.charCodeAt(j)]! & IS_SPACE) j++;
  return j;
}

/** Past what the joiner-aware regex lets sit between two characters of an anchor. */
function skipJoin(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (kind[c]! & IS_JOINER) i++;
    else if (c !== HYPHEN) return i;
    else {
      const j = lineBreakEnd(text, i);
      if (j < 0) return i;
      i = j;
    }
  }
}

/** Where the rest of an anchor, from trie node `at`, that starts at `i` ends; -1 when none does. */
function walk(text: string, at: Node, i: number, joiners: boolean): number {
  if (at.end) return i;
  if (joiners) i = skipJoin(text, i);
  const child = at.next.get(classOf[text.charCodeAt(i)]!);
  const end = child ? walk(text, child, i + 1, joiners) : -1;
  if (end >= 0 || !at.gap) return end;
  // A gap is a run of gap characters, with joiners before it (skipped above) and after it (skipped by the walk from
  // at.gap), as the regex's JOIN GAP JOIN: a joiner between two gap characters ("y \u0301・U7") is none of them.
  while (i < text.length && kind[text.charCodeAt(i)]! & IS_GAP) i++;
  return walk(text, at.gap, i, joiners);
}

/** The trie is built at the first question: most pages hold no place to check. */
export function compileAnchorAt(anchors: string[]): AnchorAt {
  let root: Node | null = null;
  return (text, at, joiners) => {
    const child = (root ??= trieOf(anchors)).next.get(classOf[text.charCodeAt(at)]!);
    return child ? walk(text, child, at + 1, joiners) : -1;
  };
}

/** Where an anchor is found in a text: its start and its end (exclusive). */
export interface AnchorHit {
  index: number;
  end: number;
}

/** A character class of these code units. */
const codeClass = (codes: Iterable<number>) => charClass([...new Set(codes)].map((c) => [c, c] as const));

/**
 * A regex that stops where an anchor may start: at each first character, only when one of the characters that may
 * come second follows, past joiners, a gap or a hyphen at a line break (what may sit between the two: a superset, the
 * walk decides). One character class of first characters stopped at every "s", "m", "y" and "k" of English prose and
 * handed each to the walk: a third of the matcher's time on news paragraphs (Node, warm), more of it in a page's
 * first, cold matches.
 */
function startsRegex(root: Node): RegExp {
  const between = charClass([...GAP_CHARS, ...JOINER_CHARS]);
  const branches = [...root.next].map(([id, first]) => {
    const firsts = codeClass(classCodes[id]!);
    if (first.end) return firsts;
    const seconds = [...first.next.keys(), ...(first.gap ? first.gap.next.keys() : [])].flatMap((c) => classCodes[c]!);
    return `${firsts}(?=${between}*${codeClass(seconds)})`;
  });
  return new RegExp(branches.join('|'), 'g');
}

/**
 * The first anchor at or after `from` (joiners allowed inside it, as the joiner-aware anchor regex), or null. A
 * regex jumps to each place worth a walk (startsRegex): a JavaScript loop over every character ran three times
 * slower than the whole anchor regex in the first matches of a page (cold code).
 */
export function compileAnchorFinder(anchors: string[]): (text: string, from: number) => AnchorHit | null {
  let root: Node | null = null;
  /** Where an anchor may start; a placeholder until the trie is built. */
  let starts = /$^/g;
  return (text, from) => {
    if (!root) {
      root = trieOf(anchors);
      starts = startsRegex(root);
    }
    starts.lastIndex = from;
    // test(), not exec(): no match array per hit. Each hit is one code unit (the rest is a lookahead), so it starts
    // just before lastIndex.
    while (starts.test(text)) {
      const index = starts.lastIndex - 1;
      const end = walk(text, root.next.get(classOf[text.charCodeAt(index)]!)!, index + 1, true);
      if (end >= 0) return { index, end };
    }
    return null;
  };
}
