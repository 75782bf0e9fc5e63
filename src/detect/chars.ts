/**
 * Character classes the boundary rules need, on folded text.
 *
 * A "word character" is a letter or digit of a script written WITH spaces. Han, kana and Hangul are not
 * word characters: Chinese and Japanese have no spaces, and Korean glues particles to the noun ("SU7가",
 * "샤오미의"), so a Latin name touching them is still a whole word, and a CJK name needs no boundary at all.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** Regex source of one word character (used inside larger expressions). */
export const WORD_SRC = `(?:(?![${CJK}])[\\p{L}\\p{N}])`;
const WORD_RE = new RegExp(`^${WORD_SRC}$`, 'u');

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD_RE.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9' && ch.length === 1;
}

export function isLetter(ch: string | undefined): boolean {
  return isWordChar(ch) && !isDigit(ch) && !/^\p{N}$/u.test(ch ?? '');
}

/** Case of an ORIGINAL character: the folded text has lost it, the boundary rules need it. */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{Ll}$/u.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{Lu}$/u.test(ch);
}
