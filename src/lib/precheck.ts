// The pre-check alone, for content.js: the lexicon's anchor tokens in every form the matcher folds onto them.
// It shares its source with the full matcher (detect/anchors.ts), so "no anchor here" means exactly what the
// matcher would conclude.
import { compileAnchorScan } from '../detect/anchor-scan';
import { ANCHORS } from '../data/lexicon';

const scan = compileAnchorScan(ANCHORS);

/** False means `findMentions(text)` is certainly empty; answers exactly as the full anchor regex. */
export const mayContain = (text: string): boolean => scan.mayContain(text);

/** See AnchorScan.firstIn: where the next anchor starts in a long text (the whole page's, for the first scan). */
export const firstAnchorIn = (text: string, from: number, to: number): number => scan.firstIn(text, from, to);
