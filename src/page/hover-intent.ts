/**
 * Hover intent for mention cards (DESIGN.md decision 2): show after the pointer rests on a mention, hide a
 * grace period after it leaves both the mention and the card. Pure timing logic over an abstract "what is
 * under the pointer", so it is unit-tested without a browser.
 *
 * - The hide timer only hides: it never cancels a pending show for another mention.
 * - After Escape, that mention's card stays shut until the pointer leaves it.
 * - A card shown for one mention is replaced when the pointer rests on another.
 */
export interface IntentOptions<T> {
  showDelayMs: number;
  hideDelayMs: number;
  show(target: T): void;
  /**
   * The pointer came to rest on `target` and its show delay started: work the card will need (the background's
   * answer) can start now, and be done by the time the delay ends.
   */
  prepare?(target: T): void;
  hide(): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export class HoverIntent<T> {
  private shown: T | null = null;
  private pending: T | null = null;
  private showTimer: unknown = null;
  private hideTimer: unknown = null;
  private suppressed: T | null = null;

  constructor(private readonly o: IntentOptions<T>) {}

  get current(): T | null {
    return this.shown;
  }

  /** Called whenever what lies under the pointer may have changed. */
  update(over: T | null, overCard: boolean): void {
    if (this.suppressed !== null && over !== this.suppressed) this.suppressed = null;

    if (over !== null && over !== this.shown && over !== this.suppressed) {
      if (over !== this.pending) {
        this.cancelShow();
        this.pending = over;
        this.showTimer = this.o.setTimer(() => this.fireShow(), this.o.showDelayMs);
        this.o.prepare?.(over);
      }
    } else if (over === null || over === this.shown) {
      this.cancelShow();
    }

    if (this.shown === null) return;
    if (over === this.shown || overCard) this.cancelHide();
    else if (this.hideTimer === null) {
      this.hideTimer = this.o.setTimer(() => {
        this.hideTimer = null;
        this.close();
      }, this.o.hideDelayMs);
    }
  }

  /** Opens at once (keyboard navigation). */
  open(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.suppressed = null;
    this.shown = target;
    this.o.show(target);
  }

  /** Escape: close, and keep this mention's card shut while the pointer stays on it. */
  dismiss(pointerOver: T | null): void {
    if (this.shown === null) return;
    this.suppressed = pointerOver ?? this.shown;
    this.cancelShow();
    this.cancelHide();
    this.close();
  }

  close(): void {
    if (this.shown === null) return;
    this.shown = null;
    this.o.hide();
  }

  private fireShow(): void {
    this.showTimer = null;
    const target = this.pending;
    this.pending = null;
    if (target === null) return;
    this.cancelHide();
    this.shown = target;
    this.o.show(target);
  }

  private cancelShow(): void {
    if (this.showTimer !== null) this.o.clearTimer(this.showTimer);
    this.showTimer = null;
    this.pending = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.o.clearTimer(this.hideTimer);
    this.hideTimer = null;
  }
}
