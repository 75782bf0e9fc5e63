// The pre-check alone, for content.js: one regex over the lexicon's anchor tokens. It shares its source with
// the full matcher (detect/anchors.ts), so "no anchor here" means exactly what the matcher would conclude.
import { anchorSource } from '../detect/anchors';
import { ANCHORS } from '../data/lexicon';

// No 'u' flag: the anchor regex is BMP-only, and V8 runs it about twice as fast without it.
const anchors = new RegExp(anchorSource(ANCHORS));

/** False means `findMentions(text)` is certainly empty. */
export function mayContain(text: string): boolean {
  return anchors.test(text);
}
