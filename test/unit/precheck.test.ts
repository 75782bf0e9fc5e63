// The content script's two-stage pre-check must answer exactly as the matcher's own pre-check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayContain as twoStage } from '../../src/lib/precheck';
import { mayContain as full } from '../../src/lib/detect';
import { searchAnchors } from '../../src/lib/precheck';
import { SEARCH_CHUNK, planNeedles } from '../../src/detect/anchor-needles';
import { anchorShapes, anchorSource } from '../../src/detect/anchors';
import { FOUNDER_NAMES, SEARCH_TOKENS } from '../../src/data/anchor-tokens';

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

describe("searchAnchors: every search token's start in a page's whole text (the first scan)", () => {
  const exact = new RegExp(anchorSource(SEARCH_TOKENS), 'y');
  /** The oracle: every position where the joiner-aware regex of the search tokens matches. */
  const oracle = (s: string) => {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      exact.lastIndex = i;
      if (exact.test(s)) out.push(i);
    }
    return out;
  };
  const starts = (s: string, slice = Infinity) => {
    const search = searchAnchors(s, '');
    if (!search) return null;
    let clock = 0;
    // A deadline in the past: each run call does the least it can, as on a page that keeps the scanner yielding.
    while (!search.run(slice === Infinity ? Infinity : (clock += slice) - 1e12)) {}
    return search.starts();
  };

  it('finds each anchor of a long text, in order, whatever the slicing', () => {
    const text = 'Phones first. Then the Xiaomi SU7 arrived, then the YU7 and ＳＵ７ Ultra; MODENA is the platform, ' +
      'Kunlun the codename, 小米汽车 and 昆仑 in Chinese, シャオミ in Japanese, the YU Seven, mx11 and ms11, said Lei Jun (雷军).';
    const want = oracle(text);
    // Codenames are not search tokens: they count only near one (detect.lexicon.test.ts), the founder's name is.
    expect(want.map((i) => text.slice(i, i + 4))).toEqual(['Xiao', 'SU7 ', 'YU7 ', 'ＳＵ７ ', '小米汽车', 'シャオミ', 'YU S', 'mx11', 'ms11', 'Lei ', '雷军).']);
    expect(starts(text)).toEqual(want);
    expect(starts(text, 1)).toEqual(want);
    // Enough hits of one needle that a run stops in the middle of its pass, and the next goes on from there.
    const many = 'Xiaomi SU7, '.repeat(300);
    expect(starts(many, 1)).toEqual(oracle(many));
    expect(starts(many, 1)).toHaveLength(600);
  });

  it('finds anchors across the edges of the chunks it searches in, whatever the slicing', () => {
    // Every needle has one or two characters ("Xi", "7", "小"…): each anchor is put at every place around an edge.
    for (const anchor of ['Xiaomi', 'SU7', '小米', 'YU Seven', 'mx11', 'Lei Jun']) {
      for (let d = -anchor.length - 1; d <= 2; d++) {
        const at = SEARCH_CHUNK * 2 + d;
        const text = `${'a '.repeat(at / 2 + 1).slice(0, at)}${anchor} and ${'b '.repeat(40)}`;
        const want = oracle(text);
        expect(want, `${anchor} at ${d}`).toEqual([at]);
        expect(starts(text), `${anchor} at ${d}`).toEqual(want);
        expect(starts(text, 1), `${anchor} at ${d}, sliced`).toEqual(want);
      }
    }
  });

  it('finds anchors with gaps, joiners other than the two common ones, and accents off the key letter', () => {
    for (const s of ['su 7  Ultra', 'Y-U-7', 'YU\u00a0Seven', 'xiao\u200dmi', 'Xiao-\n mi', 'Xiaomí', 'Xi\u0301aomi', 'ｘｉａｏｍｉ', 'ｼｬｵﾐ', 'ＭＳ１１'])
      expect(starts(`a ${s} b`), s).toEqual([2]);
  });

  it('searches codenames too when the page context (title and headline) holds a search token', () => {
    const text = 'From Modena to the Kunlun, then 昆仑.';
    const all = (context: string) => {
      const search = searchAnchors(text, context)!;
      search.run(Infinity);
      return search.starts().map((i) => text.slice(i, i + 2));
    };
    expect(all('')).toEqual([]);
    expect(all('Modena travel guide\nKunlun mountains')).toEqual([]);
    for (const context of ['Xiaomi YU9 news\n', 'News\nThe YU9 spotted', 'Lei Jun interview\n', 'Xiao\u00admi\n'])
      expect(all(context), context).toEqual(['Mo', 'Ku', '昆仑']);
  });

  it('plans one pass for a rare capital instead of one per pair it starts ("X", not "Xi" and "XI")', () => {
    const texts = (tokens: string[]) => planNeedles(anchorShapes(tokens)).map((n) => n.text);
    expect(texts(['xiaomi'])).toEqual(['xi', 'X', 'Ｘ', 'ｘ']);
    // Where the capital is common the pairs stay: "Yu" and "YU", not every "Y".
    expect(texts(['yu seven'])).toContain('YU');
    // A capital alone finds what its pairs found, and the exact check around each hit keeps "Xylophone" out.
    expect(starts('XIAOMI, Xiaomi, Xylophone, xiaomi')).toEqual([0, 8, 27]);
  });

  it('answers null on a soft hyphen (the scanner then checks node by node)', () => {
    expect(starts('Xiao\u00admi')).toBeNull();
    expect(starts('nothing\u00adhere')).toBeNull();
    expect(starts('Xia\u200bomi')).toEqual([0]);
  });

  it('documents what it does not search: accented or dotted key letters, "yU" inside a two-letter key, "yu seven"', () => {
    // "yu seven" is searched only with a capital or full-width first letter (CAPITALISED_SEARCH); the per-node pre-check
    // still finds it.
    for (const s of ['Ẋiaomi', 'yU Seven', 'yu seven', 'yu Seven']) {
      expect(oracle(s), s).toEqual([0]);
      expect(starts(s), s).toEqual([]);
      expect(twoStage(s), s).toBe(true);
    }
  });

  it('never reports a start the anchor regex does not match (random strings)', () => {
    const piece = fc.constantFrom('x', 'i', 'a', 'o', 'm', 's', 'u', 'y', '7', '1', '9', 'X', 'S', 'U', 'Y', 'M', 'v', 'e',
      '\u0301', '-', '\n', ' ', '\u00a0', '_', '小', '米', 'シ', 'ャ', 'オ', 'ミ', '샤', '오', '미', 'Ｓ', 'Ｕ', '７', 'í', 'k', 'n', 'l', 'd',
      'ワ', 'イ', 'Ẋ', 'ｘ', 'Ｘ', '１', '昆', '仑', 'O', 'D', 'E', 'N', 'A', 'L', 'J', 'j', '雷', '军', 'レ', 'ジ', 'ュ', '레', '쥔');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      const got = starts(s)!;
      const want = new Set(oracle(s));
      return got.every((i) => want.has(i)) && got.every((v, i) => i === 0 || got[i - 1]! < v);
    }), { numRuns: 20000 });
  });

  it('finds every anchor written as news writes it, inserted at random into noise', () => {
    // Lower case, capitalised, upper case, full-width; gaps and uncommon joiners inside; accents off the key.
    const written = fc.constantFrom('xiaomi', 'Xiaomi', 'XIAOMI', 'XiaoMi', 'Xiaomí', 'Ｘｉａｏｍｉ', 'ｘｉａｏｍｉ', 'xioami', 'su7', 'SU7',
      'Su7', 'ＳＵ７', 'su 7 pro', 'SU-7 Max', 'Su 7\u00a0Ultra', 'yu7', 'YU7', 'Yu9', 'YU 7 MAX', 'ms11', 'MS11', 'MX11', 'mx11', 'YU Seven',
      'Yu Seven', 'YU SEVEN', 'ＹＵ Seven', 'ｙｕ ｓｅｖｅｎ', 'Y-U-7', 'ワイユーセブン', 'Lei Jun', 'lei jun', 'LEI JUN', 'LeiJun', 'Lei\u00a0Jun', 'Ｌｅｉ Ｊｕｎ', '雷军', '雷軍',
      'レイ ジュン', '레이쥔', '레이 쥔', '레이 진', '小米', 'シャオミ', 'ｼｬｵﾐ', '샤오미', 'Xia\u200domi', 'Xiao-\nmi');
    const noise = fc.constantFrom('the ', 'a', 'm', 'o', 'k', 'y', 'u', 'x', 'i', '1', '7', ' ', '-', '\n', '华为', 'model ', 'SUV ', 'é');
    fc.assert(fc.property(fc.array(fc.oneof(written.map((w) => ({ w })), noise), { maxLength: 30 }), (parts) => {
      let s = '';
      const inserted: number[] = [];
      for (const p of parts) {
        if (typeof p === 'string') s += p;
        else {
          s += ' ';
          inserted.push(s.length);
          s += `${p.w} `;
        }
      }
      const got = new Set(starts(s));
      return inserted.every((i) => got.has(i));
    }), { numRuns: 5000 });
  });
  it("tells whether a start found may be a cue's (the founder's name), not an anchor's", () => {
    const run = (s: string) => {
      const search = searchAnchors(s, '')!;
      search.run(Infinity);
      return search;
    };
    expect(run('The Xiaomi SU7 and the YU7.').mayHoldCue()).toBe(false);
    expect(run('Lei Jun showed the Xiaomi SU7.').mayHoldCue()).toBe(true);
    expect(run('雷军 and 小米').mayHoldCue()).toBe(true);
    expect(run('Nothing at all.').mayHoldCue()).toBe(false);
    // When it says no, every start is an anchor's: the matcher's anchors (no cue) match there.
    const anchorOnly = new RegExp(anchorSource(SEARCH_TOKENS.filter((t) => !FOUNDER_NAMES.includes(t))), 'y');
    const founder = new RegExp(anchorSource(FOUNDER_NAMES), 'y');
    const piece = fc.constantFrom('Xiaomi ', 'SU7', ' ', 'Lei Jun', 'lei', 'jun', 'L', 'J', '雷军', '雷', '레이쥔', 'レイ ジュン', 'yu7', 'x', 'ｌｅｉ ｊｕｎ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      const search = run(s);
      const at = (re: RegExp, i: number) => ((re.lastIndex = i), re.test(s));
      if (!search.mayHoldCue()) return search.starts().every((i) => at(anchorOnly, i));
      return search.starts().some((i) => at(founder, i));
    }), { numRuns: 5000 });
  });
});
