/**
 * Finds the page's open shadow roots, so their text is scanned like the document's. TreeWalkers and
 * MutationObservers stop at shadow boundaries, and reading `.shadowRoot` on every element is expensive in a
 * content script (a wrapper per element), so hosts are found with one native `querySelectorAll` whose
 * selector excludes every standard HTML element name: only custom elements match, and web components are
 * where pages put shadow roots. Measured in Chromium's isolated world on a 40,000-element page: about 4 ms,
 * against 15–25 ms for a SHOW_ELEMENT walk reading `.shadowRoot` and 25–40 ms for getElementsByTagName('*')
 * with a hyphen test (every element gets a wrapper).
 *
 * Not covered: shadow roots attached to standard elements (`div`, `span`, `article`… may host one too),
 * custom elements inside SVG or MathML, and closed roots (their owner keeps them private; they stay so).
 * A custom element whose root comes later (defined late, or attaching on demand) is checked again on every
 * mutation batch and on a backing-off timer (from 0.25 s to about 16 s after it was seen; attaching a root makes no
 * mutation record), up to MAX_WAITING such elements. A discovery pass costs about 2.6 ms on the benchmark's
 * 20,000-element page 3 in Chromium (the bare traversal under it: 0.8 ms; a SHOW_TEXT walk of that page: 12 ms).
 */
import { isShadowRoot } from './trees';
import { HOST_TAG } from './extras-contract';

/**
 * Standard element names, the most frequent first (most elements then match an early entry). Unknown
 * names that slip through cost a wrapper each and are then dropped by the hyphen test below: only a valid
 * custom element name (it has a hyphen) or a listed standard element can host a shadow root.
 */
const STANDARD =
  'div,span,p,a,li,td,tr,img,br,i,b,em,strong,ul,ol,section,article,header,footer,nav,main,aside,h1,h2,h3,h4,' +
  'h5,h6,button,input,label,form,select,option,script,style,link,meta,noscript,template,iframe,svg,picture,' +
  'source,figure,figcaption,time,small,sup,sub,hr,blockquote,q,cite,code,pre,table,tbody,thead,tfoot,th,' +
  'caption,col,colgroup,dl,dt,dd,details,summary,dialog,fieldset,legend,textarea,optgroup,video,audio,track,' +
  'canvas,map,area,embed,object,param,kbd,samp,var,abbr,dfn,mark,s,u,del,ins,bdi,bdo,ruby,rt,rp,data,wbr,' +
  'address,hgroup,search,menu,meter,progress,output,datalist,slot,html,head,body,title,base,center,font,nobr,' +
  'tt,strike,big,marquee,frame,frameset,noframes,acronym,dir,math';

/** The host selector, its standard names in this order: custom elements, not in SVG or MathML, not our card's host. */
const hostSelector = (names: readonly string[]) => `:not(${names.join(',')},${HOST_TAG}):not(svg *,math *)`;

const STANDARD_NAMES = STANDARD.split(',');

/** Elements that may be custom elements: not standard, not inside SVG or MathML, not our own card's host. */
export const HOST_CANDIDATES = hostSelector(STANDARD_NAMES);

/** How many elements, from the top of the page, tell which standard names it uses most. */
const SAMPLE = 256;
/** NodeFilter.SHOW_ELEMENT, by value: no global needed where the document comes from elsewhere (tests). */
const SHOW_ELEMENT = 1;

/**
 * HOST_CANDIDATES with the standard names the first SAMPLE elements of `scope` use most put first. Why: `:not()`
 * compares each element with the names in turn until one matches, so every element pays for its name's place in the
 * list. In Chromium's content-script world, discovery took 10.5 ms on the benchmark's 100,000-cell table with "td"
 * 6th (14.5 ms with it 10th) and 4.4 ms with it first; on the 5 MB news page (p, a, b, em: 3rd to 12th) 2.7 ms,
 * and 1.4 ms in the page's own order. Reading the sample costs about 0.1 ms (once the world's DOM bindings are warm:
 * the scan walks the DOM anyway). The names, and so the elements found, stay the same.
 */
export function hostCandidatesFor(scope: Element): string {
  const doc = scope.ownerDocument;
  const counts = new Map<string, number>();
  const walker = doc.createTreeWalker(scope, SHOW_ELEMENT);
  for (let i = 0; i < SAMPLE; i++) {
    const el = walker.nextNode() as Element | null;
    if (!el) break;
    counts.set(el.localName, (counts.get(el.localName) ?? 0) + 1);
  }
  // A stable sort: names the sample holds as often keep the static order (most frequent on the web first).
  const rank = (name: string) => -(counts.get(name) ?? 0);
  return hostSelector([...STANDARD_NAMES].sort((a, b) => rank(a) - rank(b)));
}

/** Delays of the re-checks of custom elements without an open root yet (ms, each after the previous). */
const RECHECK_MS = [250, 500, 1000, 2000, 4000, 8000];
/**
 * At most this many are re-checked: pages built of thousands of root-less custom elements (design systems
 * used as plain containers) would otherwise make every mutation batch read thousands of `.shadowRoot`s.
 */
const MAX_WAITING = 2000;

export interface ShadowRootFinderOptions {
  /** A newly found open root (nested ones are found and reported after their outer root). */
  onRoot(root: ShadowRoot): void;
  /** A root whose host left the page. */
  onGone(root: ShadowRoot): void;
}

export class ShadowRootFinder {
  /** Open roots we follow, by host. */
  private readonly known = new Map<Element, ShadowRoot>();
  /** Custom elements seen without an open root: it may come later. */
  private readonly waiting = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private step = 0;

  constructor(private readonly o: ShadowRootFinderOptions) {}

  /** The open roots followed now (hover's hit-testing needs them to see into shadow trees). */
  roots(): ShadowRoot[] {
    return [...this.known.values()];
  }

  /** The host selector, ordered for this page at the first discovery under an element (the body: main.ts). */
  private selector: string | null = null;

  /** Looks for hosts in `scope` and its subtree (an added element, the body, or a root). */
  discover(scope: Element | ShadowRoot): void {
    const selector = isShadowRoot(scope) ? (this.selector ?? HOST_CANDIDATES) : (this.selector ??= hostCandidatesFor(scope));
    if (!isShadowRoot(scope) && scope.matches(selector)) this.consider(scope);
    for (const el of scope.querySelectorAll(selector)) this.consider(el);
  }

  private consider(el: Element): void {
    if (this.known.has(el) || !el.localName.includes('-')) return;
    const root = el.shadowRoot; // null when closed or not attached (yet)
    if (!root) {
      if (!this.waiting.has(el) && this.waiting.size < MAX_WAITING) {
        this.waiting.add(el);
        this.step = 0;
        this.schedule();
      }
      return;
    }
    this.waiting.delete(el);
    this.known.set(el, root);
    this.o.onRoot(root);
    this.discover(root);
  }

  /** After a batch of page changes: forgets hosts that left the page and looks again at the waiting ones. */
  refresh(): void {
    for (const [host, root] of this.known) {
      if (!host.isConnected) {
        this.known.delete(host);
        this.o.onGone(root);
      }
    }
    for (const el of this.waiting) {
      if (!el.isConnected) this.waiting.delete(el);
      else if (el.shadowRoot) this.consider(el);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const ms = RECHECK_MS[this.step];
    if (ms === undefined || !this.waiting.size) return;
    this.timer = setTimeout(() => {
      this.step++;
      this.refresh();
      this.schedule();
    }, ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.known.clear();
    this.waiting.clear();
  }
}
