/**
 * Paints highlights inside the page's shadow roots where the browser needs help. Chromium carries the
 * document's `::highlight()` style into shadow trees (highlight inheritance from the host); Firefox 153 does
 * not, and the hostile end-to-end suite sees it in the pixels. There, a shadow root holding a mention gets one
 * constructed style sheet with the highlight rules appended to its `adoptedStyleSheets`: no element is ever
 * inserted, but it is state the page can observe (its array is one longer), so only roots with a mention get
 * it, and teardown takes it out again. A page that later replaces the array drops our sheet; the next scan of
 * that root adds it back. Firefox still paints nothing on text directly under a root (no element of the root
 * around it), whatever the sheet says (`:host::highlight()` rules were tried): counted and hoverable only.
 */
import { HIGHLIGHT_CSS } from './highlight-css';

export class ShadowPaint {
  private sheet: CSSStyleSheet | null = null;
  private readonly roots = new Set<ShadowRoot>();

  /** Makes sure `root` paints our highlights. */
  add(root: ShadowRoot): void {
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(HIGHLIGHT_CSS);
      }
      // A fresh array of the root's own sheets plus ours (the page's array is read across Firefox's Xray wrapper).
      const sheets = Array.from(root.adoptedStyleSheets);
      if (sheets.includes(this.sheet)) return;
      root.adoptedStyleSheets = [...sheets, this.sheet];
      this.roots.add(root);
    } catch {
      // A page that froze or trapped its roots' sheets: the mention is still counted and hoverable, unpainted.
    }
  }

  /** Takes our sheet out of every root it went into. */
  clear(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = Array.from(root.adoptedStyleSheets).filter((s) => s !== this.sheet);
      } catch {
        // as above
      }
    }
    this.roots.clear();
  }
}
