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
    if (this.highlight && name) CSS.highlights.set(name, this.highlight);
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
    if (!this.highlight || !this.name) return;
    if (visible) CSS.highlights.set(this.name, this.highlight);
    else if (CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
  }

  clear(): void {
    this.hits.clear();
    this.byNode.clear();
    this.highlight?.clear();
    // A newer instance (after an extension update, or a restart) may own the name by now: remove only our own.
    if (this.highlight && CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
  }
}
