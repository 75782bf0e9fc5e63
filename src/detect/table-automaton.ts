/**
 * A determinised automaton read from tables the build made (dfa-tables.ts), instead of built from the patterns.
 *
 * Why: building the lexicon's automaton (parsing ~50 patterns with their folds, ~3,600 NFA states) and its first
 * DFA states was card.js's largest fixed cost on every page with a mention: 3-12 ms in Chromium and 11-21 ms in
 * Firefox (bench phase "matcher compile"). The lexicon is a constant of the build, so the build determinises it
 * completely (2,500 DFA states, 1,756 once minimised) and card.js only walks the result.
 *
 * The tables are one string of UTF-16 code units, so reading them needs no decoding and no allocation. State
 * after state, each is [accept list, edge count, (code unit, target) × count] with its edges sorted by code
 * unit; a target is the offset of its state in the string, and the start state is at 0. The string is read
 * with `charCodeAt`, which is as fast as an index into a typed array. Every unit is stored plus `BIAS`: the
 * many small numbers (lists, counts) would otherwise be control characters, six bytes each in card.js's source.
 */
import type { Accept, Candidate, MatchAutomaton } from './nfa';

/** Added to every unit of `AutomatonTables.states`. */
export const BIAS = 0x20;

export interface AutomatonTables {
  maxLength: number;
  /** The distinct accept lists; a state's list k > 0 is `accepts[k - 1]`, 0 is none. */
  accepts: Accept[][];
  states: string;
}

/** The build's tables for the bundled lexicon (build.mjs, via lib/precompile.ts). */
export interface LexiconTables {
  names: AutomatonTables;
  veto: AutomatonTables;
}

export class TableAutomaton implements MatchAutomaton {
  readonly maxLength: number;
  private readonly states: string;
  private readonly accepts: Accept[][];

  constructor(tables: AutomatonTables) {
    this.maxLength = tables.maxLength;
    this.states = tables.states;
    this.accepts = tables.accepts;
  }

  /** The state `code` leads to from the state at offset `at`, or -1. */
  private next(at: number, code: number): number {
    const t = this.states;
    const end = at + 2 + 2 * (t.charCodeAt(at + 1) - BIAS);
    const unit = code + BIAS;
    for (let e = at + 2; e < end; e += 2) {
      const c = t.charCodeAt(e);
      if (c === unit) return t.charCodeAt(e + 1) - BIAS;
      if (c > unit) break;
    }
    return -1;
  }

  canStart(text: string, pos: number): boolean {
    return pos < text.length && this.next(0, text.charCodeAt(pos)) >= 0;
  }

  matchesAt(text: string, pos: number): Candidate[] {
    const out: Candidate[] = [];
    let at = 0;
    for (let p = pos; p < text.length; p++) {
      at = this.next(at, text.charCodeAt(p));
      if (at < 0) break;
      const list = this.states.charCodeAt(at) - BIAS;
      if (list) for (const accept of this.accepts[list - 1] ?? []) out.push({ end: p + 1, accept });
    }
    return out;
  }
}
