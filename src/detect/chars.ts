/**
 * Character classes the boundary rules need, on folded text.
 *
 * A "word character" is a letter or digit of a script written WITH spaces. Han, kana and Hangul are not
 * word characters: Chinese and Japanese have no spaces, and Korean glues particles to the noun ("SU7가",
 * "샤오미의"), so a Latin name touching them is still a whole word, and a CJK name needs no boundary at all.
 */
/** Letters and digits of any script; CJK is excluded in code (cheaper than Script properties in a regex). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Han, kana, Hangul (and their compatibility and half-width forms): scripts written without spaces. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff61 && c <= 0xffdc) ||
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the supplementary ideographic planes
  );
}

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return !isCjk(c) && LETTER_OR_DIGIT.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9' && ch.length === 1;
}

export function isLetter(ch: string | undefined): boolean {
  return isWordChar(ch) && !isDigit(ch) && !/^\p{N}$/u.test(ch ?? '');
}

/** Case of an ORIGINAL character: the folded text has lost it, the boundary rules need it. */
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}
