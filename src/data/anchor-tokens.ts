// The lexicon's anchor tokens (see lexicon.ts, which uses them as `anchors`).
/**
 * The anchor tokens every name contains: the content script's pre-check looks only for these, and the rest of
 * the lexicon (and the matcher) is loaded only into pages where one occurs. A module of its own: while they lived in
 * lexicon.ts, esbuild kept the whole lexicon object in content.js too (9 KB of its 30 KB budget).
 */
export const ANCHORS: string[] = [
  'xiaomi',
  'xioami',
  '小米',
  'シャオミ',
  '샤오미',
  'su7',
  'yu7',
  // Spaced or dashed names only with a trim ("SU 7 Max", "YU-7 Pro"): a bare "su 7" is common Spanish ("su 7.ª").
  'su 7 pro',
  'su 7 max',
  'su 7 ultra',
  'yu 7 pro',
  'yu 7 max',
  'yu9',
  'ms11',
  'mx11',
  'yu seven',
  'y-u-7',
  'ワイユーセブン',
  'modena',
  'kunlun',
  '昆仑',
  '昆侖',
];

/**
 * Codenames, which name a car only near Xiaomi or a model name (lexicon.ts: the Modena and Kunlun rules; a codename
 * does not vouch for another). A block that holds one of them but no search token below holds no mention.
 */
export const CONTEXT_ONLY_ANCHORS: string[] = ['modena', 'kunlun', '昆仑', '昆侖'];

/**
 * Xiaomi's founder, a cue that vouches for a codename ("Lei Jun showed the Kunlun") and has no anchor of its own.
 * The lexicon's `xiaomi` cue list takes them from here.
 */
export const FOUNDER_NAMES: string[] = ['Lei Jun', '雷军', '雷軍', 'レイ ジュン', '레이쥔', '레이 쥔', '레이 진'];

/**
 * What the first scan searches a page's whole text for (anchor-needles.ts): every mention's block holds one,
 * either in the mention itself or, for a codename, in the cue that lets it count (guarded by
 * detect.lexicon.test.ts). The codenames' own keys are not searched: "mo" and "ku" stop at every "m" and "k" of a
 * page and took 3 of the 8 ms of that search on the benchmark's 5 MB page; the founder's keys ("j", "雷") are rare.
 */
export const SEARCH_TOKENS: string[] = [...ANCHORS.filter((a) => !CONTEXT_ONLY_ANCHORS.includes(a)), ...FOUNDER_NAMES];

/**
 * Search tokens the first scan looks for only as written with a capital or full-width first letter ("YU Seven", "Yu
 * Seven", "YU SEVEN", "ＹＵ Seven"), not all in lower case. Why: the lower-case key "yu" stops at every "y" of English
 * text, and of Chinese text too (V8 finds "y" by its byte, 0x79, which is also the high byte of 种, 科, 社…): that one
 * pass took 1.1 of the search's 4.1 ms on the benchmark's 5 MB page, for a spelling of a rare spoken form that news
 * text does not use. The per-node pre-check and the matcher still find "yu seven" (page changes, the fallback walk,
 * and any block that holds another search token).
 */
export const CAPITALISED_SEARCH: string[] = ['yu seven'];
