/**
 * Build side of table-automaton.ts: a lexicon's automata determinised, minimised and written as tables. Runs in
 * build.mjs (lib/precompile.ts) and in tests, never in the extension's bundles.
 */
import type { Lexicon } from './types';
import type { Accept, DfaGraph } from './nfa';
import { buildAutomata } from './compile';
import { BIAS, type AutomatonTables, type LexiconTables } from './table-automaton';

/** The tables card.js and dist/lib read instead of compiling `lexicon`'s automata. */
export function lexiconTables(lexicon: Lexicon): LexiconTables {
  const { names, veto } = buildAutomata(lexicon);
  return { names: tabulate(names.determinise(), names.maxLength), veto: tabulate(veto.determinise(), veto.maxLength) };
}

type State = { list: number; edges: Array<[number, number]> };

/**
 * Merges equivalent states (the same accept list, in order, and the same edges to merged states), then writes
 * the states breadth-first from the start (see table-automaton.ts for the layout). The graph is acyclic, so
 * one bottom-up pass finds every equivalence: the result is the minimal DFA, ~30% fewer states for the lexicon.
 */
export function tabulate(graph: DfaGraph, maxLength: number): AutomatonTables {
  const accepts: Accept[][] = [];
  const listIndex = new Map<string, number>();
  const listOf = (accept: Accept[]): number => {
    if (accept.length === 0) return 0;
    const key = JSON.stringify(accept);
    let k = listIndex.get(key);
    if (k === undefined) listIndex.set(key, (k = accepts.push(accept)));
    return k;
  };

  const merged: State[] = [];
  const mergedIndex = new Map<string, number>();
  /** The merged state of each DFA state, once visited. */
  const mergedOf: number[] = [];
  const visit = (i: number): number => {
    const known = mergedOf[i];
    if (known !== undefined) return known;
    const node = graph[i];
    if (!node) throw new Error(`automaton tables: no state ${i}`);
    const state: State = { list: listOf(node.accept), edges: node.edges.map(([code, to]) => [code, visit(to)]) };
    const key = JSON.stringify(state);
    let k = mergedIndex.get(key);
    if (k === undefined) mergedIndex.set(key, (k = merged.push(state) - 1));
    mergedOf[i] = k;
    return k;
  };
  const start = visit(0);

  // Breadth-first from the start, which must sit at offset 0.
  const order = [start];
  const offset = new Map<number, number>([[start, 0]]);
  let size = 0;
  for (let i = 0; i < order.length; i++) {
    const s = merged[order[i] as number] as State;
    offset.set(order[i] as number, size);
    size += 2 + 2 * s.edges.length;
    for (const [, to] of s.edges) {
      if (!offset.has(to)) {
        offset.set(to, -1);
        order.push(to);
      }
    }
  }
  if (size > 0xffff - BIAS) throw new Error(`automaton tables: ${size} code units, more than 16-bit offsets can address`);

  const units: number[] = [];
  for (const id of order) {
    const s = merged[id] as State;
    units.push(s.list, s.edges.length);
    for (const [code, to] of s.edges) units.push(code, offset.get(to) as number);
  }
  if (units.some((u) => u > 0xffff - BIAS)) throw new Error('automaton tables: a code unit too large to store');
  return { maxLength, accepts, states: units.map((u) => String.fromCharCode(u + BIAS)).join('') };
}
