/**
 * The mention engine: a lexicon compiled into (1) an anchor trie and (2) a deterministic automaton over folded
 * text (determinised lazily, or read from the build's tables for the bundled lexicon: table-automaton.ts), plus
 * cue-word lists for context (`compile.ts`). This file holds the scan; `window.ts` a folded stretch of text and
 * its context checks.
 *
 * How a text is scanned
 * 1. Pre-check (`mayContain`): one pass over the original text for the lexicon's anchor tokens (anchor-at.ts)
 *    ("xiaomi", "小米", "シャオミ", "샤오미", "su7", "yu7", "yu9", "ms11", "mx11"… in any case, width,
 *    accent or spacing, see `anchors.ts`). Every name contains an anchor (a unit test checks the lexicon),
 *    so no anchor means no mention — and the automaton is not even built until a text has one.
 * 2. Windows: each anchor hit is widened by the longest pattern (plus slack) on both sides; overlapping
 *    windows merge. Only windows are folded (`normalize.ts`: folded copy + index map back to the original).
 *    A block gets no exception: most names need no context, and folding only the windows of "the Xiaomi SU7"
 *    in an 800-character paragraph, not the paragraph, made the first scan's matches of the benchmark's news
 *    page ~10% faster (Node, cold). A name that needs context folds the block once (window.ts).
 * 3. Matching: only folded positions at most one pattern length before an anchor can start a match (the
 *    anchors found in step 2, mapped to folded positions through the index map). At each such position that
 *    passes the start rule (`boundaries.ts`) and can start a pattern, the automaton lists every candidate end.
 *    The longest candidate that passes the end rule, the
 *    veto list and — for a contextual name — the context rule wins; scanning resumes after it. That is
 *    leftmost-longest: "Xiaomi SU7 Ultra" is one su7-ultra, never "Xiaomi SU7" + "Ultra".
 *    One exception, model precedence: when the winner is not a model name and a model name (with its brand)
 *    starts inside it and runs past its end, the model wins and the words before it stay out — "un coche
 *    eléctrico [Xiaomi SU7]", "la berline électrique [Xiaomi SU7]", as the corpus labels a generic noun in
 *    apposition before a branded model. (CJK brand compounds are brands: "[小米電動車SU7]", see the lexicon.)
 * 4. Offsets: folded `[a, b)` maps to original `[start[a], end[b-1])`, so soft hyphens, zero-width spaces,
 *    full-width letters or a line break inside a name stay inside the span and offsets are exact UTF-16.
 *
 * When a contextual name counts (the context rule)
 * A model name with a brand right before it ("Xiaomi SU7", "小米YU7", "샤오미 SU7") or an unambiguous variant
 * ("SU7 Ultra", "SU7 Max") always counts. A bare "SU7", "YU7", "YU9", "MS11", "MX11", "YU Seven" counts only
 * if, within `context.window` characters on either side (in practice the block or passage it sits in, since
 * the content script passes one block at a time), there is a word from one of its `near` cue lists — about
 * Xiaomi ("Xiaomi", "小米", "Lei Jun"…), about cars in any language ("car", "voiture", "sedan", "电动",
 * "전기차", "Tesla"…) or another model name — and no word from its `notNear` lists ("Sukhoi", "fighter",
 * "Microsoft", "bulletin"…). Negative cues win over positive ones: a passage that names the Sukhoi is not
 * trusted for a bare "SU7". Codenames are stricter: "Modena" and "Kunlun" need Xiaomi or a model name nearby
 * and no Ferrari/city/platform (Modena) or Baidu/chips/mountains (Kunlun) words. Which names need which
 * lists is data (`LexiconEntity.contextual`), and so are the cue words (`Lexicon.context.cues`).
 * The caller may pass extra text about the page (`findMentions(text, { context })`: title, headline,
 * neighbouring paragraphs). It is consulted only when the name's own window holds no cue of the rule at all,
 * positive or negative; then a positive cue there and no negative one make the name count. Without it the
 * result depends on the text alone.
 *
 * Spans: particles and suffixes stay outside ("SU7가", "YU7s", "シャオミのSU7" → "SU7"); descriptive phrases
 * include their own particles ("シャオミのEV", "샤오미의 첫 전기차"); German compounds with a car noun are one
 * xiaomi-ev span ("Xiaomi-Limousine", "Xiaomi-Elektroauto"). Where a phrase starts is data: see the
 * labelling conventions at the top of `src/data/lexicon.ts`.
 *
 * Complexity (n = text length, k = anchor hits, L = longest pattern, W = context window)
 * - `mayContain`: one pass; at each anchor's first character, a walk of at most an anchor's length.
 * - `findMentions`: O(n) for the anchor pass; O(k · L) folded characters matched, each start position
 *   walking at most L DFA steps (one map lookup each); context, only for contextual candidates, folds and
 *   searches at most the window around them (O(W) per window, each cue list once). Merged windows never
 *   exceed n, so the whole is linear in the text. No backtracking regex runs over the full text.
 */
import type { FindOptions, Lexicon, Matcher, Mention } from './types';
import { compileAnchorFinder } from './anchor-at';
import type { Candidate } from './nfa';
import { normalize } from './normalize';
import { endOk, startOk } from './boundaries';
import { compile, type Compiled } from './compile';
import type { LexiconTables } from './table-automaton';
import { Window, safeEnd, safeStart, type ContextCache } from './window';

/**
 * The folded position of the character at original offset `at`: the first folded character that comes from `at` or
 * later (`start` ascends). An anchor starts with a letter, which folds to at least one character of its own.
 */
function foldedAt(start: Int32Array, at: number): number {
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `tables`: the build's determinised automata for this same lexicon (lib/detect.ts), read instead of built. */
export function compileMatcher(lexicon: Lexicon, tables?: LexiconTables): Matcher {
  // The anchors are found by walking their trie (anchor-at.ts), as the joiner-aware anchor regex would find them:
  // building that regex's 9 KB source and compiling it took ~1-1.5 ms of card.js's evaluation in Chromium.
  const nextAnchor = compileAnchorFinder(lexicon.anchors);
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
      if (c.accept.rule >= 0 && !w.contextOk(c.accept.rule, w.n.start[s] ?? 0, w.n.end[c.end - 1] ?? 0)) continue;
      return c;
    }
    return undefined;
  }

  /**
   * Model precedence: the folded position inside the phrase [s, e) where a model name starts that runs past
   * `e` ("coche eléctrico [Xiaomi SU7]", "berline électrique [Xiaomi SU7 Ultra]"), or -1. The phrase is then
   * dropped and the scan resumes at the model name, whose span takes the brand.
   */
  function yieldsTo(w: Window, s: number, e: number): number {
    const t = w.n.text;
    const a = (compiled as Compiled).automaton;
    for (let p = s + 1; p < e; p++) {
      if (!a.canStart(t, p) || !startOk(t, p, w.orig)) continue;
      const inner = best(w, p, a.matchesAt(t, p).filter((c) => c.end > e && c.accept.model));
      if (inner) return p;
    }
    return -1;
  }

  /**
   * Scans the window [from, to) of `src`, which holds the anchors starting at `anchors` (original offsets, ascending:
   * those findMentions found, which are where the folded anchors start too, so they are not searched for again).
   */
  function scanWindow(src: string, from: number, to: number, anchors: number[], out: Mention[], shared: ContextCache): void {
    const c = compiled as Compiled;
    const w = new Window(src, from, to, normalize(src, from, to), c, shared);
    const t = w.n.text;
    // Only positions up to `reach` before a folded anchor can start a match: scan those ranges, in order.
    let s = 0;
    for (const anchor of anchors) {
      const a = foldedAt(w.n.start, anchor);
      // An anchor inside the last match is passed over, as a search for the next anchor from its end would.
      if (a < s) continue;
      s = Math.max(s, a - c.reach);
      while (s <= a) {
        if (!c.automaton.canStart(t, s) || !startOk(t, s, w.orig)) {
          s++;
          continue;
        }
        const hit = best(w, s, c.automaton.matchesAt(t, s));
        if (!hit) {
          s++;
          continue;
        }
        const inner = hit.accept.model ? -1 : yieldsTo(w, s, hit.end);
        if (inner >= 0) {
          s = inner;
          continue;
        }
        const start = w.n.start[s] ?? 0;
        const end = w.n.end[hit.end - 1] ?? start;
        out.push({ start, end, entity: hit.accept.entity, surface: src.slice(start, end) });
        s = hit.end;
      }
    }
  }

  return {
    mayContain(text: string): boolean {
      return nextAnchor(text, 0) !== null;
    },
    findMentions(text: string, options?: FindOptions): Mention[] {
      const out: Mention[] = [];
      let m = nextAnchor(text, 0);
      if (!m) return out;
      compiled ??= compile(lexicon, tables);
      const pad = compiled.pad;
      const shared: ContextCache = { extra: options?.context || undefined };
      // Merge anchor windows, then scan each merged window once.
      let winStart = Math.max(0, m.index - pad);
      let winEnd = Math.min(text.length, m.end + pad);
      let anchors = [m.index];
      for (m = nextAnchor(text, m.end); m; m = nextAnchor(text, m.end)) {
        const a = Math.max(0, m.index - pad);
        const b = Math.min(text.length, m.end + pad);
        if (a <= winEnd) winEnd = Math.max(winEnd, b);
        else {
          scanWindow(text, safeStart(text, winStart), safeEnd(text, winEnd), anchors, out, shared);
          winStart = a;
          winEnd = b;
          anchors = [];
        }
        anchors.push(m.index);
      }
      scanWindow(text, safeStart(text, winStart), safeEnd(text, winEnd), anchors, out, shared);
      return out;
    },
  };
}
