// The content script's two-stage pre-check must answer exactly as the matcher's own pre-check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayContain as twoStage } from '../../src/lib/precheck';
import { mayContain as full } from '../../src/lib/detect';
import { firstAnchorIn } from '../../src/lib/precheck';
import { JOINER_FOUND } from '../../src/detect/anchor-scan';
import { JOINER_SOURCE, anchorSource } from '../../src/detect/anchors';
import { ANCHORS } from '../../src/data/lexicon';

const TRICKY = [
  'Xiaomi SU7', 'xiao\u00admi', 'Xia\u200bomi', 'Xiaomí', 'Xiaomi\u0301', 'Xiao-\nmi', 'Xiao-  \r\nmi', 'ＳＵ７', 'ｓｕ７',
  'YU\u00a0Seven', 'y-u-7', '小\u200b米', '샤오미', 'シャオミ', 'ｼｬｵﾐ', 'Su-7 fighter', 'MS11-025', 'nothing here',
  'mini sumo', 'su 7', 'S\u0301U7', '', 'x', 'Kunlun', 'MODENA', 'mode\u00adna',
];

describe('two-stage pre-check (content.js)', () => {
  it('agrees with the full pre-check on tricky strings', () => {
    for (const s of TRICKY) expect(twoStage(s), JSON.stringify(s)).toBe(full(s));
  });

  it('agrees on random strings built from anchor letters, joiners and noise', () => {
    const piece = fc.constantFrom('x', 'i', 'a', 'o', 'm', 's', 'u', 'y', '7', '1', '9', 'X', 'S', 'U', 'Y', 'M',
      '\u00ad', '\u200b', '\u0301', '-', '\n', ' ', '小', '米', 'シ', 'ャ', 'オ', 'ミ', '샤', '오', '미', 'Ｓ', 'Ｕ', '７', 'é', 'k', 'n', 'l', 'e', 'd');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const s = parts.join('');
      return twoStage(s) === full(s);
    }), { numRuns: 20000 });
  });
});

describe('firstAnchorIn: where the next anchor starts in a long text (the first scan reads the page\'s whole text)', () => {
  const plainSource = anchorSource(ANCHORS, { joiners: false });
  /** The oracle: the leftmost start of the anchor regex (no joiners) in [from, to), or -1. */
  const oracle = (s: string, from: number, to: number) => {
    const re = new RegExp(plainSource, 'g');
    re.lastIndex = from;
    const m = re.exec(s);
    return m && m.index < to ? m.index : -1;
  };
  const hasJoiner = (s: string) => new RegExp(JOINER_SOURCE).test(s);

  it('finds each anchor of a long text in turn, as the scanner walks through it', () => {
    const text = 'Phones first. Then the Xiaomi SU7 arrived, then the YU7 and ＳＵ７ Ultra; Modena is the platform.';
    const starts: number[] = [];
    for (let at = firstAnchorIn(text, 0, text.length); at >= 0; at = firstAnchorIn(text, at + 1, text.length)) starts.push(at);
    expect(starts.map((i) => text.slice(i, i + 6))).toEqual(['Xiaomi', 'SU7 ar', 'YU7 an', 'ＳＵ７ Ul', 'Modena']);
  });

  it('only reports starts inside [from, to); a joiner before any anchor answers JOINER_FOUND', () => {
    const text = 'A Xiaomi SU7.';
    expect(firstAnchorIn(text, 0, 2)).toBe(-1);
    expect(firstAnchorIn(text, 0, 3)).toBe(2);
    expect(firstAnchorIn(text, 3, text.length)).toBe(9); // "SU7"
    expect(firstAnchorIn('Xiao\u00admi', 0, 9)).toBe(JOINER_FOUND);
    expect(firstAnchorIn('Xiaomi\u00ad', 0, 8)).toBe(0);
    expect(firstAnchorIn('Xiao-\n mi', 0, 9)).toBe(JOINER_FOUND);
    expect(firstAnchorIn('Xiao- mi', 0, 8)).toBe(-1);
  });

  it('agrees with the anchor regex on random strings and windows', () => {
    const piece = fc.constantFrom('x', 'i', 'a', 'o', 'm', 's', 'u', 'y', '7', '1', '9', 'X', 'S', 'U', 'Y', 'M', 'v', 'e',
      '\u00ad', '\u0301', '-', '\n', ' ', '\u00a0', '_', '小', '米', 'シ', 'ャ', 'オ', 'ミ', '샤', '오', '미', 'Ｓ', 'Ｕ', '７', 'í', 'k', 'n', 'l', 'd', 'ワ', 'イ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(30), fc.nat(30), (parts, a, b) => {
      const s = parts.join('');
      const from = Math.min(a, b, s.length);
      const to = Math.min(Math.max(a, b), s.length);
      const got = firstAnchorIn(s, from, to);
      if (got === JOINER_FOUND) return hasJoiner(s.slice(from));
      return got === oracle(s, from, to);
    }), { numRuns: 20000 });
  });
});
