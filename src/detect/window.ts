/**
 * A stretch of the text being scanned: its folded form for matching, and the context words around it.
 */
import type { Compiled } from './compile';
import { anyIn, cueHits } from './context';
import { normalize, type Normalized } from './normalize';

/** Folded context text and the hits found in it so far, per cue list. */
export interface ContextCache {
  text?: Normalized;
  hits?: number[][];
  /** The caller's extra context (`FindOptions.context`), folded on first need, and its hits per cue list. */
  extra?: string;
  extraText?: string;
  extraHits?: number[][];
}

/**
 * One stretch of the text around anchors, folded for matching. Context words are looked up in a wider
 * stretch (± the context window, in original characters), folded only when a contextual name needs it.
 */
export class Window {
  constructor(
    readonly src: string,
    readonly from: number,
    readonly to: number,
    readonly n: Normalized,
    private readonly c: Compiled,
    /** Context shared by all windows of one call, when the whole text is one context stretch. */
    private readonly shared: ContextCache,
  ) {}
  private own: ContextCache = {};
  orig = (i: number): string | undefined => {
    const at = this.n.start[i];
    return at === undefined ? undefined : this.src[at];
  };
  /** Original offsets of the words of cue list `cue` around this stretch, ascending; searched once. */
  private cueHits(cue: number): number[] {
    const src = this.src;
    const w = this.c.window;
    // A short text (a block, the usual case) is folded once for context, whatever the number of windows.
    const whole = src.length <= 2 * w;
    const cache = whole ? this.shared : this.own;
    if (!cache.text) {
      const from = whole ? 0 : safeStart(src, Math.max(0, this.from - w));
      const to = whole ? src.length : safeEnd(src, Math.min(src.length, this.to + w));
      cache.text = from === this.from && to === this.to ? this.n : normalize(src, from, to);
      cache.hits = [];
    }
    const ctx = cache.text;
    const hits = (cache.hits ??= []);
    return (hits[cue] ??= cueHits(this.c.cue(cue), ctx.text).map((i) => ctx.start[i] ?? 0));
  }
  /** Whether the extra context (`FindOptions.context`) has a word of cue list `cue`; searched once per list. */
  private inExtra(cue: number): boolean {
    const sh = this.shared;
    sh.extraText ??= normalize(sh.extra ?? '').text;
    const hits = (sh.extraHits ??= []);
    return (hits[cue] ??= cueHits(this.c.cue(cue), sh.extraText)).length > 0;
  }
  /**
   * Whether the rule's context holds for the candidate at original offsets [start, end). The window around it
   * decides; only when it holds no cue of the rule at all, positive or negative, does the extra context.
   */
  contextOk(rule: number, start: number, end: number): boolean {
    const r = this.c.rules[rule];
    if (!r) return true;
    const w = this.c.window;
    // A positive cue inside the name itself does not count ("Modena" is a model cue); a negative one does
    // ("昆仑山", the mountains, starts with the codename "昆仑").
    const near = (cue: number) => anyIn(this.cueHits(cue), start - w, end + w, start, end);
    const against = (cue: number) => anyIn(this.cueHits(cue), start - w, end + w, 0, 0);
    if (r.near.some(near)) return !r.notNear.some(against);
    if (!this.shared.extra || r.notNear.some(against)) return false;
    const extra = (cue: number) => this.inExtra(cue);
    return r.near.some(extra) && !r.notNear.some(extra);
  }
}

/** Never cut a surrogate pair in two. */
export function safeStart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}
export function safeEnd(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return i < text.length && c >= 0xd800 && c <= 0xdbff ? i + 1 : i;
}
