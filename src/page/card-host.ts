/**
 * The hover card's home in the page: a `popover="manual"` element in the top layer (no z-index or overflow
 * clipping) holding a closed shadow root (pages cannot restyle or read what we show), styled with an
 * adopted sheet (applies under a strict page CSP). Appended to <html>, outside <body>, only on first use.
 */
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from '../ui/styles';
import { HOST_TAG, type CardSurface, type Place } from './extras-contract';
import { pageTheme } from './page-theme';

declare const __XEV_OPEN_SHADOW__: boolean;

/** The host uses a custom tag (HOST_TAG): page rules written for `div` or `span` never match it. */
export class CardHost implements CardSurface {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  isHost(node: Node | null): boolean {
    return node !== null && node === this.host;
  }

  /** The host element, when it exists (for "pointer on the card" checks). */
  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return !!this.host?.matches(':popover-open');
  }

  private ensure(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.host;
    const host = document.createElement(HOST_TAG);
    host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: __XEV_OPEN_SHADOW__ ? 'open' : 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    const mount = document.createElement('div');
    mount.className = 'xev-root';
    root.append(mount);
    // Listen inside the shadow root: the page only ever sees the host as the event target.
    root.addEventListener('click', this.onClick as EventListener);
    document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    this.root = root;
    return host;
  }

  /** Renders `content` and opens the card at viewport position (left, top). */
  show(content: ComponentChild, place: Place): void {
    const host = this.ensure();
    const theme = pageTheme(document);
    if (theme) host.setAttribute('data-xev-theme', theme);
    else host.removeAttribute('data-xev-theme');
    render(content, this.mount!);
    if (!this.isOpen) host.showPopover();
    this.place(place);
  }

  /** Re-places the open card (after scroll or resize) from the live position of its mention. */
  place(place: Place): void {
    const host = this.host;
    if (!host || !this.isOpen) return;
    const { width, height } = host.getBoundingClientRect();
    const p = place({ width, height });
    host.style.setProperty('left', `${p.left}px`, 'important');
    host.style.setProperty('top', `${p.top}px`, 'important');
    host.style.setProperty('max-height', `${Math.max(120, p.maxHeight)}px`, 'important');
  }

  /**
   * Links to extension pages cannot be followed from a web page; a click on `href` runs `open` instead
   * (the background opens the page in a tab).
   */
  onLinkTo(href: string, open: () => void): void {
    this.openLink = { href, open };
  }

  private openLink: { href: string; open: () => void } | null = null;

  private onClick = (e: MouseEvent): void => {
    const anchor = (e.composedPath().find((n) => n instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined) ?? null;
    if (!anchor || !this.openLink || anchor.href !== this.openLink.href) return;
    e.preventDefault();
    this.openLink.open();
  };

  focus(): void {
    const dialog = this.mount?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog || !this.isOpen) return;
    dialog.tabIndex = -1;
    dialog.focus({ preventScroll: true });
  }

  /** Takes focus out of the card (Escape with nothing to go back to: the page's body cannot take focus). */
  blur(): void {
    (this.root?.activeElement as HTMLElement | null)?.blur();
  }

  hide(): void {
    if (this.isOpen) this.host!.hidePopover();
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
