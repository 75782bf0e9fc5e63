// The pre-check alone, for content.js: the lexicon's anchor tokens in every form the matcher folds onto them.
// It shares its source with the full matcher (detect/anchors.ts), so "no anchor here" means exactly what the
// matcher would conclude.
import { JOINER_SOURCE, anchorSource } from '../detect/anchors';
import { ANCHORS } from '../data/lexicon';

// No 'u' flag: the anchor regexes are BMP-only, and V8 runs them about twice as fast without it.
/** Anchors with no invisible character, combining mark or line-break hyphen inside: the fast, common case. */
const plain = new RegExp(anchorSource(ANCHORS, { joiners: false }));
/** Whether the text holds any of those characters at all. */
const joiners = new RegExp(JOINER_SOURCE);
/** Anchors with such characters allowed between every two letters: slow, needed only when they occur. */
const full = new RegExp(anchorSource(ANCHORS));

/**
 * False means `findMentions(text)` is certainly empty. A match of `full` either has no joiner in it (then
 * `plain` matches the same text) or has one (then `joiners` matches), so the three tests together answer
 * exactly as `full` alone, at a fraction of its cost on ordinary text.
 */
export function mayContain(text: string): boolean {
  return plain.test(text) || (joiners.test(text) && full.test(text));
}
