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
