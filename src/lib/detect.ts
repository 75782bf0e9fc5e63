// Entry of dist/lib/detect.js: the mention engine with the bundled lexicon, as a plain ES module for Node,
// tests, scripts and the content script. The lexicon is compiled once, on first use.
import { compileMatcher } from '../detect/matcher';
import { LEXICON } from '../data/lexicon';
import type { Mention } from '../detect/types';

export type { Mention };

const matcher = compileMatcher(LEXICON);

/** Mentions of Xiaomi's car business and models in `text`: sorted, non-overlapping, UTF-16 offsets. */
export function findMentions(text: string): Mention[] {
  return matcher.findMentions(text);
}

/** Cheap pre-check: false means `findMentions(text)` is certainly empty (one regex pass). */
export function mayContain(text: string): boolean {
  return matcher.mayContain(text);
}
