/**
 * The mention engine: a lexicon compiled once into (1) an anchor regex and (2) an automaton over folded text.
 *
 * How a text is scanned
 * 1. Pre-check (`mayContain`): one regex pass over the original text for the lexicon's anchor tokens
 *    ("xiaomi", "小米", "シャオミ", "샤오미", "su7", "yu7", "yu9", "ms11", "mx11"… in any case, width or
 *    spacing, see `anchors.ts`). Every name contains an anchor, so no anchor means no mention.
 * 2. Windows: each anchor hit is widened by the context window plus the longest pattern on both sides;
 *    overlapping windows merge. Only windows are normalised (`normalize.ts`: folded copy + index map).
 * 3. Matching: at each folded position whose character can start a pattern and that passes the start rule
 *    (`boundaries.ts`), the automaton (`nfa.ts`) lists every candidate end. The longest candidate that passes
 *    the end rule, the veto list and — for a bare model name — the context rule wins; scanning resumes after
 *    it. That is leftmost-longest: "Xiaomi SU7 Ultra" is one su7-ultra, never "Xiaomi SU7" + "Ultra".
 * 4. Offsets: folded `[a, b)` maps to original `[start[a], end[b-1])`, so soft hyphens, zero-width spaces,
 *    full-width letters or a line break inside a name stay inside the span and offsets are exact UTF-16.
 *
 * When a bare model name counts (the context rule)
 * A model name with a brand right before it ("Xiaomi SU7", "小米YU7", "샤오미 SU7") or an unambiguous variant
 * ("SU7 Ultra", "SU7 Max") always counts. A bare "SU7", "YU7", "YU9", "MS11", "MX11", "YU Seven" counts only
 * if, within `context.window` folded characters on either side (in practice the block or passage it sits
 * in, since the content script passes one block at a time), there is a word about Xiaomi or cars in any
 * language ("Xiaomi", "小米", "Lei Jun", "car", "voiture", "sedan", "电动", "전기차"…) and no word that
 * points elsewhere ("Sukhoi", "fighter", "Microsoft", "bulletin"…). Negative cues win over positive ones:
 * a passage that names the Sukhoi is not trusted for a bare "SU7".
 *
 * Spans: particles and suffixes stay outside ("SU7가", "YU7s", "シャオミのSU7" → "SU7"); descriptive phrases
 * include their own particles and articles ("シャオミのEV", "la première voiture de Xiaomi"); German
 * compounds with a car noun are one xiaomi-ev span ("Xiaomi-Limousine", "Xiaomi-Elektroauto").
 *
 * Complexity
 * - `mayContain`: O(n), one regex pass, no allocation.
 * - `findMentions`: O(n) for the anchor pass, plus O(W · k) for the windows around k anchors (W = window
 *   width; merged windows never exceed n), times a constant bounded by the automaton's branching within the
 *   longest pattern. Linear in the text; no backtracking regex runs over the full text.
 */
import type { Lexicon, Matcher, Mention } from './types';
import { anchorSource } from './anchors';
import { Automaton, type Candidate } from './nfa';
import { parsePattern, type PatternSeq } from './pattern';
import { normalize, type Normalized } from './normalize';
import { endOk, startOk } from './boundaries';
import { anyIn, hitPositions, wordListRegex } from './context';

/** A compiled `ContextualNames` rule: indices into `Compiled.cues`. */
interface Rule {
  near: number[];
  notNear: number[];
}

interface Compiled {
  automaton: Automaton;
  veto: Automaton;
  /** One regex per cue list, in the order of `cueNames`. */
  cues: Array<RegExp | null>;
  rules: Rule[];
  window: number;
  pad: number;
}

function compile(lexicon: Lexicon): Compiled {
  const automaton = new Automaton();
  const brands = lexicon.brands.map(parsePattern);
  const branded = (model: PatternSeq): PatternSeq => [
    { kind: 'group', alts: brands, optional: false },
    { kind: 'gap' },
    ...model,
  ];
  const cueNames = Object.keys(lexicon.context.cues);
  const cueIndex = (name: string): number => {
    const i = cueNames.indexOf(name);
    if (i < 0) throw new Error(`lexicon: unknown cue list ${JSON.stringify(name)}`);
    return i;
  };
  const rules: Rule[] = [];
  let order = 0;
  for (const entity of lexicon.entities) {
    const plain = { entity: entity.id, rule: -1, order: order++ };
    for (const name of entity.names) automaton.add(parsePattern(name), plain);
    for (const name of entity.models ?? []) {
      automaton.add(parsePattern(name), plain);
      automaton.add(branded(parsePattern(name)), plain);
    }
    for (const name of entity.brandedNames ?? []) automaton.add(branded(parsePattern(name)), plain);
    for (const group of entity.contextual ?? []) {
      rules.push({ near: group.near.map(cueIndex), notNear: (group.notNear ?? []).map(cueIndex) });
      const needs = { entity: entity.id, rule: rules.length - 1, order: plain.order };
      for (const name of group.names) {
        automaton.add(parsePattern(name), needs);
        if (group.brandable) automaton.add(branded(parsePattern(name)), plain);
      }
    }
  }
  const veto = new Automaton();
  for (const word of lexicon.vetoAfter) veto.add(parsePattern(word), { entity: '', rule: -1, order: 0 });
  const window = lexicon.context.window;
  return {
    automaton,
    veto,
    cues: cueNames.map((name) => wordListRegex(lexicon.context.cues[name] ?? [])),
    rules,
    window,
    // Twice the longest pattern: folded and original lengths differ a little (dropped invisibles, ligatures).
    pad: window + 2 * automaton.maxLength + 8,
  };
}

/** One normalised window of the text, with cue-word hits computed on first need. */
class Window {
  private hits: Array<number[] | undefined> = [];
  constructor(
    readonly src: string,
    readonly n: Normalized,
    private readonly c: Compiled,
  ) {}
  orig = (i: number): string | undefined => {
    const at = this.n.start[i];
    return at === undefined ? undefined : this.src[at];
  };
  private near(cue: number, s: number, e: number): boolean {
    const hits = (this.hits[cue] ??= hitPositions(this.c.cues[cue] ?? null, this.n.text));
    return anyIn(hits, s - this.c.window, e + this.c.window, s, e);
  }
  contextOk(rule: number, s: number, e: number): boolean {
    const r = this.c.rules[rule];
    if (!r) return true;
    return r.near.some((cue) => this.near(cue, s, e)) && !r.notNear.some((cue) => this.near(cue, s, e));
  }
}

export function compileMatcher(lexicon: Lexicon): Matcher {
  const source = anchorSource(lexicon.anchors);
  const test = new RegExp(source, 'u');
  const scan = new RegExp(source, 'gu');
  let compiled: Compiled | undefined; // built on first use: pages without anchors never pay for it

  function vetoed(w: Window, e: number): boolean {
    const t = w.n.text;
    const at = t[e] === ' ' ? e + 1 : e;
    for (const hit of (compiled as Compiled).veto.matchesAt(t, at)) {
      if (endOk(t, at, hit.end, w.orig)) return true;
    }
    return false;
  }

  function best(w: Window, s: number, candidates: Candidate[]): Candidate | undefined {
    // Longest first; at equal length a name beats a contextual name, then lexicon order decides.
    const needsContext = (c: Candidate) => Number(c.accept.rule >= 0);
    candidates.sort((a, b) => b.end - a.end || needsContext(a) - needsContext(b) || a.accept.order - b.accept.order);
    const t = w.n.text;
    for (const c of candidates) {
      if (!endOk(t, s, c.end, w.orig)) continue;
      if (vetoed(w, c.end)) continue;
      if (c.accept.rule >= 0 && !w.contextOk(c.accept.rule, s, c.end)) continue;
      return c;
    }
    return undefined;
  }

  function scanWindow(src: string, from: number, to: number, out: Mention[]): void {
    const c = compiled as Compiled;
    const w = new Window(src, normalize(src, from, to), c);
    const t = w.n.text;
    for (let s = 0; s < t.length; ) {
      if (!c.automaton.canStart(t[s] ?? '') || !startOk(t, s, w.orig)) {
        s++;
        continue;
      }
      const hit = best(w, s, c.automaton.matchesAt(t, s));
      if (!hit) {
        s++;
        continue;
      }
      const start = w.n.start[s] ?? 0;
      const end = w.n.end[hit.end - 1] ?? start;
      out.push({ start, end, entity: hit.accept.entity, surface: src.slice(start, end) });
      s = hit.end;
    }
  }

  return {
    mayContain(text: string): boolean {
      return test.test(text);
    },
    findMentions(text: string): Mention[] {
      const out: Mention[] = [];
      scan.lastIndex = 0;
      let m = scan.exec(text);
      if (!m) return out;
      compiled ??= compile(lexicon);
      const pad = compiled.pad;
      // Merge anchor windows, then scan each merged window once.
      let winStart = Math.max(0, m.index - pad);
      let winEnd = Math.min(text.length, m.index + m[0].length + pad);
      for (m = scan.exec(text); m; m = scan.exec(text)) {
        const a = Math.max(0, m.index - pad);
        const b = Math.min(text.length, m.index + m[0].length + pad);
        if (a <= winEnd) winEnd = Math.max(winEnd, b);
        else {
          scanWindow(text, safeStart(text, winStart), safeEnd(text, winEnd), out);
          winStart = a;
          winEnd = b;
        }
      }
      scanWindow(text, safeStart(text, winStart), safeEnd(text, winEnd), out);
      return out;
    },
  };
}

/** Never cut a surrogate pair in two. */
function safeStart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}
function safeEnd(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return i < text.length && c >= 0xd800 && c <= 0xdbff ? i + 1 : i;
}
