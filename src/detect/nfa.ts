/**
 * All lexicon patterns compiled into one small automaton over folded text, and the walk that lists every
 * pattern match starting at a given position.
 *
 * Why an automaton and not the expanded strings in a trie: the descriptive phrases combine freely
 * ("(la |le )?(première |premier )?(voiture|VE|berline)s? (électrique )?de Xiaomi"), and expanding them
 * multiplies into tens of thousands of strings; the automaton stays the size of the patterns. Why not one
 * big regular expression: a regex returns one match per start (first alternative wins), while the matcher
 * needs every candidate end at a start to pick the longest one that passes the boundary and context checks.
 *
 * The graph is acyclic (the syntax has no repetition), so a walk from one position visits each
 * (state, position) pair at most once and ends within the longest pattern's length.
 */
import type { PatternSeq } from './pattern';

export interface Accept {
  entity: string;
  /** Index of the context rule this name needs (see `matcher.ts`), or -1 when it counts on its own. */
  rule: number;
  /** Lexicon order, to break ties between entities deterministically. */
  order: number;
}

export class State {
  readonly id: number;
  /** Literal transitions: one folded character each. */
  chars: Array<[string, State]> = [];
  /** Transitions that consume nothing. */
  eps: State[] = [];
  /** Word gaps: consume " " or "-", or nothing. */
  gaps: State[] = [];
  /** Apostrophes: consume "'" (and one space after it), or nothing. */
  apos: State[] = [];
  accept: Accept[] = [];
  constructor(id: number) {
    this.id = id;
  }
}

export interface Candidate {
  /** Exclusive end, in folded text. */
  end: number;
  accept: Accept;
}

export class Automaton {
  private states: State[] = [];
  /** Start states of patterns, by the first folded character they can read. */
  private byFirst = new Map<string, State[]>();
  /** Longest number of folded characters any pattern can span (a gap or apostrophe counts up to 2). */
  maxLength = 0;

  private newState(): State {
    const s = new State(this.states.length);
    this.states.push(s);
    return s;
  }

  /** Adds one parsed pattern that, when matched, yields `accept`. */
  add(seq: PatternSeq, accept: Accept): void {
    const start = this.newState();
    const end = this.build(seq, start);
    end.accept.push(accept);
    for (const ch of this.firstChars(start)) {
      let list = this.byFirst.get(ch);
      if (!list) this.byFirst.set(ch, (list = []));
      if (!list.includes(start)) list.push(start);
    }
    this.maxLength = Math.max(this.maxLength, this.longest(start, new Map()));
  }

  private build(seq: PatternSeq, from: State): State {
    let at = from;
    for (const node of seq) {
      const next = this.newState();
      if (node.kind === 'char') at.chars.push([node.ch, next]);
      else if (node.kind === 'gap') at.gaps.push(next);
      else if (node.kind === 'apos') at.apos.push(next);
      else {
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

  /** Characters a pattern can begin with; it must begin with a character, not a gap or apostrophe. */
  private firstChars(start: State): Set<string> {
    const out = new Set<string>();
    const stack = [start];
    const seen = new Set<State>();
    while (stack.length) {
      const s = stack.pop() as State;
      if (seen.has(s)) continue;
      seen.add(s);
      for (const [ch] of s.chars) out.add(ch);
      if (s.gaps.length || s.apos.length || s.accept.length) throw new Error('a lexicon pattern can match starting with a gap or nothing');
      stack.push(...s.eps);
    }
    return out;
  }

  private longest(s: State, memo: Map<State, number>): number {
    const known = memo.get(s);
    if (known !== undefined) return known;
    let best = 0;
    for (const [, to] of s.chars) best = Math.max(best, 1 + this.longest(to, memo));
    for (const to of s.gaps) best = Math.max(best, 1 + this.longest(to, memo));
    for (const to of s.apos) best = Math.max(best, 2 + this.longest(to, memo));
    for (const to of s.eps) best = Math.max(best, this.longest(to, memo));
    memo.set(s, best);
    return best;
  }

  /** Whether any pattern can start with this folded character (the scan's cheap per-position test). */
  canStart(ch: string): boolean {
    return this.byFirst.has(ch);
  }

  /**
   * Every match starting at `pos` in folded `text`, as (end, accept) pairs, in no particular order.
   * Depth-first over (state, position); a pair is visited once, so the cost is bounded by the number of
   * states reachable within `maxLength` characters.
   */
  matchesAt(text: string, pos: number): Candidate[] {
    const starts = this.byFirst.get(text[pos] ?? '');
    if (!starts) return [];
    const out: Candidate[] = [];
    const seen = new Set<number>();
    const span = this.maxLength + 2;
    const stack: Array<[State, number]> = starts.map((s) => [s, pos]);
    while (stack.length) {
      const [s, p] = stack.pop() as [State, number];
      const key = s.id * span + (p - pos);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const a of s.accept) out.push({ end: p, accept: a });
      const c = text[p];
      if (c !== undefined) for (const [ch, to] of s.chars) if (ch === c) stack.push([to, p + 1]);
      for (const to of s.eps) stack.push([to, p]);
      for (const to of s.gaps) {
        stack.push([to, p]);
        if (c === ' ' || c === '-') stack.push([to, p + 1]);
      }
      for (const to of s.apos) {
        stack.push([to, p]);
        if (c === "'") {
          stack.push([to, p + 1]);
          if (text[p + 1] === ' ') stack.push([to, p + 2]);
        }
      }
    }
    return out;
  }
}
