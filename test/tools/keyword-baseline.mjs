// The naive keyword highlighter described in issue 3, scored next to the engine by test/tools/eval.mjs.
//
// One case-insensitive alternation regex of the obvious aliases, longest first, no context rules and no
// word boundaries. Spaces and hyphens inside an alias are matched loosely ("SU 7", "SU-7"), which is what
// a quick highlighter does to catch house styles — and why it flags the Sukhoi Su-7 and "MS11-025".
// Plain data + one function: it must stay the obvious baseline, not a second engine.

/** [alias, entity] — order does not matter, the regex is built longest first. */
export const BASELINE_ALIASES = [
  ['Xiaomi SU7 Ultra', 'su7-ultra'],
  ['SU7 Ultra', 'su7-ultra'],
  ['小米SU7 Ultra', 'su7-ultra'],
  ['Xiaomi SU7', 'su7'],
  ['小米SU7', 'su7'],
  ['SU7', 'su7'],
  ['MS11', 'su7'],
  ['Xiaomi YU7', 'yu7'],
  ['小米YU7', 'yu7'],
  ['YU7', 'yu7'],
  ['MX11', 'yu7'],
  ['Xiaomi YU9', 'yu9'],
  ['YU9', 'yu9'],
  ['小米汽车', 'xiaomi-ev'],
  ['小米汽車', 'xiaomi-ev'],
  ['Xiaomi Auto', 'xiaomi-ev'],
  ['Xiaomi EV', 'xiaomi-ev'],
  ['Xiaomi Automobile', 'xiaomi-ev'],
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "SU7 Ultra" → "SU[\s-]?7[\s-]?Ultra": a space/hyphen is optional between letters and digits and between words. */
const loose = (alias) =>
  escape(alias)
    .replace(/ /g, '[\\s-]?')
    .replace(/([A-Za-z])(\d)/g, '$1[\\s-]?$2');

const sorted = [...BASELINE_ALIASES].sort((a, b) => b[0].length - a[0].length);
const lookup = sorted.map(([alias, entity]) => [new RegExp(`^${loose(alias)}$`, 'i'), entity]);
const RE = new RegExp(sorted.map(([a]) => loose(a)).join('|'), 'gi');

/** Same contract as the engine: [{start, end, entity, surface}], sorted, non-overlapping. */
export function findMentions(text) {
  const out = [];
  RE.lastIndex = 0;
  for (let m; (m = RE.exec(text)); ) {
    const surface = m[0];
    const entity = lookup.find(([re]) => re.test(surface))?.[1] ?? 'unknown';
    out.push({ start: m.index, end: m.index + surface.length, entity, surface });
  }
  return out;
}
