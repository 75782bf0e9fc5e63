/**
 * The registry of highlighted mentions: one CSS Custom Highlight ("xev-mention") holding a Range per mention.
 * The page's DOM is never modified; removing everything is one call. Also indexes mentions by Text node so
 * hover hit-testing is a map lookup.
 */
import type { Mention } from '../detect/types';
import { locate, type TextRun } from './text-blocks';
import { sortComposed } from './composed-order';
import { shadowRootOf, type Block } from './trees';

export const HIGHLIGHT_NAME = 'xev-mention';

export interface Hit {
  range: Range;
  entity: string;
  surface: string;
  block: Block;
  /** Every Text node the range touches (a mention may straddle inline elements). */
  nodes: Text[];
}

export class HighlightRegistry {
  private readonly highlight: Highlight | null;
  private readonly hits = new Set<Hit>();
  private readonly byNode = new Map<Text, Hit[]>();
  /**
   * `name`: the highlight name, one per highlight style, each with its own look in highlight-css.ts; '' paints
   * nothing (the badge and popup still count). A style change restarts the content script with a new registry.
   * `onShadowHit`: told about every painted mention inside a shadow root (shadow-paint.ts, Firefox).
   */
  constructor(
    private readonly name = HIGHLIGHT_NAME,
    private readonly onShadowHit?: (root: ShadowRoot) => void,
  ) {
    // Pages without the API (old browsers) still get the badge and popup; only the paint is missing.
    this.highlight = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights ? new Highlight() : null;
  }

  /** Whether the user shows the paint (the "toggle highlights" command). */
  private shown = true;
  /** Whether we put our highlight in the page's registry (a newer instance may have replaced it since). */
  private registered = false;

  /**
   * Registers the highlight at the first mention, not at start: most pages never hold one, and registering makes the
   * browser schedule a rendering update that re-checks its highlight markers (Blink's HighlightRegistry), besides
   * 0.2-0.3 ms in our task on the 5 MB page in Chromium.
   */
  private register(): void {
    if (!this.highlight || !this.name || !this.shown || this.registered) return;
    CSS.highlights.set(this.name, this.highlight);
    this.registered = true;
  }

  /** Takes our highlight out of the page's registry, if it is still ours there. */
  private unregister(): void {
    if (this.registered && this.highlight && CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
    this.registered = false;
  }

  /** Highlights the mentions found in one run of text. */
  add(run: TextRun, mentions: Mention[]): void {
    for (const m of mentions) {
      const from = locate(run, m.start, false);
      const to = locate(run, m.end, true);
      const range = new Range();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const nodes = run.nodes.slice(run.nodes.indexOf(from.node), run.nodes.indexOf(to.node) + 1);
      const hit: Hit = { range, entity: m.entity, surface: m.surface, block: run.block, nodes };
      this.hits.add(hit);
      this.highlight?.add(range);
      if (this.onShadowHit && this.name) {
        const root = shadowRootOf(from.node);
        if (root) this.onShadowHit(root);
      }
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(hit);
        else this.byNode.set(node, [hit]);
      }
      this.register();
    }
  }

  /** Drops every hit inside `root` (inclusive) and every hit whose text left the document. */
  removeWithin(root: Node | null): void {
    for (const hit of this.hits) {
      const gone = hit.nodes.some((n) => !n.isConnected);
      if (gone || (root && (root.contains(hit.nodes[0]!) || root.contains(hit.block)))) {
        this.delete(hit);
      }
    }
  }

  /** Drops hits whose text changed under them (a live blog rewriting a node in place). */
  removeForNode(node: Text): void {
    for (const hit of this.byNode.get(node) ?? []) this.delete(hit);
  }

  private delete(hit: Hit): void {
    this.hits.delete(hit);
    this.highlight?.delete(hit.range);
    for (const node of hit.nodes) {
      const rest = (this.byNode.get(node) ?? []).filter((h) => h !== hit);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  hitsAt(node: Node): readonly Hit[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /** All hits in composed tree order (the page's open shadow roots included, at their hosts). */
  all(): Hit[] {
    return sortComposed(this.hits);
  }

  counts(): { counts: Record<string, number>; total: number } {
    const counts: Record<string, number> = {};
    for (const hit of this.hits) counts[hit.entity] = (counts[hit.entity] ?? 0) + 1;
    return { counts, total: this.hits.size };
  }

  /** Hides or shows the paint only; mentions, hover and counts stay (the "toggle highlights" command). */
  setVisible(visible: boolean): void {
    this.shown = visible;
    if (!visible) this.unregister();
    else if (this.hits.size) this.register();
  }

  clear(): void {
    this.hits.clear();
    this.byNode.clear();
    this.highlight?.clear();
    // A newer instance (after an extension update, or a restart) may own the name by now: remove only our own.
    this.unregister();
  }
}
