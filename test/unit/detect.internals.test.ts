// The engine's parts on their own: boundary rules, cue lists, the automaton, laziness.
import { describe, expect, it } from 'vitest';
import { endOk, startOk } from '../../src/detect/boundaries';
import { anyIn, compileCueList, cueHits, trieSource } from '../../src/detect/context';
import { compileMatcher } from '../../src/detect/matcher';
import { Automaton } from '../../src/detect/nfa';
import { normalize } from '../../src/detect/normalize';
import { expand, parsePattern } from '../../src/detect/pattern';
import { LEXICON } from '../../src/data/lexicon';

/** Boundary checks on `text` for the folded span [s, e). */
function bounds(text: string, s: number, e: number) {
  const n = normalize(text);
  const orig = (i: number) => {
    const at = n.start[i];
    return at === undefined ? undefined : text[at];
  };
  return { start: startOk(n.text, s, orig), end: endOk(n.text, s, e, orig) };
}

describe('boundaries', () => {
  it('a match may not start inside a word, except at a camel-case seam', () => {
    expect(bounds('TSU7', 1, 4).start).toBe(false);
    expect(bounds('ABSU7', 2, 5).start).toBe(false);
    expect(bounds('dellaSU7', 5, 8).start).toBe(true);
    expect(bounds('2SU7', 1, 4).start).toBe(false);
    expect(bounds('的SU7', 1, 4).start).toBe(true); // CJK before a Latin name is no word boundary problem
    expect(bounds('#SU7', 1, 4).start).toBe(true);
  });
  it('after a digit: lower-case letters are a lost space or a suffix, digits and capitals are not', () => {
    expect(bounds('MS11the', 0, 4).end).toBe(true);
    expect(bounds('YU7s', 0, 3).end).toBe(true);
    expect(bounds('MS11B', 0, 4).end).toBe(false);
    expect(bounds('SU7a1', 0, 3).end).toBe(false);
    expect(bounds('SU75', 0, 3).end).toBe(false);
    expect(bounds('MS11-025', 0, 4).end).toBe(false);
    expect(bounds('SU7/2', 0, 3).end).toBe(false);
    expect(bounds('SU7-based', 0, 3).end).toBe(true);
    expect(bounds('SU7가', 0, 3).end).toBe(true);
  });
  it('after a letter: only a long last word may be glued', () => {
    expect(bounds('Xiaomi Automobileet', 0, 17).end).toBe(true);
    expect(bounds('Xiaomi Automatic', 0, 11).end).toBe(false);
    expect(bounds('Xiaomi Auto-focus', 0, 11).end).toBe(false);
    expect(bounds('Xiaomi Auto-Chef', 0, 11).end).toBe(true);
    expect(bounds('Xiaomi Auto.', 0, 11).end).toBe(true);
  });
});

describe('cue lists', () => {
  const list = compileCueList(['car', 'cars', 'elektroauto*', '*antrieb*', 'Lei Jun', '小米', 'e-auto']);
  const hits = (text: string) => cueHits(list, normalize(text).text);
  it('finds whole words, prefixes and infixes as declared', () => {
    expect(hits('a car')).toEqual([2]);
    expect(hits('cars, cardinal, scar')).toEqual([0]);
    expect(hits('Elektroautos')).toEqual([0]);
    expect(hits('Allradantrieb')).toEqual([6]); // where the word starts inside the compound
    expect(hits('LEI JUN said; leijun; lei-jun')).toEqual([0, 14, 22]);
    expect(hits('雷军和小米')).toEqual([3]);
    expect(hits('ein E-Auto, ein E Auto, ein Eauto')).toEqual([4, 16, 28]);
  });
  it('builds a prefix-factored regex that matches exactly the words', () => {
    const words = ['car', 'cars', 'carro', 'coche', 'ev'];
    const re = new RegExp(`^(?:${trieSource(words)})$`);
    for (const w of words) expect(re.test(w)).toBe(true);
    for (const w of ['ca', 'carr', 'carss', 'e', 'coches']) expect(re.test(w)).toBe(false);
    expect(trieSource(words)).toBe('(?:c(?:ar(?:ro|s)?|oche)|ev)');
  });
  it('anyIn looks in a range but not inside the candidate itself', () => {
    expect(anyIn([5, 50, 500], 0, 100, 40, 60)).toBe(true); // 5
    expect(anyIn([50], 0, 100, 40, 60)).toBe(false); // only inside the candidate
    expect(anyIn([150], 0, 100, 40, 60)).toBe(false); // out of range
    expect(anyIn([], 0, 100, 40, 60)).toBe(false);
  });
});

describe('automaton', () => {
  it('lists every match at a position, with gaps and apostrophes loose', () => {
    const a = new Automaton();
    const acc = (entity: string) => ({ entity, rule: -1, order: 0 });
    a.add(parsePattern('Xiaomi'), acc('brand'));
    a.add(parsePattern('Xiaomi SU7( Max)?'), acc('su7'));
    a.add(parsePattern("Xiaomi's EV"), acc('ev'));
    const ends = (text: string) =>
      a
        .matchesAt(normalize(text).text, 0)
        .map((c) => `${c.end}:${c.accept.entity}`)
        .sort();
    expect(ends('xiaomi su7 max')).toEqual(['10:su7', '14:su7', '6:brand']);
    expect(ends('xiaomisu7-max')).toEqual(['13:su7', '6:brand', '9:su7']);
    expect(ends("xiaomi's ev")).toEqual(['11:ev', '6:brand']);
    expect(ends("xiaomi' s ev")).toEqual(['12:ev', '6:brand']);
    expect(ends('xiaomis ev')).toEqual(['10:ev', '6:brand']);
    expect(ends('xiaom')).toEqual([]);
    expect(a.canStart('x', 0)).toBe(true);
    expect(a.canStart('s', 0)).toBe(false);
  });
  it('accepts every expansion of every lexicon name (sampled)', () => {
    for (const e of LEXICON.entities) {
      for (const pattern of e.names) {
        const a = new Automaton();
        a.add(parsePattern(pattern), { entity: e.id, rule: -1, order: 0 });
        const all = expand(parsePattern(pattern));
        const step = Math.max(1, Math.floor(all.length / 50));
        all.forEach((s, i) => {
          if (i % step) return;
          const t = normalize(s).text;
          expect(a.matchesAt(t, 0).some((c) => c.end === t.length), s).toBe(true);
        });
      }
    }
  });
});

describe('laziness', () => {
  it('a text without anchors never builds the automaton', () => {
    // This lexicon is broken (unknown cue list): building it throws, so not throwing proves it was not built.
    const broken = compileMatcher({
      anchors: ['xiaomi'],
      brands: [],
      entities: [{ id: 'x', names: ['Xiaomi car'], contextual: [{ names: ['Xiaomi'], near: ['missing'] }] }],
      context: { window: 10, cues: {} },
      vetoAfter: [],
    });
    expect(broken.findMentions('Nothing to see here, Tesla and BYD only.')).toEqual([]);
    expect(() => broken.findMentions('Xiaomi car')).toThrow(/missing/);
  });
});

describe('normalize: CJK fast path', () => {
  it('leaves Han, kana and Hangul syllables untouched, exactly as the slow path would', () => {
    const ranges: Array<[number, number]> = [
      [0x4e00, 0x9fff],
      [0xac00, 0xd7a3],
      [0x3041, 0x3096],
      [0x30a1, 0x30fa],
    ];
    for (const [lo, hi] of ranges) {
      let text = '';
      for (let c = lo; c <= hi; c++) text += String.fromCharCode(c);
      const slow = text.normalize('NFKC').toLowerCase().replace(/\p{M}/gu, '');
      expect(slow).toBe(text);
      expect(normalize(text).text).toBe(text);
    }
  });
});
