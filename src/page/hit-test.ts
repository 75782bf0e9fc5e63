/**
 * Finds the highlighted mention under a point without any element of ours in the page: the caret position
 * under the pointer gives a Text node, the registry gives that node's mentions, and the mention's client
 * rects confirm it (past the end of a line the caret APIs still return the line's last text node).
 */
import type { Hit, HighlightRegistry } from './highlights';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The text node under the point. Caret positions inside a shadow tree are retargeted to its host unless the
 * root is passed in `shadowRoots` (Chromium 128+; Firefox takes it too, checked in 153). A browser without
 * the option ignores it, and hover then works on the document's own text only.
 */
function nodeAtPoint(doc: CaretDoc, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    return (shadowRoots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y))?.offsetNode ?? null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

/** Client rects of a range contain the point (1 px of slack for sub-pixel glyph edges). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export function hitAtPoint(doc: Document, registry: HighlightRegistry, x: number, y: number, shadowRoots: ShadowRoot[] = []): Hit | null {
  const node = nodeAtPoint(doc as CaretDoc, x, y, shadowRoots);
  if (!node) return null;
  for (const hit of registry.hitsAt(node)) {
    if (rangeContainsPoint(hit.range, x, y)) return hit;
  }
  return null;
}
