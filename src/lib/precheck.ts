// The pre-check alone, for content.js: the lexicon's anchor tokens in every form the matcher folds onto them.
// It shares its source with the full matcher (detect/anchors.ts), so "no anchor here" means exactly what the
// matcher would conclude.
import { compileAnchorScan } from '../detect/anchor-scan';
import { compileNeedleSearch, type AnchorSearch } from '../detect/anchor-needles';
import { ANCHORS } from '../data/anchor-tokens';

const scan = compileAnchorScan(ANCHORS);

/** False means `findMentions(text)` is certainly empty; answers exactly as the full anchor regex. */
export const mayContain = (text: string): boolean => scan.mayContain(text);

/** The first scan's search of a page's whole text (see anchor-needles.ts); null: check node by node instead. */
export const searchAnchors: (text: string) => AnchorSearch | null = compileNeedleSearch(ANCHORS);
