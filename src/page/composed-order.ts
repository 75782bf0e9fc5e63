/**
 * Sorts Ranges that may lie in different trees (the document and the page's open shadow roots) in composed
 * tree order. `Range.compareBoundaryPoints` throws a WrongDocumentError for ranges in different trees, so
 * each start point is lifted to the tree the two share: a point inside a shadow root counts as lying at its
 * host, just before the host's own children (what the reader sees first is the shadow content, which is where
 * the flat tree puts it unless slots reorder it).
 */
import { isShadowRoot } from './trees';

/** A boundary point, or a host standing for everything in its shadow root (offset -1). */
type Point = readonly [node: Node, offset: number];

/** The start point's chain from the document's tree down to its own tree: hosts first, the point last. */
export function composedPath(range: Range): Point[] {
  const chain: Point[] = [[range.startContainer, range.startOffset]];
  for (let root = range.startContainer.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    chain.unshift([root.host, -1]);
  }
  return chain;
}

function rangeAt([node, offset]: Point): Range {
  const r = new Range();
  if (offset < 0) r.setStartBefore(node);
  else r.setStart(node, offset);
  return r;
}

/** Negative when path `a` comes first in composed tree order, positive when `b` does, 0 when they coincide. */
export function compareComposed(a: readonly Point[], b: readonly Point[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const [na, oa] = a[i]!;
    const [nb, ob] = b[i]!;
    if (na === nb && oa === ob) {
      if (oa < 0) continue; // the same host: compare inside its shadow root
      return 0;
    }
    // Both points are in one tree here (the levels above matched), so the Range API may compare them.
    const order = rangeAt(a[i]!).compareBoundaryPoints(Range.START_TO_START, rangeAt(b[i]!));
    if (order !== 0) return order;
    // The same place, but one is a host standing for its shadow content, which comes just after that place.
    return oa < 0 ? 1 : -1;
  }
  return 0;
}

/** `items` sorted by their ranges' starts in composed tree order (a new array). */
export function sortComposed<T extends { range: Range }>(items: Iterable<T>): T[] {
  return [...items]
    .map((item) => ({ item, path: composedPath(item.range) }))
    .sort((x, y) => compareComposed(x.path, y.path))
    .map((x) => x.item);
}
