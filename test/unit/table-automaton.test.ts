// card.js and dist/lib do not build the lexicon's automata: they walk tables the build determinised and minimised
// (src/detect/dfa-tables.ts, table-automaton.ts). Here the tables must be the same automaton, exactly.
import { describe, expect, it } from 'vitest';
import { buildAutomata, compile } from '../../src/detect/compile';
import { lexiconTables, tabulate } from '../../src/detect/dfa-tables';
import { BIAS, TableAutomaton, type AutomatonTables } from '../../src/detect/table-automaton';
import { compileMatcher } from '../../src/detect/matcher';
import type { DfaGraph } from '../../src/detect/nfa';
import { normalize } from '../../src/detect/normalize';
import { expand, parsePattern } from '../../src/detect/pattern';
import { precompiledDefines } from '../../src/lib/precompile';
import { LEXICON } from '../../src/data/lexicon';
import type { Lexicon } from '../../src/detect/types';

/** The tables read back by their documented layout: offset → accept list and edges (code unit → offset). */
function readTables(t: AutomatonTables): Map<number, { list: number; edges: Map<number, number> }> {
  const out = new Map<number, { list: number; edges: Map<number, number> }>();
  const unit = (i: number) => t.states.charCodeAt(i) - BIAS;
  const s = { length: t.states.length, charCodeAt: unit };
  for (let at = 0; at < s.length; ) {
    const n = s.charCodeAt(at + 1);
    const edges = new Map<number, number>();
    let last = -1;
    for (let e = at + 2; e < at + 2 + 2 * n; e += 2) {
      expect(s.charCodeAt(e)).toBeGreaterThan(last); // sorted: the walk stops at the first larger code unit
      last = s.charCodeAt(e);
      edges.set(last, s.charCodeAt(e + 1));
    }
    out.set(at, { list: s.charCodeAt(at), edges });
    at += 2 + 2 * n;
  }
  return out;
}

/**
 * Walks the lazily built DFA and the tables side by side from their starts. Every DFA state must map to one table
 * state with the same accepts (in order) and the same edges to the states its own edges map to: then every string
 * leads both to the same accepts, which is what `matchesAt` lists. Returns how many DFA states were checked.
 */
function expectSameAutomaton(graph: DfaGraph, tables: AutomatonTables): number {
  const table = readTables(tables);
  const mapped = new Map<number, number>([[0, 0]]);
  const queue = [0];
  while (queue.length) {
    const i = queue.shift() as number;
    const node = graph[i]!;
    const at = mapped.get(i) as number;
    const state = table.get(at);
    expect(state, `table state at ${at}`).toBeDefined();
    expect(state!.list ? tables.accepts[state!.list - 1] : []).toEqual(node.accept);
    expect([...state!.edges.keys()]).toEqual(node.edges.map(([code]) => code));
    for (const [code, to] of node.edges) {
      const target = state!.edges.get(code) as number;
      const known = mapped.get(to);
      if (known === undefined) {
        mapped.set(to, target);
        queue.push(to);
      } else expect(target, `DFA state ${to} reached at two table states`).toBe(known);
    }
  }
  return mapped.size;
}

describe('the lexicon as tables', () => {
  const built = buildAutomata(LEXICON);
  const tables = lexiconTables(LEXICON);

  it('are the lazily built automata exactly, for the names and for the veto words', () => {
    expect(expectSameAutomaton(built.names.determinise(), tables.names)).toBeGreaterThan(1000);
    expect(expectSameAutomaton(built.veto.determinise(), tables.veto)).toBeGreaterThan(50);
    expect(tables.names.maxLength).toBe(built.names.maxLength);
    expect(tables.veto.maxLength).toBe(built.veto.maxLength);
  });

  it('are minimised: fewer states than the DFA, and no two table states alike', () => {
    const states = readTables(tables.names);
    expect(states.size).toBeLessThan(built.names.determinise().length);
    const seen = new Set<string>();
    for (const s of states.values()) {
      const key = JSON.stringify([s.list, [...s.edges]]);
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('list the same matches as the built automaton for every expansion of every name (sampled), and in text', () => {
    const table = new TableAutomaton(tables.names);
    let checked = 0;
    for (const entity of LEXICON.entities) {
      const patterns = [...entity.names, ...(entity.models ?? []), ...(entity.brandedNames ?? []), ...(entity.contextual ?? []).flatMap((g) => g.names)];
      for (const pattern of patterns) {
        const all = expand(parsePattern(pattern));
        const step = Math.max(1, Math.floor(all.length / 40));
        for (let i = 0; i < all.length; i += step) {
          const t = normalize(`the xiaomi ${all[i]} ultra's`).text;
          for (let p = 0; p < t.length; p++) {
            expect(table.matchesAt(t, p)).toEqual(built.names.matchesAt(t, p));
            expect(table.canStart(t, p)).toBe(built.names.canStart(t, p));
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('are what the build gives the bundles and what the unit suites run with', () => {
    expect(JSON.parse(precompiledDefines().__XEV_LEXICON_TABLES__ as string)).toEqual(tables);
    expect((globalThis as Record<string, unknown>).__XEV_LEXICON_TABLES__).toEqual(tables);
  });

  it('are used when given: the matcher reads them instead of compiling the lexicon', () => {
    // Tables of another lexicon, in which "Xiaomi SU7" is entity "other", given for the bundled one.
    const other: Lexicon = { ...LEXICON, entities: [{ id: 'other', names: ['Xiaomi SU7'] }] };
    const matcher = compileMatcher(LEXICON, lexiconTables(other));
    expect(matcher.findMentions('The Xiaomi SU7 Ultra.').map((m) => [m.entity, m.surface])).toEqual([['other', 'Xiaomi SU7']]);
    expect(compileMatcher(LEXICON).findMentions('The Xiaomi SU7 Ultra.').map((m) => m.entity)).toEqual(['su7-ultra']);
    expect(compile(LEXICON, tables).reach).toBe(compile(LEXICON).reach);
  });

  it('refuse an automaton too large for 16-bit offsets, with a clear error', () => {
    // A start state with 33,000 edges (to one accepting state) takes 66,004 code units.
    const wide: DfaGraph = [
      { accept: [], edges: Array.from({ length: 33000 }, (_, i): [number, number] => [0x4e00 + i, 1]) },
      { accept: [{ entity: 'x', rule: -1, order: 0 }], edges: [] },
    ];
    expect(() => tabulate(wide, 1)).toThrow(/66004 code units, more than 16-bit offsets/);
    wide[0]!.edges.length = 3000;
    expect(new TableAutomaton(tabulate(wide, 1)).matchesAt('\u4e01', 0)).toEqual([{ end: 1, accept: wide[1]!.accept[0] }]);
  });
});
