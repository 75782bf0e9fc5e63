// The pre-check alone, for content.js: the lexicon's anchor tokens in every form the matcher folds onto them.
// It shares its source with the full matcher (detect/anchors.ts), so "no anchor here" means exactly what the
// matcher would conclude.
import { compileAnchorScan, type AnchorScan } from '../detect/anchor-scan';
import { compileNeedleSearch, type AnchorSearch } from '../detect/anchor-needles';
import { ANCHORS, CAPITALISED_SEARCH, FOUNDER_NAMES, SEARCH_TOKENS } from '../data/anchor-tokens';

/**
 * Built on first use: the per-node pre-check serves page changes and the scanner's fallback walk, while a page's
 * first scan searches its whole text (below). Most pages never need it, and its tables cost content.js's start-up.
 */
let scan: AnchorScan | null = null;

/** False means `findMentions(text)` is certainly empty; answers exactly as the full anchor regex. */
export const mayContain = (text: string): boolean => (scan ??= compileAnchorScan(ANCHORS)).mayContain(text);

const tokenSearch = compileNeedleSearch(SEARCH_TOKENS, FOUNDER_NAMES, CAPITALISED_SEARCH);
/** Built on the first page whose context vouches for codenames (most pages never need it). */
let anchorSearch: ((text: string) => AnchorSearch | null) | null = null;

/**
 * The first scan's search of a page's whole text (see anchor-needles.ts); null: check node by node instead.
 * It looks for the tokens every mention's block holds (SEARCH_TOKENS), which leave out codenames: a codename
 * counts only near one of them. But the matcher also lets the page's title and headline vouch for a contextual
 * name (`context`, page-context.ts); when they hold a search token, a codename may count alone in its block, and
 * every anchor is searched for.
 */
export function searchAnchors(text: string, context: string): AnchorSearch | null {
  if (!vouches(context)) return tokenSearch(text);
  return (anchorSearch ??= compileNeedleSearch(ANCHORS, [], CAPITALISED_SEARCH))(text);
}

/** The last context checked: every root of every mutation batch asks about the same one. */
let checked: { context: string; vouches: boolean } | null = null;

/** Whether `context` holds a search token; a soft hyphen in it (no answer) counts as yes: the wider search is exact. */
function vouches(context: string): boolean {
  if (checked?.context !== context) {
    const search = tokenSearch(context);
    checked = { context, vouches: !search || (search.run(Infinity), search.starts().length > 0) };
  }
  return checked.vouches;
}
