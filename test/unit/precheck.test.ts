// The content script's two-stage pre-check must answer exactly as the matcher's own pre-check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayContain as twoStage } from '../../src/lib/precheck';
import { mayContain as full } from '../../src/lib/detect';

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
