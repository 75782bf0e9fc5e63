// The contract other code relies on (DESIGN.md): sorted, non-overlapping mentions with exact UTF-16 offsets,
// a pre-check that never hides a mention, and results that do not depend on where a text is cut.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions, mayContain, type Mention } from '../../src/lib/detect';

const ENTITIES = new Set(['xiaomi-ev', 'su7', 'su7-ultra', 'yu7', 'yu9']);
const seed = readFileSync(new URL('../fixtures/seed-article-fr.txt', import.meta.url), 'utf8');

function checkContract(text: string, found: Mention[]) {
  let lastEnd = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.surface).toBe(text.slice(m.start, m.end));
    expect(ENTITIES.has(m.entity)).toBe(true);
    lastEnd = m.end;
  }
}

/** Deterministic PRNG (mulberry32), so a failure is reproducible. */
function rng(seedValue: number) {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'Xiaomi', 'SU7', 'Ultra', 'YU7', 'MS11', 'Xiaomi SU7 Ultra', 'car', 'the', 'Su-7', 'MS11-025', 'Modena', 'Kunlun',
  '小米', '汽车', 'シャオミ', 'の', 'EV', '샤오미', '의', '전기차', 'ＳＵ７', 'voiture', 'de', 'la', 'première', "'s",
  '’s', 'first', '\u00ad', '\u200b', '\u00a0', '\n', ' ', ' ', ' ', '-', '#', '😀', 'Automobile', 'et', 'dellaSU7',
  'Redmi', 'phone', 'Sukhoi', 'Ferrari', 'YU9', 'Y-U-7', 'Elektroauto', 'von', 'Xiaomis', '.', ',',
];

describe('contract on random text', () => {
  it('holds for 1500 random texts built from names, noise and odd characters', () => {
    const rand = rng(42);
    for (let n = 0; n < 1500; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(rand() * 30);
      for (let i = 0; i < len; i++) parts.push(FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)] ?? '');
      const text = parts.join(rand() < 0.5 ? ' ' : '');
      const found = findMentions(text);
      checkContract(text, found);
      if (!mayContain(text)) expect(found).toEqual([]);
    }
  });

  it('holds on lone surrogates and empty input', () => {
    for (const text of ['', ' ', '\ud83d', 'Xiaomi SU7 \udc00', '\ud83dXiaomi SU7']) checkContract(text, findMentions(text));
  });
});

describe('pre-check', () => {
  it('is false on text without any anchor', () => {
    expect(mayContain('Apple, Samsung and Tesla reported results. Model Y, Su-7? No.')).toBe(false);
    expect(findMentions('Apple, Samsung and Tesla reported results.')).toEqual([]);
  });
  it('is true for every form the normaliser folds onto an anchor', () => {
    for (const text of ['XIAOMI', 'Xiaomí', 'Ｘｉａｏｍｉ', 'Xi\u00adaomi', 'Xia\u200bomi', 'Xiao-\nmi', 'ｓｕ７', 'Su7', 'YU\u00a0Seven', 'ｼｬｵﾐ', '小米', '샤오미', 'm\u0301s11']) {
      expect(mayContain(text), text).toBe(true);
    }
  });
});

describe('cutting does not change results', () => {
  it('a long page of repeated articles yields every mention at the right offset', () => {
    const sep = '\n\n' + 'Filler paragraph about weather and football. '.repeat(40) + '\n\n';
    const one = findMentions(seed);
    const page = Array.from({ length: 30 }, () => seed).join(sep);
    const all = findMentions(page);
    expect(all).toHaveLength(one.length * 30);
    for (let k = 0; k < 30; k++) {
      const shift = k * (seed.length + sep.length);
      for (let i = 0; i < one.length; i++) {
        const a = all[k * one.length + i];
        const b = one[i];
        expect(a && b && [a.start - shift, a.end - shift, a.entity]).toEqual(b && [b.start, b.end, b.entity]);
      }
    }
    checkContract(page, all);
  });
});

describe('invisible characters inside a mention', () => {
  const texts = [seed, 'Xiaomi SU7 Ultra, 小米汽车 and シャオミのEV; the SU7 car; Xiaomi’s first EV.'];
  for (const invisible of ['\u00ad', '\u200b', '\u2060']) {
    it(`keep every mention whole with ${JSON.stringify(invisible)} inserted`, () => {
      for (const text of texts) {
        const before = findMentions(text);
        for (const m of before) {
          if (m.surface.length < 3) continue;
          // Insert after the second character of the mention (a surrogate pair never starts a name).
          const at = m.start + 2;
          const changed = text.slice(0, at) + invisible + text.slice(at);
          const after = findMentions(changed);
          expect(after.map((x) => x.entity)).toEqual(before.map((x) => x.entity));
          const same = after.find((x) => x.start === m.start);
          expect(same?.surface).toBe(m.surface.slice(0, 2) + invisible + m.surface.slice(2));
        }
      }
    });
  }
});
