// The normaliser: what it folds, and that its index map always points back into the original string.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/detect/normalize';

describe('normalize: folding', () => {
  const cases: Array<[string, string]> = [
    ['Xiaomi SU7', 'xiaomi su7'],
    ['ＸＩＡＯＭＩ　ＳＵ７', 'xiaomi su7'], // full-width letters and ideographic space
    ['Première Électrique', 'premiere electrique'],
    ['e\u0301lectrique', 'electrique'], // decomposed accent
    ['Xi\u00adao\u200bmi\u2060', 'xiaomi'], // soft hyphen, zero-width space, word joiner
    ['a \u00a0\t\n b', 'a b'], // any run of white space is one space
    ['Xiaomi’s ‘car’', "xiaomi's 'car'"],
    ['SU7–Max — ok', 'su7-max - ok'],
    ['シャオミ・SU7', 'シャオミ su7'],
    ['ｼｬｵﾐ', 'シャオミ'], // half-width katakana
    ['샤오미의', '샤오미의'], // Hangul stays syllables
    ['ガソリン車', 'ガソリン車'], // kana keep their voicing marks
    ['小米汽車', '小米汽車'],
    ['Xiao-\nmi', 'xiaomi'], // a hyphen that only breaks a word at a line end
    ['SU7-\n2024', 'su7- 2024'], // not between letters: the hyphen stays
    ['ﬁrst', 'first'], // ligature
    ['xiaomi_su7', 'xiaomi su7'],
    ['İstanbul', 'istanbul'],
  ];
  for (const [src, folded] of cases) {
    it(JSON.stringify(src), () => expect(normalize(src).text).toBe(folded));
  }
});

describe('normalize: index map', () => {
  const samples = [
    'Ｘｉａｏｍｉ ＳＵ７',
    'Xi\u00adaomi\u200b SU7 🚗 小米汽車 ﬁrst',
    'a\r\n\r\n  b\u00a0c',
    '😀😀 Xiaomi 😀',
    'İİİ ßß',
  ];
  for (const src of samples) {
    it(`maps every folded character back: ${JSON.stringify(src)}`, () => {
      const n = normalize(src);
      expect(n.start.length).toBe(n.text.length);
      expect(n.end.length).toBe(n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        const s = n.start[i] ?? -1;
        const e = n.end[i] ?? -1;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(src.length);
        if (i > 0) expect(s).toBeGreaterThanOrEqual(n.start[i - 1] ?? 0);
        // Folding the original slice again yields the folded character(s) it stands for.
        if (n.text[i] !== ' ') expect(normalize(src.slice(s, e)).text).toContain(n.text[i]);
      }
    });
  }
  it('normalises a window with absolute offsets', () => {
    const src = 'prefix Xiaomi SU7 suffix';
    const n = normalize(src, 7, 17);
    expect(n.text).toBe('xiaomi su7');
    expect(n.start[0]).toBe(7);
    expect(n.end[n.text.length - 1]).toBe(17);
  });
});
