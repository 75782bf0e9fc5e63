/**
 * What the pre-check derives from the extension's constant token lists, computed once by build.mjs and given to
 * the bundles as defines, instead of on every page: the tokens folded, the folding variants of their characters
 * and the needle plans (cold code in Node: 2 ms of first normaliser calls, 3.5 ms of variants, 2.2 ms of
 * planning). content.js's start-up in Chromium's bench went from 4.4-6.8 to 2.0-2.5 ms, for 4.2 KB of bundle.
 * Code that compiles another list (tests, the Node library) derives them as before.
 *
 * The same goes for card.js's matcher: the bundled lexicon's automata, determinised here (detect/dfa-tables.ts),
 * are given to card.js and to dist/lib/detect.js as tables instead of being built from the patterns on every page
 * with a mention (3-12 ms in Chromium's bench, 11-21 ms in Firefox's). The unit tests run with the same tables, set
 * as the global the define stands for (test/unit/lexicon-tables.global-setup.ts), so the suites check what ships.
 */
import { ANCHORS, CAPITALISED_SEARCH, SEARCH_TOKENS } from '../data/anchor-tokens';
import { anchorFolds } from '../detect/anchors';
import { planFor, planKey } from '../detect/anchor-needles';
import { lexiconTables } from '../detect/dfa-tables';
import { LEXICON } from '../data/lexicon';

export function precompiledDefines(): Record<string, string> {
  const lists = [ANCHORS, SEARCH_TOKENS];
  return {
    __XEV_ANCHOR_FOLDS__: JSON.stringify(anchorFolds(lists.flat())),
    __XEV_NEEDLE_PLANS__: JSON.stringify(
      Object.fromEntries(lists.map((list) => [planKey(list, CAPITALISED_SEARCH), planFor(list, CAPITALISED_SEARCH)])),
    ),
    // The lexicon's automata, determinised (detect/table-automaton.ts): card.js and dist/lib read them, never build them.
    __XEV_LEXICON_TABLES__: JSON.stringify(lexiconTables(LEXICON)),
  };
}
