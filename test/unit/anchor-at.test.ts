// The trie walk that replaced the anchor regex in content.js must answer exactly as that regex, at every place.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileAnchorAt, compileAnchorFinder } from '../../src/detect/anchor-at';
import { anchorSource } from '../../src/detect/anchors';
import { ANCHORS, SEARCH_TOKENS } from '../../src/data/anchor-tokens';

/** Every place where the sticky regex matches and where its match ends, and the same from the walk. */
function places(s: string, re: RegExp, end: (s: string, i: number) => number): [string[], string[]] {
  const want: string[] = [];
  const got: string[] = [];
  for (let i = 0; i <= s.length; i++) {
    re.lastIndex = i;
    if (re.test(s)) want.push(`${i}-${re.lastIndex}`);
    const e = end(s, i);
    if (e >= 0) got.push(`${i}-${e}`);
  }
  return [want, got];
}

describe('compileAnchorAt: the anchor regex without the regex (where a match starts and ends)', () => {
  for (const [name, list] of [['ANCHORS', ANCHORS], ['SEARCH_TOKENS', SEARCH_TOKENS]] as const) {
    const anchorAt = compileAnchorAt(list);
    const joined = new RegExp(anchorSource(list), 'y');
    const plain = new RegExp(anchorSource(list, { joiners: false }), 'y');

    it(`agrees with both regexes of ${name} on written forms`, () => {
      const text =
        'Xiaomi SU7, xiao\u00admi, Xia\u200bomi, Xiaomí, Xiaomi\u0301, Xiao-\nmi, Xiao-  \r\n  mi, Xiao- mi, ＳＵ７ Ｕｌｔｒａ, ' +
        'YU\u00a0Seven, YU_SEVEN, YU・Seven, y-u-7, Y - U - 7, su 7 pro, SU-7 Max, su  7   ultra, 小\u200b米, 小米, シャオミ, ｼｬｵﾐ, ' +
        '샤오미, ワイユーセブン, MS11, ｍｘ１１, mode\u00adna, Kunlun, 昆仑, 昆侖, Lei Jun, 雷军, 레이 쥔, su 7. YU\t7 Pro, Mx\u2028 11, ' +
        // Joiners before and after a gap, not between two of its characters (the regex's JOIN GAP JOIN).
        'YU\u0301 Seven, YU \u0301Seven, YU \u0301 Seven, y \u0301・U7, y\u200d- \u0301U-7';
      expect(places(text, joined, (s, i) => anchorAt(s, i, true))).toSatisfy(([w, g]: string[][]) => w!.join() === g!.join());
      expect(places(text, plain, (s, i) => anchorAt(s, i, false))).toSatisfy(([w, g]: string[][]) => w!.join() === g!.join());
      // Not vacuous: the text holds dozens of anchors in both modes.
      expect(places(text, joined, () => -1)[0]!.length).toBeGreaterThan(25);
    });

    it(`agrees with both regexes of ${name} on random strings of anchor pieces, joiners, gaps and noise`, () => {
      const piece = fc.constantFrom(
        'xiaomi', 'xi', 'ao', 'mi', 'Xiao', 'su', 'SU', 'yu', 'YU', 'y', 'U', '7', '７', '11', '9', 'ms', 'mx', 'seven', 'Seven', 'pro', 'max',
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

  it('finds, from any place, the next anchor the global regex finds (the matcher\'s windows), with the same end', () => {
    const find = compileAnchorFinder(ANCHORS);
    const re = new RegExp(anchorSource(ANCHORS), 'g');
    const all = (s: string, next: (from: number) => { index: number; end: number } | null) => {
      const out: string[] = [];
      for (let m = next(0); m; m = next(m.end)) out.push(`${m.index}-${m.end}`);
      return out.join();
    };
    const viaRegex = (s: string) => all(s, (from) => {
      re.lastIndex = from;
      const m = re.exec(s);
      return m && { index: m.index, end: m.index + m[0].length };
    });
    const text = 'Xiaomi SU7 and xiao\u00admi, ＳＵ７ Ultra, 小米汽车, YU Seven, Modena; su 7. MS11-025 Xiao-\nmi';
    expect(all(text, (from) => find(text, from))).toBe(viaRegex(text));
    expect(viaRegex(text).split(',').length).toBeGreaterThan(8);
    // Single letters, gaps and joiners too: the finder stops only where a second character may follow the first
    // (past joiners, a gap or a line-break hyphen: "y-u-7", "Y・U", "x\u00adi"), and must never skip a start.
    const piece = fc.constantFrom('xiaomi', 'Xiao', 'mi', 'su', 'SU', '7', 'yu', ' ', '-', '-\n', '\u00ad', '\u200b', 'seven', 'modena', '小', '米', 'a', 'e',
      'y', 'Y', 'u', 'U', 'x', 'i', 's', 'm', 'k', 'un', 'lun', '11', '\u30fb', '\u00a0', '\t', '- \r\n ', '\u0301', 'ワイ', 'ユー', 'セブン', '昆', '仑', 'ｙ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const s = parts.join('');
      return all(s, (from) => find(s, from)) === viaRegex(s);
    }), { numRuns: 6000 });
  });

  it('refuses anchors whose positions share a character, before walking anything', () => {
    // "ß" accepts its upper case, "SS", whose first unit is the "S" of an "s" position: a walk could not tell them apart.
    const ambiguous = compileAnchorAt(['sa', 'ßa']);
    expect(() => ambiguous('sa', 0, true)).toThrow(/"S" is accepted by two anchor positions/);
    // The classes of the real lists are untouched: they still find what they found.
    expect(compileAnchorAt(ANCHORS)('Xiaomi SU7', 7, true)).toBe(10);
  });
});
