/**
 * The first scan's search for anchors in a page's whole text (`body.textContent`, millions of characters).
 *
 * Why not the per-character scan of anchor-scan.ts: a JavaScript loop over a string costs 2.5-6 ns a character
 * in V8 (charCodeAt dispatches on the string's representation each time), about 24 ms on a 3.9 M character page,
 * more than reading the text itself. `String.prototype.indexOf` of one or two characters runs natively at
 * memchr speed: about 0.2 ms a pass over the same text. So each anchor gets a key (its rarest character, or
 * two adjacent characters when every single one is common, as in "modena"), the text is searched once per
 * form of each key ("x", "X", "ｘ", "Ｘ"), and only around those hits is an anchor looked for (anchor-at.ts, exact).
 *
 * What it finds, exactly: every start of the joiner-aware anchor regex whose key is written in ASCII, full-width
 * or a CJK, kana or Hangul form. Not searched: accented or dotted Latin forms of a key letter ("Ẋiaomi") and
 * Roman numerals, which no news text uses; "mO" inside a two-letter key ("mo", "Mo", "MO" are searched); a
 * joiner between the two letters of a two-letter key; and the tokens the caller names `capitalised` written with
 * a lower-case ASCII first letter ("yu seven": anchor-tokens.ts CAPITALISED_SEARCH says why). The joiner real
 * pages do put inside words, the soft hyphen, makes `search` answer null, and the scanner then checks each node on
 * its own with the exact pre-check, as before.
 */
import { IS_GAP, IS_JOINER, anchorShapes, charKinds, type AnchorShape } from './anchors';
import { compileAnchorAt } from './anchor-at';

export interface Needle {
  readonly text: string;
  /** How many anchor characters may come before the needle's first one (gaps and joiners between them aside). */
  readonly back: number;
}

export interface AnchorSearch {
  /** Searches until performance.now() passes `deadline`; true once the whole text was searched. */
  run(deadline: number): boolean;
  /** The anchor starts found so far, ascending and distinct; all of them once `run` returned true. */
  starts(): number[];
  /**
   * False when every start found so far begins with a character no cue token (compileNeedleSearch's `cues`)
   * starts with: then each start begins a token that is not a cue. True answers nothing (it is the safe side).
   */
  mayHoldCue(): boolean;
}

/** Rough share, per thousand characters of news prose, of each lower-case ASCII letter (English-like text). */
const LETTER_SHARE: Record<string, number> = {
  e: 100, t: 72, a: 65, o: 60, i: 56, n: 54, s: 50, r: 48, h: 40, l: 32, d: 32, c: 22, u: 22, m: 19, f: 18, p: 15,
  g: 15, w: 15, y: 15, b: 12, v: 8, k: 6, x: 1.5, j: 1, q: 1, z: 1,
};
/**
 * Cost model of a needle, in microseconds per thousand characters of text, measured in Chromium 156 on a 3.9 M
 * character page: a pass, each stop of the native search at a candidate, each hit handed back to JavaScript.
 */
const PASS_COST = 0.05;
const NATIVE_STOP_COST = 0.015;
const HIT_COST = 0.13;

/** Share per thousand characters of `ch` in news text. */
function share(ch: string): number {
  const lower = ch.toLowerCase();
  if (LETTER_SHARE[lower] !== undefined) return LETTER_SHARE[lower]! * (ch === lower ? 1 : 0.08);
  if (ch >= '0' && ch <= '9') return 3;
  return ch.charCodeAt(0) < 0x80 ? 1 : 0.3;
}

/**
 * How often the native search stops to compare at `ch`: V8 looks for one byte of a two-byte character with
 * memchr (its larger one), so 昆 (U+6606) stops at every "f" (0x66) and 仑 (U+4ED1) almost never.
 */
function stops(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x100) return share(ch);
  const byte = Math.max(c & 0xff, c >> 8);
  return byte < 0x80 ? share(String.fromCharCode(byte)) : 0.3;
}

/** Key forms worth a pass: all but accented or dotted Latin letters and Roman numerals (see the header). */
function searchable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return !((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2160 && c <= 0x217f));
}
const isAscii = (ch: string) => ch.charCodeAt(0) < 0x80;
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLower = (ch: string) => ch !== ch.toUpperCase();

interface Position {
  forms: string[];
  /** Non-gap positions before this one. */
  index: number;
  gapBefore: boolean;
}

function positionsOf(shape: AnchorShape): Position[] {
  const out: Position[] = [];
  let gapBefore = false;
  for (const p of shape) {
    if (p === 'gap') gapBefore = true;
    else {
      out.push({ forms: p.filter(searchable), index: out.length, gapBefore });
      gapBefore = false;
    }
  }
  return out;
}

/** The needles of each possible key of one anchor: any one position, or two adjacent ones with no gap between. */
function keysOf(shape: AnchorShape): Needle[][] {
  const positions = positionsOf(shape);
  const keys: Needle[][] = positions.map((p) => p.forms.map((text) => ({ text, back: p.index })));
  for (let k = 1; k < positions.length; k++) {
    const [a, b] = [positions[k - 1]!, positions[k]!];
    if (b.gapBefore) continue;
    // In ASCII, one two-letter needle per way a text writes them: "mo", "Mo", "MO" (not "mO": nobody writes it,
    // and each lower-case first letter costs a pass that stops at every "m"). Written otherwise (full-width,
    // half-width kana), the first letter alone: a word is not half ASCII and half full-width.
    // A capital's pairs ("Xi", "XI") stop where the capital alone does (the native search looks for the first
    // character): one pass for "X" costs less than two, unless it hands back many more hits (the cost model decides).
    const pairs = a.forms.filter(isAscii).flatMap((x) => {
      const mine = b.forms.filter((y) => isAscii(y) && !(isUpper(y) && isLower(x))).map((y) => ({ text: x + y, back: a.index }));
      const alone = { text: x, back: a.index };
      return isUpper(x) && needleCost(alone) < mine.reduce((sum, n) => sum + needleCost(n), 0) ? [alone] : mine;
    });
    keys.push([...pairs, ...a.forms.filter((x) => !isAscii(x)).map((text) => ({ text, back: a.index }))]);
  }
  return keys;
}

function needleCost(n: Needle): number {
  const first = n.text[0]!;
  const hits = n.text.length === 1 ? share(first) : (share(first) * share(n.text[1]!) * 4) / 1000;
  return PASS_COST + stops(first) * NATIVE_STOP_COST + hits * HIT_COST;
}

/**
 * One key per anchor, chosen by the cost model; a needle another anchor already searches for costs nothing more.
 * Needles are merged by text, keeping the largest `back`.
 */
export function planNeedles(shapes: AnchorShape[]): Needle[] {
  const plan = new Map<string, number>();
  for (const shape of shapes) {
    let best: Needle[] | null = null;
    let bestCost = Infinity;
    for (const key of keysOf(shape)) {
      if (!key.length) continue;
      const cost = key.reduce((sum, n) => sum + (plan.has(n.text) ? 0 : needleCost(n)), 0);
      if (cost < bestCost) [best, bestCost] = [key, cost];
    }
    if (!best) throw new Error('an anchor has no searchable key');
    for (const n of best) plan.set(n.text, Math.max(plan.get(n.text) ?? 0, n.back));
  }
  return [...plan].map(([text, back]) => ({ text, back }));
}

/**
 * The joiner real pages carry inside words (hyphenation points): with one, search answers null. Not the
 * zero-width space: V8 finds U+200B by its 0x20 byte, so a pass for it stops at every space (3.7 ms a page).
 */
const SOFT_HYPHEN = '\u00ad';
/** How often the clock is read while verifying hits (each verification is well under a microsecond). */
const CLOCK_EVERY = 64;
/**
 * Characters searched by every needle before the next ones: a pass over a 5 MB page's whole text reads 7 MB of
 * two-byte characters, and the passes over one chunk find it in the CPU's cache. All passes over the benchmark's
 * news page took 4.2 ms one needle at a time and 3.8 ms in chunks of this size (Chromium's content-script world,
 * medians of 9; a loop of the same passes in Node agrees, the whole search's A/B in Node was within its noise), and
 * the clock is read once a chunk.
 */
export const SEARCH_CHUNK = 16384;

/**
 * The characters of the anchor position after `needle`, in every alignment where it fits in any anchor: besides
 * joiners and gap characters (`BETWEEN` below), only these may follow a hit that is part of an anchor (a superset
 * of what the anchor regex lets sit there). Null when the needle may end an anchor: then anything may follow.
 * Why: most hits of a common key are other words ("mo" in "more", 小 before anything but 米); a look-up drops
 * them before the anchors are walked (0.8 of the 8 ms of the search on the benchmark's 5 MB page, with the regex then).
 * `shapes`: each anchor's positions without gaps, each the string of the characters it accepts. Needles have one
 * or two characters (keysOf); only those two are compared, so a longer one would fit in more places, never fewer.
 */
function followers(needle: string, shapes: string[][]): number[] | null {
  const out = new Set<number>();
  for (const positions of shapes) {
    for (let k = 0; k + needle.length <= positions.length; k++) {
      if (!positions[k]!.includes(needle[0]!) || (needle.length > 1 && !positions[k + 1]!.includes(needle[1]!))) continue;
      const next = positions[k + needle.length];
      if (next === undefined) return null;
      for (let i = 0; i < next.length; i++) out.add(next.charCodeAt(i));
    }
  }
  return [...out];
}

/** The key of a token list's plan among those build.mjs computes. */
export const planKey = (tokens: string[], capitalised: readonly string[] = []) =>
  [...tokens, ...capitalised.map((t) => `^${t}`)].join('\n');

/**
 * The shapes the needles are planned from: each token's (anchorShapes), but a `capitalised` token's first position
 * without its lower-case ASCII letters, so that no needle looks for them.
 */
export function searchShapes(tokens: string[], capitalised: readonly string[] = []): AnchorShape[] {
  const shapes = anchorShapes(tokens);
  if (!capitalised.length) return shapes;
  return shapes.map((shape, i) => {
    const [first, ...rest] = shape;
    if (!capitalised.includes(tokens[i]!) || first === undefined || first === 'gap') return shape;
    return [first.filter((ch) => !(isAscii(ch) && isLower(ch))), ...rest];
  });
}

/**
 * The needle plans of the extension's own token lists, computed by build.mjs (lib/precompile.ts): planning is a few
 * ms of cold code on each page. Undefined in Node and in tests: then each list is planned when compiled.
 */
declare const __XEV_NEEDLE_PLANS__: Record<string, Needle[]> | undefined;

/**
 * The needles for these tokens, planned from their search shapes: the plan build.mjs precomputes (lib/precompile.ts),
 * and the one a list it did not precompute gets at run time.
 */
export function planFor(tokens: string[], capitalised: readonly string[] = []): Needle[] {
  return planNeedles(searchShapes(tokens, capitalised));
}

/** The needles for these tokens, planned now or by the build. */
function needlesFor(tokens: string[], capitalised: readonly string[]): Needle[] {
  const plans = typeof __XEV_NEEDLE_PLANS__ !== 'undefined' ? __XEV_NEEDLE_PLANS__ : {};
  const key = planKey(tokens, capitalised);
  return Object.hasOwn(plans, key) ? plans[key]! : planFor(tokens, capitalised);
}

/**
 * `cues`: those of `anchors` that only vouch for another name and are no anchor of the matcher (a founder's name,
 * anchor-tokens.ts); `mayHoldCue` tells whether one was found. `capitalised`: those of `anchors` not searched for
 * with a lower-case ASCII first letter (searchShapes).
 */
export function compileNeedleSearch(
  anchors: string[],
  cues: readonly string[] = [],
  capitalised: readonly string[] = [],
): (text: string) => AnchorSearch | null {
  const shapes = anchorShapes(anchors);
  // Each anchor's positions without its gaps, each as the string of the characters it accepts (for `followers`).
  const spelled = shapes.map((shape) => shape.flatMap((p) => (p === 'gap' ? [] : [p.join('')])));
  const needles = needlesFor(anchors, capitalised).map((n) => ({ ...n, follow: followers(n.text, spelled) }));
  const longest = Math.max(1, ...needles.map((n) => n.text.length));
  /** Whether an anchor starts at a place, as the joiner-aware anchor regex would tell (anchor-at.ts). */
  const anchorAt = compileAnchorAt(anchors);
  const kinds = charKinds();
  /** What may sit between two characters of an anchor: walking back from a hit skips it. */
  const BETWEEN = IS_GAP | IS_JOINER;
  /** 1 where a token may start, 2 where a cue may (a character both may start with counts as a cue's). */
  const starter = new Uint8Array(0x10000);
  const CUE = 2;
  shapes.forEach((shape, i) => {
    const mark = cues.includes(anchors[i]!) ? CUE : 1;
    for (const ch of (shape.find((p) => p !== 'gap') as string[]) ?? []) starter[ch.charCodeAt(0)] = Math.max(starter[ch.charCodeAt(0)]!, mark);
  });

  return (text: string): AnchorSearch | null => {
    if (text.includes(SOFT_HYPHEN)) return null;
    const found = new Set<number>();
    let cueFound = false;
    let needle = 0;
    let from = 0;

    /** Every anchor starting up to `back` anchor characters before `at` (where a needle was found). */
    const verify = (at: number, back: number) => {
      let start = at;
      for (let k = 0; k < back && start > 0; k++) {
        start--;
        while (start > 0 && kinds[text.charCodeAt(start)]! & BETWEEN) start--;
      }
      for (let s = start; s <= at; s++) {
        const first = starter[text.charCodeAt(s)];
        if (!first || found.has(s)) continue;
        if (anchorAt(text, s, true) < 0) continue;
        found.add(s);
        if (first === CUE) cueFound = true;
      }
    };

    // Where the search is: the chunk's start in the text, the needle, and where that needle's pass goes on in the chunk.
    let chunk = 0;
    let piece: string | null = null;

    return {
      run(deadline: number): boolean {
        let checks = 0;
        while (chunk < text.length) {
          // A slice of a flat string is a view in V8 and SpiderMonkey, not a copy. It reaches as far past the chunk
          // as a needle that starts in the chunk can, and hits that start past the chunk are left to the next one.
          piece ??= text.slice(chunk, chunk + SEARCH_CHUNK + longest - 1);
          while (needle < needles.length) {
            const { text: n, back, follow: next } = needles[needle]!;
            for (let at = piece.indexOf(n, from); at >= 0 && at < SEARCH_CHUNK; at = piece.indexOf(n, at + 1)) {
              const c = text.charCodeAt(chunk + at + n.length);
              if (!next || kinds[c]! & BETWEEN || next.includes(c)) verify(chunk + at, back);
              if (++checks % CLOCK_EVERY === 0 && performance.now() >= deadline) {
                from = at + 1;
                return false;
              }
            }
            needle++;
            from = 0;
          }
          chunk += SEARCH_CHUNK;
          needle = 0;
          piece = null;
          if (chunk < text.length && performance.now() >= deadline) return false;
        }
        return true;
      },
      starts: () => [...found].sort((a, b) => a - b),
      mayHoldCue: () => cueFound,
    };
  };
}
