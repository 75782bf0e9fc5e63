// Entry of dist/lib/detect.js: the mention engine with the bundled lexicon, as a plain ES module for Node,
// tests, scripts and the content script. The lexicon is compiled once, on first use.
import { compileMatcher } from '../detect/matcher';
import { LEXICON } from '../data/lexicon';
import type { FindOptions, Mention } from '../detect/types';
import type { LexiconTables } from '../detect/table-automaton';

export type { FindOptions, Mention };

/** The lexicon's automata, determinised by the build (lib/precompile.ts); a build without them compiles them. */
declare const __XEV_LEXICON_TABLES__: LexiconTables | undefined;

const matcher = compileMatcher(LEXICON, typeof __XEV_LEXICON_TABLES__ !== 'undefined' ? __XEV_LEXICON_TABLES__ : undefined);

/**
 * Mentions of Xiaomi's car business and models in `text`: sorted, non-overlapping, UTF-16 offsets.
 * `options.context` (optional): extra text about the page (title, headline, neighbouring paragraphs) that the
 * context rule reads only when a bare model name's own surroundings have no cue; it is never searched for
 * mentions. With one argument the result depends on `text` alone.
 */
export function findMentions(text: string, options?: FindOptions): Mention[] {
  return matcher.findMentions(text, options);
}

/** Cheap pre-check: false means `findMentions(text)` is certainly empty (one pass over the text). */
export function mayContain(text: string): boolean {
  return matcher.mayContain(text);
}
