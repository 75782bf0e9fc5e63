/**
 * What the pre-check derives from the extension's constant token lists, computed once by build.mjs and given to
 * the bundles as defines, instead of on every page: the folding variants of the tokens' characters and the needle
 * plans (3.5 and 2.2 ms of cold code in Node; content.js's start-up in Chromium's bench went from about 6 to 4 ms,
 * for 3.5 KB of bundle). Code that compiles another list (tests, the Node library) derives them as before.
 */
import { ANCHORS, SEARCH_TOKENS } from '../data/anchor-tokens';
import { anchorFolds, anchorShapes } from '../detect/anchors';
import { planNeedles, planKey } from '../detect/anchor-needles';

export function precompiledDefines(): Record<string, string> {
  const lists = [ANCHORS, SEARCH_TOKENS];
  return {
    __XEV_ANCHOR_FOLDS__: JSON.stringify(anchorFolds(lists.flat())),
    __XEV_NEEDLE_PLANS__: JSON.stringify(Object.fromEntries(lists.map((list) => [planKey(list), planNeedles(anchorShapes(list))]))),
  };
}
