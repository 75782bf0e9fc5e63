// The trie walk that replaced the anchor regex in content.js must answer exactly as that regex, at every place.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileAnchorAt } from '../../src/detect/anchor-at';
import { anchorSource } from '../../src/detect/anchors';
import { ANCHORS, SEARCH_TOKENS } from '../../src/data/anchor-tokens';

/** Every place where the sticky regex matches, and every place where the walk says an anchor starts. */
function places(s: string, re: RegExp, at: (s: string, i: number) => boolean): [number[], number[]] {
  const want: number[] = [];
  const got: number[] = [];
  for (let i = 0; i <= s.length; i++) {
    re.lastIndex = i;
    if (re.test(s)) want.push(i);
    if (at(s, i)) got.push(i);
  }
  return [want, got];
}

describe('compileAnchorAt: the anchor regex without the regex', () => {
  for (const [name, list] of [['ANCHORS', ANCHORS], ['SEARCH_TOKENS', SEARCH_TOKENS]] as const) {
    const anchorAt = compileAnchorAt(list);
    const joined = new RegExp(anchorSource(list), 'y');
    const plain = new RegExp(anchorSource(list, { joiners: false }), 'y');

    it(`agrees with both regexes of ${name} on written forms`, () => {
      const text =
        'Xiaomi SU7, xiao\u00admi, Xia\u200bomi, Xiaomí, Xiaomi\u0301, Xiao-\nmi, Xiao-  \r\n  mi, Xiao- mi, ＳＵ７ Ｕｌｔｒａ, ' +
        'YU\u00a0Seven, YU_SEVEN, YU・Seven, y-u-7, Y - U - 7, su 7 pro, SU-7 Max, su  7   ultra, 小\u200b米, 小米, シャオミ, ｼｬｵﾐ, ' +
        '샤오미, ワイユーセブン, MS11, ｍｘ１１, mode\u00adna, Kunlun, 昆仑, 昆侖, Lei Jun, 雷军, 레이 쥔, su 7. YU\t7 Pro, Mx\u2028 11';
      expect(places(text, joined, (s, i) => anchorAt(s, i, true))).toSatisfy(([w, g]: number[][]) => w!.join() === g!.join());
      expect(places(text, plain, (s, i) => anchorAt(s, i, false))).toSatisfy(([w, g]: number[][]) => w!.join() === g!.join());
      // Not vacuous: the text holds dozens of anchors in both modes.
      expect(places(text, joined, () => false)[0]!.length).toBeGreaterThan(25);
    });

    it(`agrees with both regexes of ${name} on random strings of anchor pieces, joiners, gaps and noise`, () => {
      const piece = fc.constantFrom(
        'xiaomi', 'xi', 'ao', 'mi', 'Xiao', 'su', 'SU', 'yu', 'YU', '7', '７', '11', '9', 'ms', 'mx', 'seven', 'Seven', 'pro', 'max',
        'ultra', 'modena', 'kun', 'lun', 'Lei', 'Jun', '小', '米', 'シャオ', 'ミ', '샤오', '미', 'ワイユー', 'セブン', '昆', '仑', '雷', '军',
        '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u0301', '-', '-\n', '- \r\n', '-\t\u2028', '\n', '\r', '\t', ' ', '  ',
        '\u00a0', '\u3000', '_', '\u2010', '\u30fb', '\u00b7', '\uff65', 'í', 'Ｓ', 'e', 'n', 'a', '.',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
          const s = parts.join('');
          const [wj, gj] = places(s, joined, (t, i) => anchorAt(t, i, true));
          const [wp, gp] = places(s, plain, (t, i) => anchorAt(t, i, false));
          return wj.join() === gj.join() && wp.join() === gp.join();
        }),
        { numRuns: 4000 },
      );
    });
  }
});
