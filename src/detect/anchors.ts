/**
 * The pre-check: one regular expression over the ORIGINAL text that finds the lexicon's anchor tokens
 * ("xiaomi", "小米", "シャオミ", "샤오미", "su7", "yu7", "ms11"…) in every form the normaliser folds onto them:
 * any case, full-width ("ＳＵ７"), half-width katakana, precomposed accents ("Xiaomí"), combining marks,
 * invisible characters or a hyphen at a line break inside the token, any spacing inside multi-word anchors.
 *
 * It must never miss (false means "no mention, skip the text"); matching a little too much only costs a
 * normalisation of a small window. Pages without any anchor pay one regex pass and nothing else.
 */
import { normalize } from './normalize';

/** Inclusive UTF-16 code unit ranges: one source for the regexes below and the scanner's tables (anchor-scan.ts). */
export type Ranges = ReadonlyArray<readonly [number, number]>;

/** What JavaScript's `\s` matches. */
export const WHITESPACE: Ranges = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f],
  [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
/** Characters the normaliser drops: invisible ones and combining marks. */
export const JOINER_CHARS: Ranges = [[0x00ad, 0x00ad], [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0x0300, 0x036f]];
/** What may stand for a word gap inside a multi-word anchor ("YU Seven", "YU\u00a0Seven", "YU-Seven", "YU・SEVEN"). */
export const GAP_CHARS: Ranges = [
  ...WHITESPACE, [0x00ad, 0x00ad], [0x200b, 0x200d], [0x2060, 0x2060], [0x5f, 0x5f], [0x2d, 0x2d], [0x2010, 0x2015],
  [0x30fb, 0x30fb], [0x00b7, 0x00b7], [0xff65, 0xff65],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** A regex character class of the code unit ranges, every unit escaped (no flag needed: BMP only). */
export const charClass = (ranges: Ranges) => `[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;

/** A hyphen at a line break ("Xiao-\nmi"): the normaliser joins the word. */
const LINE_BREAK_HYPHEN = '-[ \\t]*(?:\\r\\n|[\\n\\r\\u2028\\u2029])\\s*';
/** What may sit between two characters of an anchor without changing the folded text. Functions, not constants:
 * content.js walks the anchors instead (anchor-at.ts), and a bundle drops what no code calls. */
const join = () => `(?:${charClass(JOINER_CHARS)}|${LINE_BREAK_HYPHEN})*`;
const gap = () => `${charClass(GAP_CHARS)}*`;

/** Code point ranges whose characters may fold onto an ASCII letter or digit, a kana or a Hangul syllable. */
const FOLDING_RANGES: Array<[number, number]> = [
  [0x00c0, 0x024f], // Latin-1 Supplement letters, Latin Extended-A and -B
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and others)
  [0xff01, 0xff5e], // full-width ASCII
  [0xff61, 0xff9f], // half-width katakana
  [0x2160, 0x217f], // Roman numerals (Ⅰ folds to "i")
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** For each folded character, the original characters that fold onto it (beyond itself and its upper case). */
let variantsCache: Map<string, string[]> | undefined;

/**
 * The extension's own token lists folded, and the variants of their characters, computed by build.mjs
 * (lib/precompile.ts), so that content.js neither normalises every folding range (3.5 ms of cold code) nor
 * runs the normaliser at all (its first calls cost 2 ms) on each page. Undefined in Node and in tests: then
 * both are derived here.
 */
declare const __XEV_ANCHOR_FOLDS__: AnchorFolds | undefined;

export interface AnchorFolds {
  /** Each token, folded. */
  folded: Record<string, string>;
  /** For each character of those, the characters that fold onto it, as one string (each is one UTF-16 unit). */
  variants: Record<string, string>;
}

const built = (): AnchorFolds | null => (typeof __XEV_ANCHOR_FOLDS__ !== 'undefined' ? __XEV_ANCHOR_FOLDS__ : null);

/**
 * Defined (true) in the extension's bundles by build.mjs: every list they compile was folded by the build, so no
 * code path of theirs derives a fold, and the normaliser (2.3 KB, the only other use of which is the matcher in
 * card.js) stays out of content.js. A list the build did not fold then throws at its first use.
 */
declare const __XEV_FOLDS_ONLY__: boolean | undefined;

function notFolded(what: string): never {
  throw new Error(`${JSON.stringify(what)} was not folded by the build (lib/precompile.ts)`);
}

/** The characters that fold onto `ch` (beyond itself and its upper case). */
function variantsOf(ch: string): string[] {
  const given = built()?.variants;
  if (given && Object.hasOwn(given, ch)) return [...given[ch]!];
  return typeof __XEV_FOLDS_ONLY__ !== 'undefined' ? notFolded(ch) : (foldingVariants().get(ch) ?? []);
}

/** An anchor as the normaliser folds it. */
function foldedOf(anchor: string): string {
  const given = built()?.folded;
  if (given && Object.hasOwn(given, anchor)) return given[anchor]!;
  return typeof __XEV_FOLDS_ONLY__ !== 'undefined' ? notFolded(anchor) : normalize(anchor).text.trim();
}

/** What `foldedOf` and `variantsOf` answer for these anchors, as build.mjs gives it to the bundles. */
export function anchorFolds(anchors: string[]): AnchorFolds {
  const out: AnchorFolds = { folded: {}, variants: {} };
  for (const anchor of anchors) {
    const folded = (out.folded[anchor] = normalize(anchor).text.trim());
    for (const ch of folded) out.variants[ch] = (foldingVariants().get(ch) ?? []).join('');
  }
  return out;
}

/** Built once per script (it normalises every folding range): the matcher and the pre-check both need it. */
function foldingVariants(): Map<string, string[]> {
  return (variantsCache ??= buildFoldingVariants());
}

function buildFoldingVariants(): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const [lo, hi] of FOLDING_RANGES) {
    // One normalisation per range (not per character): its index map tells which characters each came from.
    let range = '';
    for (let cp = lo; cp <= hi; cp++) range += String.fromCharCode(cp);
    const n = normalize(range);
    for (let i = 0; i < n.text.length; i++) {
      const at = n.start[i] ?? 0;
      const alone = (i === 0 || n.start[i - 1] !== at) && (i + 1 >= n.text.length || n.start[i + 1] !== at);
      const f = n.text[i] ?? '';
      const ch = range[at] ?? '';
      if (!alone || f === ch || f === ' ') continue;
      let list = variants.get(f);
      if (!list) variants.set(f, (list = []));
      list.push(ch);
    }
  }
  return variants;
}

/** One anchor, folded, as what each position accepts: the original characters that fold onto it, or a word gap. */
export type AnchorShape = Array<string[] | 'gap'>;

/**
 * Shapes and sources per anchor list. content.js builds the per-node pre-check and the whole-text search from
 * the same (constant) list, and both need its shapes and its full source: built once, not once each (the
 * source takes a few milliseconds, on every page). Callers must not change the arrays they get.
 */
const shapesCache = new WeakMap<string[], AnchorShape[]>();
const sourceCache = new WeakMap<string[], Map<boolean, string>>();

/** Inclusive ranges set to `value` in a table indexed by UTF-16 code unit. */
export function fillRanges(table: Uint8Array, ranges: Ranges, value: number): void {
  for (const [a, b] of ranges) table.fill(value, a, b + 1);
}

/** Bits of `charKinds()`: a joiner, a gap character, white space (a code unit may be several). */
export const IS_JOINER = 1;
export const IS_GAP = 2;
export const IS_SPACE = 4;
let kinds: Uint8Array | null = null;

/**
 * What each UTF-16 code unit may be inside or between an anchor's characters (the bits above): one table for the
 * trie walk (anchor-at.ts), the needle search and the per-node scan, built once per script.
 */
export function charKinds(): Uint8Array {
  if (!kinds) {
    kinds = new Uint8Array(0x10000);
    for (const [ranges, bit] of [[JOINER_CHARS, IS_JOINER], [GAP_CHARS, IS_GAP], [WHITESPACE, IS_SPACE]] as const) {
      for (const [a, b] of ranges) for (let c = a; c <= b; c++) kinds[c]! |= bit;
    }
  }
  return kinds;
}

/** The anchors' shapes. Anchors are given in any form; they are folded here. An anchor outside the BMP throws. */
export function anchorShapes(anchors: string[]): AnchorShape[] {
  let shapes = shapesCache.get(anchors);
  if (!shapes) shapesCache.set(anchors, (shapes = buildShapes(anchors)));
  return shapes;
}

/** What a position of a folded character accepts, by character: the lists share most of them. */
const positions = new Map<string, string[]>();

function positionOf(ch: string): string[] {
  let out = positions.get(ch);
  if (!out) positions.set(ch, (out = [...new Set([ch, ch.toUpperCase(), ...variantsOf(ch)])]));
  return out;
}

function buildShapes(anchors: string[]): AnchorShape[] {
  return anchors.map((anchor) => {
    const folded = foldedOf(anchor);
    if (/[\ud800-\udfff]/.test(folded)) throw new Error(`anchor ${JSON.stringify(anchor)} is outside the BMP`);
    return [...folded].map((ch) => (ch === ' ' || ch === '-' ? 'gap' : positionOf(ch)));
  });
}

/**
 * Builds the anchor regex source: the definition of what an anchor is, in one readable form. No bundle runs it any
 * more; the scripts walk the anchors' trie instead (anchor-at.ts), and the tests hold that walk to this regex at
 * every place of random texts. The source uses BMP characters only, so it runs without the 'u' flag.
 */
export function anchorSource(anchors: string[], { joiners = true } = {}): string {
  let sources = sourceCache.get(anchors);
  if (!sources) sourceCache.set(anchors, (sources = new Map()));
  let source = sources.get(joiners);
  if (source === undefined) sources.set(joiners, (source = buildSource(anchors, joiners)));
  return source;
}

/** Character classes by their characters: the lists share most positions ("i" in every Xiaomi), each escaped once. */
const classes = new Map<string, string>();

function classOf(set: string[]): string {
  const key = set.join('');
  let out = classes.get(key);
  if (out === undefined) classes.set(key, (out = set.length === 1 ? escapeRe(key) : `[${set.map(escapeRe).join('')}]`));
  return out;
}

function buildSource(anchors: string[], joiners: boolean): string {
  const alternatives = anchorShapes(anchors).map((shape) => shape.map((set) => (set === 'gap' ? gap() : classOf(set))));
  return trie(alternatives, joiners ? join() : '');
}

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

/**
 * The anchors as one prefix-factored alternation ("su7|su 7 pro|su 7 max" → "s·u·(?:7|GAP 7 GAP (?:pro|max))"):
 * the regex engine then tries one branch per first character, not every anchor at every position. An anchor that
 * extends another is dropped (the pre-check needs one hit, and the shorter one is found first).
 */
function trie(alternatives: string[][], join: string): string {
  const root: Node = { next: new Map(), end: false };
  for (const parts of alternatives) {
    let node = root;
    for (const part of parts) {
      if (node.end) break;
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([part, child]) => part + (child.next.size ? join + emit(child) : ''));
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  return root.next.size ? emit(root) : '';
}
