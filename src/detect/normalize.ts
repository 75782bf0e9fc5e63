/**
 * Text normalisation with an index map back to the original string.
 *
 * The matcher never looks at the original text: it looks at a folded copy in which
 * - letters are lower case, Latin/Greek/Cyrillic diacritics are gone ("É" → "e"), compatibility forms are
 *   unfolded (full-width "ＳＵ７" → "su7", half-width katakana → katakana, ligatures → letters);
 * - every run of white space (NBSP, thin spaces, ideographic space, line breaks…) is one " ", and the
 *   middle dots that separate words in katakana names ("シャオミ・SU7") and "_" count as white space;
 * - invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) are dropped, so a name
 *   split by them still matches;
 * - curly and other apostrophes are "'", dashes and minus signs are "-";
 * - a hyphen at a line break between two letters ("Xiao-\nmi") is dropped together with the break.
 *
 * Each character of the folded copy remembers the original UTF-16 range it came from (`start[i]`..`end[i]`),
 * so a match over folded characters `a..b` is the original slice `start[a]..end[b - 1]`, exact whatever was
 * folded, dropped or expanded. CJK, kana and Hangul keep their form (NFKC only): stripping marks there would
 * change letters (ガ → カ), and decomposing Hangul would turn syllables into jamo.
 */

export interface Normalized {
  /** The folded text. */
  text: string;
  /** For each folded character, the index in the original string of the character it came from. */
  start: Int32Array;
  /** For each folded character, the index just past the original character it came from. */
  end: Int32Array;
}

/** Characters that carry nothing and are dropped. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e, 0x034f]);
/** Apostrophes and look-alikes typed for one. */
const APOSTROPHES = new Set([0x2019, 0x2018, 0x201b, 0x02bc, 0x02bb, 0x0060, 0x00b4, 0x2032, 0xff07, 0x055a]);
/** Dashes, hyphens and minus signs. */
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
/** Word separators that are not white space: katakana middle dot, middle dot, half-width middle dot. */
const DOTS = new Set([0x30fb, 0x00b7, 0xff65]);

const WHITE = /\s/u;
const MARKS = /\p{M}/gu;

/** Scripts written without spaces: kept as NFKC (no mark stripping, no Hangul decomposition). */
function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) || // Hangul jamo
    (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals, kana, CJK symbols, Han
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xff61 && cp <= 0xffdc) || // half-width kana and Hangul
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** The folded form of one non-ASCII code point; '' means "drop", ' ' means white space. */
function foldNonAscii(cp: number): string {
  if (INVISIBLE.has(cp)) return '';
  if (APOSTROPHES.has(cp)) return "'";
  if (DASHES.has(cp)) return '-';
  if (DOTS.has(cp)) return ' ';
  const ch = String.fromCodePoint(cp);
  if (WHITE.test(ch)) return ' ';
  const decomposed = ch.normalize('NFKD');
  const first = decomposed.codePointAt(0) ?? cp;
  let folded = isCjkCodePoint(first) || isCjkCodePoint(cp) ? ch.normalize('NFKC') : decomposed.replace(MARKS, '');
  folded = folded.toLowerCase().replace(MARKS, '');
  // A compatibility form may unfold to white space or to an apostrophe/dash look-alike ("＇" → "'").
  if (folded.length === 1) {
    const c = folded.codePointAt(0) ?? 0;
    if (c >= 0x80) {
      if (APOSTROPHES.has(c)) return "'";
      if (DASHES.has(c)) return '-';
    }
    if (WHITE.test(folded)) return ' ';
  }
  return folded;
}

/** Non-ASCII folds are pure functions of the code point: cache them (pages repeat the same few hundred). */
const cache = new Map<number, string>();
/** The alphabetic scripts below U+2000 (accented Latin, Greek, Cyrillic…): an array is faster than a map. */
const low: Array<string | undefined> = new Array(0x2000);
function fold(cp: number): string {
  if (cp < 0x2000) return (low[cp] ??= foldNonAscii(cp));
  let f = cache.get(cp);
  if (f === undefined) {
    f = foldNonAscii(cp);
    if (cache.size < 20000) cache.set(cp, f);
  }
  return f;
}

/** Code units that NFKC, lower-casing and mark stripping all leave alone: most of any CJK page. */
const isStableCjk = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Growable output buffers, reused between calls (normalisation is synchronous and not re-entrant). */
/** Folded code units: a plain array, because `String.fromCharCode.apply` reads it ~3× faster than a typed one. */
const codes: number[] = [];
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function ensure(size: number): void {
  if (size <= starts.length) return;
  let n = starts.length;
  while (n < size) n *= 2;
  const s = new Int32Array(n);
  s.set(starts);
  starts = s;
  const e = new Int32Array(n);
  e.set(ends);
  ends = e;
}

/** Builds the folded string (in chunks: a huge argument list would overflow the stack). */
function toText(length: number): string {
  if (length <= 8192) {
    codes.length = length;
    return String.fromCharCode.apply(null, codes);
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode.apply(null, codes.slice(i, Math.min(length, i + 8192)));
  return text;
}

/**
 * Folds `src[from..to)` (whole string by default). Indices in the result refer to `src` itself, so a caller
 * may normalise a window of a long text and still get absolute offsets.
 */
export function normalize(src: string, from = 0, to = src.length): Normalized {
  ensure((to - from) * 2 + 16);
  // Locals, not the module's `let` buffers: the hot loop then needs no reload after each store.
  let st = starts;
  let en = ends;
  const cs = codes;
  let n = 0;
  let lastWasSpace = true; // drops leading white space
  let i = from;
  while (i < to) {
    const c = src.charCodeAt(i);
    // ASCII fast path: the common case on every page.
    if (c < 0x80) {
      if (isAsciiSpace(c) || c === 95 /* _ */) {
        if (!lastWasSpace) {
          cs[n] = 32;
          st[n] = i;
          en[n++] = i + 1;
          lastWasSpace = true;
        }
        i++;
        continue;
      }
      if (c === 45 /* - */ && i + 1 < to && isLineBreak(src.charCodeAt(i + 1)) && n > 0) {
        // "Xiao-\nmi": a hyphen that only breaks a word across lines. Drop it and the break when letters
        // stand on both sides; elsewhere it stays a hyphen (which patterns treat as a word gap anyway).
        let j = i + 1;
        while (j < to && (isAsciiSpace(src.charCodeAt(j)) || isLineBreak(src.charCodeAt(j)))) j++;
        if (j < to && isAsciiLetter(src.charCodeAt(j)) && isAsciiLetter(cs[n - 1] ?? 0)) {
          i = j;
          continue;
        }
      }
      cs[n] = c >= 65 && c <= 90 ? c + 32 : c;
      st[n] = i;
      en[n++] = i + 1;
      lastWasSpace = false;
      i++;
      continue;
    }
    if (isStableCjk(c)) {
      // Han, kana and Hangul syllables fold to themselves: skip the fold table.
      cs[n] = c;
      st[n] = i;
      en[n++] = i + 1;
      lastWasSpace = false;
      i++;
      continue;
    }
    const cp = src.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    if (f === ' ') {
      if (!lastWasSpace) {
        cs[n] = 32;
        st[n] = i;
        en[n++] = i + width;
        lastWasSpace = true;
      }
    } else if (f.length > 0) {
      ensure(n + f.length + (to - i) * 2 + 16);
      st = starts;
      en = ends;
      for (let k = 0; k < f.length; k++) {
        cs[n] = f.charCodeAt(k);
        st[n] = i;
        en[n++] = i + width;
      }
      lastWasSpace = false;
    }
    i += width;
  }
  return { text: toText(n), start: st.slice(0, n), end: en.slice(0, n) };
}

/**
 * The folded form of one character (one code point), as `normalize` would produce it in the middle of a
 * word: '' when it is dropped, ' ' for white space. Cheaper than `normalize` for building patterns.
 */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (isAsciiSpace(c) || c === 95) return ' ';
    return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return fold(ch.codePointAt(0) ?? c);
}

