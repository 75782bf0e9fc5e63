/**
 * Wires pointer, keyboard and scroll events to hover intent and the card. One hit test per animation frame
 * at most; no listener does work unless a mention or the card is involved.
 */
import type { Hit, HighlightRegistry } from './highlights';
import { hitAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import { placeCard } from './card-position';
import type { CardSurface } from './extras-contract';
import { blockElement, elementAround } from './trees';

export interface HoverOptions {
  registry: HighlightRegistry;
  card: CardSurface;
  /** Renders the card for a hit; resolves false when the card should not open (e.g. no data). */
  render(hit: Hit): Promise<boolean>;
  /** Starts what `render` will need, when the pointer comes to rest on a hit (its intent delay hides the wait). */
  prepare?(hit: Hit): void;
  showDelayMs?: number;
  hideDelayMs?: number;
  /**
   * Open cards only while Alt is held during the pointer's move (a card already open stays while the pointer
   * is on it). Pressing Alt without moving does nothing: not worth a key listener in the 30 KB bundle.
   */
  requireAlt?: boolean;
  /** The page's open shadow roots we scan: hit-testing looks into them. */
  shadowRoots?: () => ShadowRoot[];
}

export class HoverController {
  private readonly intent: HoverIntent<Hit>;
  private lastX = -1;
  private lastY = -1;
  private frame = 0;
  private showToken = 0;
  private alt = false;
  /** Set when the keyboard opened the card: focus goes into it, and back here on Escape. */
  private returnFocus: Element | null = null;
  private focusOnShow = false;
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];

  constructor(private readonly o: HoverOptions) {
    this.intent = new HoverIntent<Hit>({
      showDelayMs: o.showDelayMs ?? 400,
      hideDelayMs: o.hideDelayMs ?? 300,
      show: (hit) => void this.show(hit),
      prepare: (hit) => o.prepare?.(hit),
      hide: () => {
        this.showToken++;
        o.card.hide();
      },
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    this.on(window, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true, capture: true });
    this.on(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    this.on(window, 'resize', () => this.onScroll(), { passive: true });
    this.on(window, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    this.on(document.documentElement, 'pointerleave', () => this.evaluate(-1, -1), { passive: true });
  }

  private on(target: EventTarget, type: string, fn: EventListener, opts: AddEventListenerOptions): void {
    target.addEventListener(type, fn, opts);
    this.listeners.push([target, type, fn, opts]);
  }

  private onPointer(e: PointerEvent): void {
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    this.alt = e.altKey;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.evaluate(this.lastX, this.lastY);
    });
  }

  private evaluate(x: number, y: number): void {
    if (x < 0) {
      this.intent.update(null, false);
      return;
    }
    const host = this.o.card.element;
    // A card with focus inside stays open wherever the pointer goes (WCAG 1.4.13: persistent).
    const overCard = !!host && this.o.card.isOpen && (document.elementFromPoint(x, y) === host || document.activeElement === host);
    let hit = overCard ? null : this.hitAt(x, y);
    if (this.o.requireAlt && !this.alt && hit !== this.intent.current) hit = null;
    this.intent.update(hit, overCard);
  }

  private hitAt(x: number, y: number): Hit | null {
    return hitAtPoint(document, this.o.registry, x, y, this.o.shadowRoots?.() ?? []);
  }

  private onScroll(): void {
    const shown = this.intent.current;
    if (!shown) return;
    if (!shown.range.startContainer.isConnected) {
      this.intent.close();
      return;
    }
    this.place(shown);
    // No pointermove fires while the page scrolls under a resting pointer: test again where it is.
    if (this.lastX >= 0) this.evaluate(this.lastX, this.lastY);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.intent.current) return;
    const focusInCard = document.activeElement === this.o.card.element;
    const under = this.lastX >= 0 ? this.hitAt(this.lastX, this.lastY) : null;
    this.intent.dismiss(under);
    // Escape returns focus to where the keyboard user was before the card took it.
    const back = this.returnFocus;
    this.returnFocus = null;
    if (!focusInCard) return;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    // Nothing focusable to go back to (the page's body): leave no focus behind in the hidden card.
    if (document.activeElement === this.o.card.element) this.o.card.blur();
  }

  /** Keyboard navigation: scroll to a mention, open its card at once and move focus into it. */
  openFor(hit: Hit): void {
    const el = elementAround(hit.range.startContainer);
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (document.activeElement !== this.o.card.element) this.returnFocus = document.activeElement;
    this.focusOnShow = true;
    this.intent.open(hit);
  }

  private async show(hit: Hit): Promise<void> {
    const token = ++this.showToken;
    const ok = await this.o.render(hit);
    // A newer show or a hide happened while the facts were on their way: drop this one.
    if (!ok || token !== this.showToken) return;
    this.place(hit);
    if (this.focusOnShow) this.o.card.focus();
    this.focusOnShow = false;
  }

  private place(hit: Hit): void {
    // The bounding box covers every line of a mention that wraps, so the card never sits on its second line.
    const r = hit.range.getBoundingClientRect();
    const rtl = getComputedStyle(blockElement(hit.block)).direction === 'rtl';
    this.o.card.place((size) =>
      placeCard({ left: r.left, top: r.top, width: r.width, height: r.height }, size,
        { width: document.documentElement.clientWidth, height: window.innerHeight }, rtl));
  }

  /** The card is closing for a reason outside hover (e.g. the mention left the page). */
  close(): void {
    this.intent.close();
  }

  destroy(): void {
    for (const [t, type, fn, opts] of this.listeners) t.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.intent.close();
  }
}
