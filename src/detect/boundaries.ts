/**
 * Where a match may start and end. The folded text `t` has lost case, so the rules that depend on it read
 * the ORIGINAL character through the index map (`orig(i)` = original character behind folded index i).
 *
 * Start: a match that begins with a word character must not continue a word ("Tsu7", "lexiaomi"), except
 * a camel-case seam — lower case then upper case in the original ("dellaSU7", "#TheXiaomiSU7"): real pages
 * lose spaces that way, part numbers ("ABSU7") are upper case throughout.
 *
 * End: a match that ends with a word character may touch a following word character only when that is
 * clearly a lost space or a suffix, not a longer token:
 * - after a digit ("SU7", "MS11"): lower-case letters that are not followed by a digit — "MS11the", "YU7s"
 *   (plural; the "s" stays outside the span) — but not "MS11B", "SU7a1", and never another digit ("SU75");
 * - after a letter: only when the name's last word is long (≥ 7 letters: "Xiaomi Automobileet" in the seed
 *   article) and the glued letter is lower case. A short last word is too often the start of another word:
 *   "Xiaomi Auto" + "matic".
 * Also rejected: a digit-final name followed by "-", "/" or "." and a digit ("MS11-025" security bulletins,
 * part numbers), and a letter-final name followed by "-" and a lower-case word ("Xiaomi auto-brightness").
 */
import { isDigit, isLetter, isLower, isUpper, isWordChar } from './chars';

/** A long last word may lose the space after it without being mistaken for a prefix of another word. */
const MIN_GLUED_WORD = 7;

export type OrigChar = (foldedIndex: number) => string | undefined;

export function startOk(t: string, s: number, orig: OrigChar): boolean {
  if (!isWordChar(t[s]) || !isWordChar(t[s - 1])) return true;
  return isLetter(t[s - 1]) && isLower(orig(s - 1)) && isUpper(orig(s));
}

export function endOk(t: string, s: number, e: number, orig: OrigChar): boolean {
  const last = t[e - 1];
  const next = t[e];
  if (!isWordChar(last)) return true;
  if (isDigit(last)) {
    if ((next === '-' || next === '/' || next === '.') && isDigit(t[e + 1])) return false;
    if (!isWordChar(next)) return true;
    if (!isLetter(next) || !isLower(orig(e))) return false;
    let j = e;
    while (isLetter(t[j])) j++;
    return !isDigit(t[j]);
  }
  // The match ends with a letter.
  if (next === '-' && isLetter(t[e + 1]) && isLower(orig(e + 1))) return false;
  if (!isWordChar(next)) return true;
  if (!isLetter(next) || !isLower(orig(e))) return false;
  let k = e - 1;
  while (k >= s && isLetter(t[k])) k--;
  return e - 1 - k >= MIN_GLUED_WORD;
}
