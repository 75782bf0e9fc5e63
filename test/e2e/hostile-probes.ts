/**
 * Functions that run inside test pages (serialised by the driver, so each is self-contained). They avoid the
 * globals and prototype methods the sabotage fixture (prototypes.html) breaks in the page's world:
 * `Range`, `Range.prototype.getClientRects`, `Element.prototype.getBoundingClientRect`, `Array.prototype.push`.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The highlighted ranges in document order (0 is Range.START_TO_START). Ranges inside the page's open shadow
 * roots cannot be compared with the Range API (it throws across trees): then they are ordered by a composed
 * pre-order walk, each root's content at its host, before the host's own children. The driver sends each probe
 * to the page on its own, so the probes below carry this function's text inside them (`sorted`).
 */
function sortedRanges(): Range[] {
  const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('xev-mention');
  const ranges = [...(hl ?? [])];
  if (ranges.every((r) => r.startContainer.getRootNode() === document)) return ranges.sort((a, b) => a.compareBoundaryPoints(0, b));
  const order = new WeakMap<Node, number>(); // not Map: the sabotage fixture traps Map.prototype.get
  let n = 0;
  const visit = (node: Node): void => {
    order.set(node, n++);
    const root = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (root) visit(root);
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(document);
  return ranges.sort((a, b) => (order.get(a.startContainer)! - order.get(b.startContainer)!) || a.startOffset - b.startOffset);
}

/** A self-contained page function: `sortedRanges` pasted in front of `body` (which receives `arg`). */
function probe<A, R>(body: string): (arg: A) => R {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test code: builds a function the driver serialises
  return new Function('arg', `const sortedRanges = ${sortedRanges.toString()};\n${body}`) as (arg: A) => R;
}

/** The highlighted ranges' texts in document order. */
export const hlTexts = probe<undefined, string[]>('return sortedRanges().map((r) => r.toString());');

/** Scrolls the n-th highlighted range with `text` into view; its box and a point inside it. */
export const mentionBox = probe<{ text: string; nth: number }, (Box & { x: number; y: number }) | null>(`
  const range = sortedRanges().filter((r) => r.toString() === arg.text)[arg.nth];
  if (!range) return null;
  const node = range.startContainer;
  // Text at a shadow root's top level has no parent element: its host stands in.
  (node.parentElement || node.parentNode.host).scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height, x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
`);

export interface CardView {
  count: number;
  open: boolean;
  text: string;
  box: Box | null;
  /** Computed styles inside the (test-build, open) shadow root: proof the adopted sheet applies. */
  titleFont: string | null;
  hostPosition: string | null;
}

export function cardView(): CardView {
  const hosts = document.querySelectorAll('xev-card');
  const host = hosts[hosts.length - 1] as HTMLElement | undefined;
  if (!host) return { count: 0, open: false, text: '', box: null, titleFont: null, hostPosition: null };
  const open = host.matches(':popover-open');
  const rect = host.getClientRects()[0];
  const title = host.shadowRoot?.querySelector('.xev-card-title');
  const titleStyle = title ? getComputedStyle(title) : null;
  return {
    count: hosts.length,
    open,
    text: host.shadowRoot?.textContent ?? '',
    box: open && rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null,
    titleFont: titleStyle ? `${titleStyle.fontSize} ${titleStyle.fontWeight}` : null,
    hostPosition: getComputedStyle(host).position,
  };
}

export function overlap(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
