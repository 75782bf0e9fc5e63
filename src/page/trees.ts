/**
 * Small helpers for the page's node trees: the document's and the page's own open shadow roots. Text inside a
 * shadow root lives in a separate tree: `parentElement` is null at its top level, `closest()` stops at the
 * root, and Range comparisons throw across trees, so the code that walks, groups and sorts text asks here.
 */

/** A block of text: an element, or the top level of a shadow root (text and inline markup directly under it). */
export type Block = Element | ShadowRoot;

/**
 * True for a ShadowRoot. By `host`, not `instanceof`: a plain DocumentFragment has no host, and the check
 * works the same in jsdom and across Firefox's Xray wrappers.
 */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === 11 && !!(node as ShadowRoot).host;
}

/** The shadow root `node` is in, or null in the document's own tree. */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return isShadowRoot(root) ? root : null;
}

/** The element that stands for a block on screen: the block itself, or a shadow root's host. */
export function blockElement(block: Block): Element {
  return isShadowRoot(block) ? block.host : block;
}

/** A node's parent element or, at a shadow root's top level (where parentElement is null), the root itself. */
export function parentInTree(node: Node): Element | ShadowRoot | null {
  return node.parentElement ?? (isShadowRoot(node.parentNode) ? node.parentNode : null);
}

/** The element a Text node sits in; at a shadow root's top level, the root's host. */
export function elementAround(node: Node): Element | null {
  const parent = parentInTree(node);
  return isShadowRoot(parent) ? parent.host : parent;
}
