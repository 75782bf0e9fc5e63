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

/** The highlighted ranges' texts in document order (0 is Range.START_TO_START). */
export function hlTexts(): string[] {
  const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('xev-mention');
  if (!hl) return [];
  return [...hl].sort((a, b) => a.compareBoundaryPoints(0, b)).map((r) => r.toString());
}

/** Scrolls the n-th highlighted range with `text` into view; its box and a point inside it. */
export function mentionBox({ text, nth }: { text: string; nth: number }): (Box & { x: number; y: number }) | null {
  const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('xev-mention');
  const ranges = [...(hl ?? [])].filter((r) => r.toString() === text).sort((a, b) => a.compareBoundaryPoints(0, b));
  const range = ranges[nth];
  if (!range) return null;
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height, x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
}

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
