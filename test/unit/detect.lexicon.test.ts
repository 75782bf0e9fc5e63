// The lexicon as data: every name it lists is found, whole, with its entity, and carries an anchor (otherwise
// the pre-check would skip it). Also the pattern syntax itself.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/data/lexicon';
import { compileMatcher } from '../../src/detect/matcher';
import { expand, parsePattern } from '../../src/detect/pattern';
import { findMentions, mayContain } from '../../src/lib/detect';
import { compileAnchorScan } from '../../src/detect/anchor-scan';
import { SEARCH_TOKENS } from '../../src/data/anchor-tokens';

/** Every n-th expansion, so a phrase with thousands of variants stays quick but is still sampled widely. */
function sample(pattern: string, max = 300): string[] {
  const all = expand(parsePattern(pattern));
  const step = Math.max(1, Math.ceil(all.length / max));
  return all.filter((_, i) => i % step === 0);
}

/** A sentence that gives any contextual name the company it needs (Xiaomi's founder, a car word). */
const PREFIX = 'Lei Jun, car news: ';
const SUFFIX = ' today.';

describe('every lexicon name is found whole', () => {
  const brands = LEXICON.brands.flatMap((b) => sample(b, 20));
  for (const entity of LEXICON.entities) {
    const standalone = [...entity.names, ...(entity.models ?? [])];
    const contextual = (entity.contextual ?? []).flatMap((g) => g.names);
    const brandable = [
      ...(entity.models ?? []),
      ...(entity.brandedNames ?? []),
      ...(entity.contextual ?? []).filter((g) => g.brandable).flatMap((g) => g.names),
    ];
    it(`${entity.id}: names and contextual names`, () => {
      for (const pattern of [...standalone, ...contextual]) {
        for (const variant of sample(pattern)) {
          const text = PREFIX + variant + SUFFIX;
          const found = findMentions(text).map((m) => [m.surface, m.entity]);
          expect(found, `${pattern} → ${variant}`).toEqual([[variant, entity.id]]);
        }
      }
    });
    it(`${entity.id}: brand + model names`, () => {
      for (const pattern of brandable) {
        for (const model of sample(pattern, 20)) {
          for (const brand of brands) {
            const name = `${brand} ${model}`;
            const found = findMentions(`News: ${name}${SUFFIX}`).map((m) => [m.surface, m.entity]);
            expect(found, name).toEqual([[name, entity.id]]);
          }
        }
      }
    });
  }
});

describe('anchors', () => {
  it('every name contains an anchor, so the pre-check never hides it', () => {
    const all = LEXICON.entities.flatMap((e) => [
      ...e.names,
      ...(e.models ?? []),
      ...(e.contextual ?? []).flatMap((g) => g.names),
    ]);
    for (const pattern of [...all, ...LEXICON.brands]) {
      for (const variant of sample(pattern)) expect(mayContain(variant), `${pattern} → ${variant}`).toBe(true);
    }
  });
});

describe('search tokens (the first scan looks for these only: lib/precheck.ts)', () => {
  const hasToken = (text: string) => compileAnchorScan(SEARCH_TOKENS).mayContain(text);
  /** A cue word's literal forms: its `*` ends only drop word boundaries. */
  const cueForms = (cue: string) => sample(cue.replace(/^\*|\*$/g, ''));

  it('every name that counts on its own, and every brand, holds one', () => {
    const standalone = LEXICON.entities.flatMap((e) => [...e.names, ...(e.models ?? [])]);
    for (const pattern of [...standalone, ...LEXICON.brands]) {
      for (const variant of sample(pattern)) expect(hasToken(variant), `${pattern} → ${variant}`).toBe(true);
    }
  });

  it('a contextual name without one counts only near cue words that each hold one', () => {
    let without = 0;
    for (const group of LEXICON.entities.flatMap((e) => e.contextual ?? [])) {
      if (group.names.flatMap((n) => sample(n)).every(hasToken)) continue;
      without++;
      // Its window, or the page's title and headline (FindOptions.context), must then hold a search token too.
      for (const list of group.near) {
        for (const cue of LEXICON.context.cues[list]!) {
          for (const form of cueForms(cue)) expect(hasToken(form), `${group.names.join('|')} near ${list}: ${cue} → ${form}`).toBe(true);
        }
      }
    }
    expect(without).toBe(2); // Modena; Kunlun, 昆仑, 昆侖
  });

  it('so a codename counts near Xiaomi, its founder or a model, never near another codename alone', () => {
    const entities = (text: string) => findMentions(text).map((m) => [m.surface, m.entity]);
    expect(entities('Lei Jun showed the Kunlun prototype.')).toEqual([['Kunlun', 'yu9']]);
    expect(entities('雷军 and the Modena prototype.')).toEqual([['Modena', 'su7']]);
    expect(entities('The MS11, codenamed Modena.')).toEqual([['MS11', 'su7'], ['Modena', 'su7']]);
    expect(entities('From Modena to the Kunlun mountains, a road trip.')).toEqual([]);
    expect(entities('The Modena and the Kunlun.')).toEqual([]);
    // The page's title and headline may vouch for it, with a search token (the first scan then searches codenames).
    expect(findMentions('The Kunlun was spotted testing.', { context: 'Xiaomi YU9 news' }).map((m) => m.entity)).toEqual(['yu9']);
  });
});

describe('pattern syntax', () => {
  it('expands alternatives, optional groups and optional characters', () => {
    expect(expand(parsePattern('SU7 (Pro|Max)?')).sort()).toEqual(['su7', 'su7 max', 'su7 pro']);
    expect(expand(parsePattern('EVs?')).sort()).toEqual(['ev', 'evs']);
    expect(expand(parsePattern('Élec((trique))')).sort()).toEqual(['electrique']);
  });
  it('folds literals like the text: case, accents, width, apostrophes, hyphens', () => {
    expect(expand(parsePattern('VOITURE ÉLECTRIQUE'))).toEqual(['voiture electrique']);
    expect(expand(parsePattern('ＳＵ７'))).toEqual(['su7']);
    expect(expand(parsePattern('Xiaomi’s'))).toEqual(["xiaomi's"]);
    expect(expand(parsePattern('E-Auto'))).toEqual(['e auto']);
  });
  it('rejects broken patterns with the pattern in the message', () => {
    expect(() => parsePattern('(SU7')).toThrow(/\(SU7/);
    expect(() => parsePattern('SU7)')).toThrow(/unexpected/);
    expect(() => parsePattern('? SU7')).toThrow(/optional/);
    expect(() => parsePattern('   ')).toThrow(/empty/);
  });
  it('rejects a lexicon with an unknown cue list or a name that can match nothing', () => {
    const base = { ...LEXICON, entities: [] };
    const badCue = { ...base, entities: [{ id: 'x', names: [], contextual: [{ names: ['SU7'], near: ['nope'] }] }] };
    expect(() => compileMatcher(badCue).findMentions('SU7 xiaomi')).toThrow(/nope/);
    const empty = { ...base, entities: [{ id: 'x', names: ['(Xiaomi)?'] }] };
    expect(() => compileMatcher(empty).findMentions('xiaomi')).toThrow(/gap or nothing/);
  });
});

describe('a lexicon is data: the engine knows no name of its own', () => {
  it('a different lexicon finds different things', () => {
    const m = compileMatcher({
      anchors: ['acme'],
      brands: ['Acme'],
      entities: [{ id: 'rocket', names: ['Acme Rocket'], contextual: [{ names: ['R1'], near: ['space'], brandable: true }] }],
      context: { window: 50, cues: { space: ['orbit'] } },
      vetoAfter: [],
    });
    expect(m.findMentions('Xiaomi SU7 and the Acme Rocket').map((x) => x.surface)).toEqual(['Acme Rocket']);
    // R1 has no anchor of its own: only the branded form is findable, which the anchors test above guards.
    expect(m.findMentions('Acme R1 in orbit').map((x) => [x.surface, x.entity])).toEqual([['Acme R1', 'rocket']]);
  });
});
