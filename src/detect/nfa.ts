/**
 * All lexicon patterns compiled into one automaton over folded text, and the walk that lists every pattern
 * match starting at a given position.
 *
 * Why an automaton and not the expanded strings in a trie: the descriptive phrases combine freely
 * ("(la |le )?(première |premier )?(voiture|VE|berline)s? (électrique )?de Xiaomi"), and expanding them
 * gives ~13,000 strings; the automaton stays the size of the patterns. Why not one big regular expression:
 * a regex returns one match per start (first alternative wins), while the matcher needs every candidate end
 * at a start, to pick the longest one that passes the boundary and context checks.
 *
 * Patterns become an ε-NFA (word gaps and apostrophes are ε-or-character edges). It is determinised lazily:
 * a DFA state is the ε-closed set of NFA states, built the first time the text leads there and cached, so a
 * walk costs one map lookup per character. The graph is acyclic (the syntax has no repetition), so every
 * walk ends within `maxLength` characters and the number of DFA states stays small. For the bundled lexicon the
 * build determinises it completely instead (`determinise`, then dfa-tables.ts), and the bundles only read the
 * result (table-automaton.ts).
 */
import type { PatternSeq } from './pattern';

export interface Accept {
  entity: string;
  /** Index of the context rule this name needs (see `matcher.ts`), or -1 when it counts on its own. */
  rule: number;
  /** Lexicon order, to break ties between entities deterministically. */
  order: number;
  /**
   * A model name (a `models`, `brandedNames` or brandable contextual name, with or without its brand). A model
   * name that starts inside a descriptive phrase and runs past its end takes precedence (see `matcher.ts`).
   */
  model?: boolean;
}

class NfaState {
  chars: Array<[string, NfaState]> = [];
  eps: NfaState[] = [];
  accept: Accept[] = [];
  constructor(readonly id: number) {}
}

/** A set of NFA states reached after reading some folded characters. */
class DfaState {
  /** Transitions on ASCII code units, then on the rest: numbers index and hash faster than strings. */
  readonly ascii: Array<DfaState | null | undefined> = new Array(128);
  readonly next = new Map<number, DfaState | null>();
  /**
   * The NFA states' character edges grouped by character, built on a large state's first miss. The start
   * state holds every pattern's first edges (thousands): scanning them all again for each new character
   * cost ~9 ms of a page's first matches (one pass per distinct character of the text, in cold code).
   */
  byChar: Map<string, NfaState[]> | null = null;
  constructor(
    readonly nfa: NfaState[],
    readonly accept: Accept[],
  ) {}
}

/** A determinised automaton as plain data: states with their accepts and (code unit, target state) edges. */
export type DfaGraph = Array<{ accept: Accept[]; edges: Array<[number, number]> }>;

/** What the matcher needs of an automaton: the lazily built one here, or the build's tables (table-automaton.ts). */
export interface MatchAutomaton {
  /** Longest number of folded characters any pattern can span. */
  readonly maxLength: number;
  canStart(text: string, pos: number): boolean;
  matchesAt(text: string, pos: number): Candidate[];
}

export interface Candidate {
  /** Exclusive end, in folded text. */
  end: number;
  accept: Accept;
}

/** The most folded characters a pattern can span: a gap takes up to three, an apostrophe and its space two. */
function longest(seq: PatternSeq): number {
  let n = 0;
  for (const node of seq) {
    if (node.kind === 'char') n += 1;
    else if (node.kind === 'gap') n += 3;
    else if (node.kind === 'apos') n += 2;
    else n += Math.max(...node.alts.map(longest));
  }
  return n;
}

/**
 * Above this many DFA states the cache is dropped and rebuilt on demand. A guard on memory (a state with its
 * ASCII row is ~1 KB): 4 MB of news text builds ~150 states, so real pages should never reach it.
 */
const MAX_DFA_STATES = 4000;

/** DFA states with more NFA states than this index their edges by character on the first miss. */
const INDEX_ABOVE = 32;

function edgesByChar(states: NfaState[]): Map<string, NfaState[]> {
  const out = new Map<string, NfaState[]>();
  for (const s of states) {
    for (const [c, t] of s.chars) {
      const list = out.get(c);
      if (list) list.push(t);
      else out.set(c, [t]);
    }
  }
  return out;
}

export class Automaton implements MatchAutomaton {
  private states: NfaState[] = [];
  private root = this.newState();
  private dfa = new Map<string, DfaState>();
  private start: DfaState | null = null;
  /** Longest number of folded characters any pattern can span. */
  maxLength = 0;

  private newState(): NfaState {
    const s = new NfaState(this.states.length);
    this.states.push(s);
    return s;
  }

  /** Adds one parsed pattern that, when matched, yields `accept`. */
  add(seq: PatternSeq, accept: Accept): void {
    this.fromRoot(seq, accept);
    this.grown(seq);
  }

  /**
   * Builds a pattern that starts from the root, yielding `accept` if given; returns its end state. It must begin
   * with a character (checked once the accept is in place: a pattern that can match nothing is refused too).
   */
  private fromRoot(seq: PatternSeq, accept?: Accept): NfaState {
    const start = this.newState();
    const end = this.build(seq, start);
    if (accept) end.accept.push(accept);
    this.checkStart(start);
    this.root.eps.push(start);
    return end;
  }

  /** After a pattern of this shape was added: the longest span may have grown, and cached DFA states are stale. */
  private grown(seq: PatternSeq): void {
    this.maxLength = Math.max(this.maxLength, longest(seq));
    this.dfa.clear();
    this.start = null;
  }

  /** The end state of each brand list's one copy in the automaton (addBranded). */
  private brandEnds = new Map<PatternSeq[], NfaState>();

  /**
   * Adds "brand, gap, model" for every brand of `brands`, yielding `accept`. The brands are built once per list and
   * every branded model hangs off their end: the same language as one `add` per model with the brands group in
   * front, but each of those copied the whole group (hundreds of states per model name), which made the lexicon's
   * compile (card.js, on every page with a mention) and the first matches' DFA states several times larger.
   */
  addBranded(brands: PatternSeq[], model: PatternSeq, accept: Accept): void {
    const group: PatternSeq = [{ kind: 'group', alts: brands, optional: false }];
    let brandEnd = this.brandEnds.get(brands);
    if (!brandEnd) this.brandEnds.set(brands, (brandEnd = this.fromRoot(group)));
    const start = this.newState();
    brandEnd.eps.push(start);
    this.build([{ kind: 'gap' }, ...model], start).accept.push(accept);
    this.grown([...group, { kind: 'gap' }, ...model]);
  }

  private build(seq: PatternSeq, from: NfaState): NfaState {
    let at = from;
    for (const node of seq) {
      const next = this.newState();
      if (node.kind === 'char') at.chars.push([node.ch, next]);
      else if (node.kind === 'gap') {
        // A word gap: a space, a hyphen, nothing, or a spaced dash (" - ", " -", "- ": "Y — U — 7").
        const sp = this.newState();
        const dash = this.newState();
        at.eps.push(next);
        at.chars.push([' ', sp], ['-', dash]);
        sp.eps.push(next);
        sp.chars.push(['-', dash]);
        dash.eps.push(next);
        dash.chars.push([' ', next]);
      } else if (node.kind === 'apos') {
        // An apostrophe, optionally followed by a space; or nothing.
        const after = this.newState();
        at.eps.push(next);
        at.chars.push(["'", after]);
        after.eps.push(next);
        after.chars.push([' ', next]);
      } else {
        for (const alt of node.alts) {
          const altStart = this.newState();
          at.eps.push(altStart);
          this.build(alt, altStart).eps.push(next);
        }
        if (node.optional) at.eps.push(next);
      }
      at = next;
    }
    return at;
  }

  /** A pattern must begin with a character: not a gap, an apostrophe, or nothing at all. */
  private checkStart(start: NfaState): void {
    for (const s of this.closure([start])) {
      if (s.accept.length) throw new Error('a lexicon pattern can match starting with a gap or nothing');
      for (const [ch] of s.chars) {
        if (ch === ' ' || ch === '-' || ch === "'") throw new Error('a lexicon pattern can match starting with a gap or nothing');
      }
    }
  }

  private closure(seeds: NfaState[]): NfaState[] {
    const seen = new Set<NfaState>();
    const stack = [...seeds];
    while (stack.length) {
      const s = stack.pop() as NfaState;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...s.eps);
    }
    return [...seen].sort((a, b) => a.id - b.id);
  }

  private dfaState(seeds: NfaState[]): DfaState | null {
    if (seeds.length === 0) return null;
    const set = this.closure(seeds);
    const key = set.map((s) => s.id).join(',');
    let d = this.dfa.get(key);
    if (!d) {
      if (this.dfa.size >= MAX_DFA_STATES) {
        // Drop every cached state, the start state too (it reaches all the others through its rows).
        this.dfa.clear();
        this.start = null;
      }
      d = new DfaState(set, set.flatMap((s) => s.accept));
      this.dfa.set(key, d);
    }
    return d;
  }

  private step(d: DfaState, code: number): DfaState | null {
    let to = code < 128 ? d.ascii[code] : d.next.get(code);
    if (to === undefined) {
      const ch = String.fromCharCode(code);
      let seeds: NfaState[];
      if (d.nfa.length > INDEX_ABOVE) {
        d.byChar ??= edgesByChar(d.nfa);
        seeds = d.byChar.get(ch) ?? [];
      } else {
        seeds = [];
        for (const s of d.nfa) for (const [c, t] of s.chars) if (c === ch) seeds.push(t);
      }
      to = this.dfaState(seeds);
      if (code < 128) d.ascii[code] = to;
      else d.next.set(code, to);
    }
    return to;
  }

  private startState(): DfaState {
    this.start ??= this.dfaState([this.root]) as DfaState;
    return this.start;
  }

  /**
   * The whole DFA: every state reachable from the start, with its accepts (in the order `matchesAt` lists them)
   * and its edges on every character that leads somewhere. State 0 is the start. The build turns it into the
   * tables card.js walks instead of compiling (table-automaton.ts); the graph is finite because no pattern repeats.
   */
  determinise(): DfaGraph {
    const alphabet = new Set<number>();
    for (const s of this.states) for (const [c] of s.chars) alphabet.add(c.charCodeAt(0));
    const codes = [...alphabet].sort((a, b) => a - b);
    // Keyed by NFA set, not by object: a lexicon larger than MAX_DFA_STATES drops the cache midway.
    const index = new Map<string, number>();
    const graph: DfaGraph = [];
    const visit = (d: DfaState): number => {
      const key = d.nfa.map((s) => s.id).join(',');
      let i = index.get(key);
      if (i !== undefined) return i;
      i = graph.length;
      index.set(key, i);
      const node: DfaGraph[number] = { accept: d.accept, edges: [] };
      graph.push(node);
      for (const code of codes) {
        const to = this.step(d, code);
        if (to) node.edges.push([code, visit(to)]);
      }
      return i;
    };
    visit(this.startState());
    return graph;
  }

  /** Whether any pattern can start with this folded character (the scan's cheap per-position test). */
  canStart(text: string, pos: number): boolean {
    return pos < text.length && this.step(this.startState(), text.charCodeAt(pos)) !== null;
  }

  /** Every match starting at `pos` in folded `text`, as (end, accept) pairs, shortest first. */
  matchesAt(text: string, pos: number): Candidate[] {
    const out: Candidate[] = [];
    let d: DfaState | null = this.startState();
    for (let p = pos; p < text.length; p++) {
      d = this.step(d, text.charCodeAt(p));
      if (!d) break;
      for (const a of d.accept) out.push({ end: p + 1, accept: a });
    }
    return out;
  }
}
