/**
 * Property tests of the mention engine (src/lib/detect.ts, what the content script runs): any string, any
 * bytes, any size. It never throws, its offsets are valid, and its work grows linearly with the input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions, mayContain, type Mention } from '../../src/lib/detect';
import { TableAutomaton } from '../../src/detect/table-automaton';

/** Fragments that make the engine work: anchors, brands, bare model names, cue words, odd spacing. */
const FRAGMENTS = [
  'Xiaomi', 'xiaomi', 'XIAOMI', 'Xiaomi SU7', 'SU7', 'SU7 Ultra', 'YU7', 'MS11', 'Modena', '小米', '小米汽车', 'SU7 Max', 'Pro',
  'car', 'voiture', 'électrique', 'Elektroauto', 'EV', 'sedan', 'Sukhoi', 'Su-7', "Xiaomi's", 'Xiaomi’s', '샤오미', 'première voiture de',
  ' ', '  ', '-', '\u00a0', '\u202f', '\n', '.', ',', '’', '\u0301', '\ud83d', '\ude97', '🚗', 'ﬁ', 'Ｘｉａｏｍｉ', 'İ', 'ß',
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

function checkMentions(text: string, mentions: Mention[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, not overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.surface).toBe(text.slice(m.start, m.end));
    expect(typeof m.entity).toBe('string');
    last = m.end;
  }
  // The pre-check may say yes without a mention, never no with one.
  if (mentions.length) expect(mayContain(text)).toBe(true);
}

describe('findMentions on arbitrary input', () => {
  it('random strings built from mention fragments and noise: no exception, valid sorted offsets', () => {
    fc.assert(fc.property(textArb, (text) => checkMentions(text, findMentions(text))), { numRuns: 3000 });
  });

  it('random UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkMentions(text, findMentions(text))), { numRuns: 2000 });
  });

  it('random bytes decoded as UTF-8 (with replacement characters) and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...FRAGMENTS), (bytes, frag) => {
        for (const text of [new TextDecoder().decode(bytes) + frag, frag + Buffer.from(bytes).toString('latin1')]) checkMentions(text, findMentions(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * How many positions the automata were asked about during `fn` (canStart and matchesAt calls: the unit tests run
 * with the build's tables, see lexicon-tables.setup.ts). Each call walks at most the longest pattern, so this bounds
 * the matching work, and it counts every position of every window scanned: rescanning text would show here. A
 * count, not a time: speed is the benchmarks' business (npm run bench), and CPU-time ratios flaked on a loaded machine.
 */
function automatonCalls(fn: () => void): number {
  const proto = TableAutomaton.prototype;
  const { canStart, matchesAt } = proto;
  let calls = 0;
  proto.canStart = function (this: TableAutomaton, text: string, pos: number) {
    calls++;
    return canStart.call(this, text, pos);
  };
  proto.matchesAt = function (this: TableAutomaton, text: string, pos: number) {
    calls++;
    return matchesAt.call(this, text, pos);
  };
  try {
    fn();
  } finally {
    Object.assign(proto, { canStart, matchesAt });
  }
  return calls;
}

/** Repeats `unit` up to `size` UTF-16 units. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const KB = 1024;
const MB = 1024 * KB;

/**
 * Shapes of text, with the sizes compared (4x apart). Mention-dense shapes cost ~1-4 ms of CPU per KB (one
 * mention every few characters), so they are compared at 256 KB and 1 MB to keep the suite quick.
 */
const SHAPES: Array<[name: string, unit: string, small: number]> = [
  ['news prose with a mention in every sentence', 'The Xiaomi SU7 sold 10,000 cars in May, and the YU7 SUV followed. Markets rose; the weather held. ', 256 * KB],
  ['an anchor everywhere, never a mention', 'Xiaomi ', 1 * MB],
  ['one endless word', 'xiaomisu7', 1 * MB],
  ['bare model names only', 'SU7 MS11 YU7 ', 256 * KB],
  ['CJK without spaces', '小米汽车发布了新车小米SU7，', 256 * KB],
  ['brand chains', 'Xiaomi Xiaomi Xiaomi SU7 Ultra Max Pro ', 256 * KB],
];

describe('findMentions on huge strings', () => {
  for (const [name, unit, small] of SHAPES) {
    it(`${name}: ${small / KB} KB vs ${(4 * small) / KB} KB, the automata's work grows linearly`, () => {
      const a = fill(unit, small);
      const b = fill(unit, 4 * small);
      let mentions: Mention[] = [];
      const ca = automatonCalls(() => void (mentions = findMentions(a)));
      checkMentions(a, mentions);
      const cb = automatonCalls(() => void (mentions = findMentions(b)));
      expect(mentions.every((m) => m.end <= b.length)).toBe(true);
      // Linear is 4, quadratic 16.
      const ratio = cb / ca;
      console.log(`${name}: ${small / KB} KB ${ca} calls, ${(4 * small) / KB} KB ${cb} calls, ratio ${ratio.toFixed(2)}, ${mentions.length} mentions`);
      expect(ca).toBeGreaterThan(small / 100);
      expect(ratio).toBeGreaterThan(3.5);
      expect(ratio).toBeLessThan(4.5);
    }, 90_000);
  }

  it('10 MB of ordinary text with a mention every 2 KB: no exception, every offset valid', () => {
    const para = `${'Markets rose and the weather held; the council met on Tuesday to discuss the budget. '.repeat(24)}The Xiaomi SU7 was there. `;
    const text = fill(para, 10 * MB);
    const mentions = findMentions(text);
    checkMentions(text, mentions);
    expect(mentions.length).toBeGreaterThan(4000);
  }, 90_000);
});
