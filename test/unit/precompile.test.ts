// build.mjs gives the bundles the pre-check's derived tables as defines (src/lib/precompile.ts), so that
// content.js does not derive them on every page: with them, every search and shape must be what they would be
// derived at run time.
import { afterEach, describe, expect, it } from 'vitest';
import { precompiledDefines } from '../../src/lib/precompile';
import { anchorShapes } from '../../src/detect/anchors';
import { normalize } from '../../src/detect/normalize';
import { compileNeedleSearch, planKey, planNeedles } from '../../src/detect/anchor-needles';
import { ANCHORS, CAPITALISED_SEARCH, SEARCH_TOKENS } from '../../src/data/anchor-tokens';

const g = globalThis as Record<string, unknown>;
const useDefines = (defines: Record<string, string>) => {
  for (const [name, json] of Object.entries(defines)) g[name] = JSON.parse(json);
};
afterEach(() => {
  delete g.__XEV_ANCHOR_FOLDS__;
  delete g.__XEV_NEEDLE_PLANS__;
  delete g.__XEV_FOLDS_ONLY__;
});

const TEXT = 'The Xiaomi SU7, ＳＵ７ Ultra and YU\u00a0Seven; Xiaomí, Xi\u0301aomi, ｼｬｵﾐ, 小米汽车, MS11 and mx11, Lei Jun, 雷军, ' +
  'レイ ジュン, 레이 쥔; Modena, KUNLUN and 昆仑; more models, 小 things.';
const starts = (search: ReturnType<typeof compileNeedleSearch>, text: string) => {
  const s = search(text)!;
  s.run(Infinity);
  return s.starts();
};

describe('precompiled pre-check tables', () => {
  it('give the shapes and the searches derived at run time, for both lists content.js compiles', () => {
    // Fresh arrays: shapes are cached by list identity.
    // As content.js compiles them (lib/precheck.ts): "yu seven" searched with a capital first letter only.
    const search = (list: string[]) => compileNeedleSearch(list, [], CAPITALISED_SEARCH);
    const derived = [ANCHORS, SEARCH_TOKENS].map((list) => ({ shapes: anchorShapes([...list]), search: search([...list]) }));
    useDefines(precompiledDefines());
    expect(Object.keys(g.__XEV_NEEDLE_PLANS__ as object)).toEqual([ANCHORS, SEARCH_TOKENS].map((list) => planKey(list, CAPITALISED_SEARCH)));
    [ANCHORS, SEARCH_TOKENS].forEach((list, i) => {
      expect(anchorShapes([...list])).toEqual(derived[i]!.shapes);
      const found = starts(search([...list]), TEXT);
      expect(found).toEqual(starts(derived[i]!.search, TEXT));
      expect(found.length).toBeGreaterThan(10);
    });
  });

  it('are used when present: the plan and the variants the build gives are the ones used', () => {
    const list = [...SEARCH_TOKENS];
    // Only "Xi" of Xiaomi's needles: the plain "Xiaomi" is found, "xiaomi" is not (no "xi" pass).
    const only: Record<string, unknown> = { [planKey(list)]: [{ text: 'Xi', back: 0 }] };
    g.__XEV_NEEDLE_PLANS__ = only;
    expect(starts(compileNeedleSearch(list), 'Xiaomi and xiaomi')).toEqual([0]);
    // Another list is planned at run time.
    expect(starts(compileNeedleSearch([...ANCHORS]), 'Xiaomi and xiaomi')).toEqual([0, 11]);
    expect(planNeedles(anchorShapes(list)).length).toBeGreaterThan(20);
    // Folding variants and folded tokens too (for characters and tokens this script has not met yet: both are
    // remembered): with none given for "q", "ｑ" no longer folds onto it; a token the build folded is not folded again.
    expect(normalize('ｑ').text).toBe('q'); // derived here, "ｑ" would be a variant of "q"
    g.__XEV_ANCHOR_FOLDS__ = { folded: { 'Qin Jun': 'qj' }, variants: { q: '' } };
    const [shape] = anchorShapes(['Qin Jun']);
    expect(shape!.length).toBe(2);
    expect(shape![0]).toEqual(['q', 'Q']);
  });

  it("are all the extension's bundles fold with: the lists they compile need no normaliser, another list throws", () => {
    useDefines(precompiledDefines());
    g.__XEV_FOLDS_ONLY__ = true;
    for (const list of [ANCHORS, SEARCH_TOKENS]) expect(starts(compileNeedleSearch([...list]), TEXT).length).toBeGreaterThan(10);
    expect(() => anchorShapes(['Qin Jun'])).toThrow(/not folded by the build/);
  });

  it('are small: the folded tokens, their characters\' folding variants and two needle plans', () => {
    const defines = precompiledDefines();
    // content.js's tables; the lexicon's automata are card.js's and dist/lib's (table-automaton.test.ts).
    expect(Object.keys(defines).sort()).toEqual(['__XEV_ANCHOR_FOLDS__', '__XEV_LEXICON_TABLES__', '__XEV_NEEDLE_PLANS__']);
    expect(defines.__XEV_ANCHOR_FOLDS__!.length + defines.__XEV_NEEDLE_PLANS__!.length).toBeLessThan(4500);
  });
});
