/**
 * Follows pages that keep changing (infinite scroll, live blogs, single-page apps): mutation records are
 * batched per animation frame and turned into the smallest subtrees worth rescanning, so the cost follows
 * what changed, not the page's size. A page that mutates without pause gets a slower cadence. The body and
 * each open shadow root we scan get one MutationObserver each (observers do not cross shadow boundaries);
 * they share the batching and the cadence.
 */
import { shadowRootOf } from './trees';

const INLINE_PARENT_LIMIT = 'P,LI,TD,TH,DD,DT,H1,H2,H3,H4,H5,H6,BLOCKQUOTE,FIGCAPTION,ARTICLE,SECTION,DIV,BODY';

/**
 * The nearest element that holds a whole run of text around `node`. In a shadow root, `closest()` stops at
 * the root and text may sit directly under it: then the root itself is the block (its top level is one run).
 */
function enclosingBlock(node: Node): Node | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(INLINE_PARENT_LIMIT) ?? shadowRootOf(node) ?? el;
}

/** Subtrees to rescan for a batch of records; `isOwnUi` filters out our own card. */
export function rootsFor(records: MutationRecord[], isOwnUi: (n: Node) => boolean): Set<Node> {
  const roots = new Set<Node>();
  for (const r of records) {
    if (isOwnUi(r.target)) continue;
    if (r.type === 'characterData') {
      const block = enclosingBlock(r.target);
      if (block) roots.add(block);
      continue;
    }
    for (const added of r.addedNodes) {
      if (isOwnUi(added)) continue;
      // A whole new block (a feed item) is scanned alone; text or inline markup may join its neighbours' text.
      if (added instanceof Element && added.matches(INLINE_PARENT_LIMIT)) roots.add(added);
      else {
        const block = enclosingBlock(r.target);
        if (block) roots.add(block);
      }
    }
    if (r.removedNodes.length) {
      const block = enclosingBlock(r.target);
      if (block) roots.add(block);
    }
  }
  return roots;
}

/** Elements a batch of records added (their subtrees may hold shadow hosts). */
export function addedElements(records: MutationRecord[]): Element[] {
  const out: Element[] = [];
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export interface MutationFollower {
  /** Follows one more tree (an open shadow root), in the same batches. */
  observe(root: Node): void;
  /** Stops following a tree that left the page. */
  unobserve(root: Node): void;
  disconnect(): void;
  /** True while the page mutates so often that we slowed down. */
  readonly throttled: boolean;
  /** Counts the observer's callbacks: a scan in slices compares it to know whether the page changed meanwhile. */
  readonly version: number;
}

/**
 * Batches per frame; while the page mutates more than `burstLimit` times a second, waits `slowMs` between
 * batches. `onRoots` gets the subtrees to rescan and the elements added (for shadow-host discovery).
 */
export function followMutations(
  target: Node,
  isOwnUi: (n: Node) => boolean,
  onRoots: (roots: Set<Node>, added: Element[]) => void,
  { burstLimit = 20, slowMs = 1000 } = {},
): MutationFollower {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let windowStart = 0;
  let batchesInWindow = 0;
  let throttled = false;

  const observers = new Map<Node, MutationObserver>();

  const flush = () => {
    scheduled = false;
    let records = pending;
    for (const o of observers.values()) records = records.concat(o.takeRecords());
    pending = [];
    const roots = rootsFor(records, isOwnUi);
    if (roots.size) onRoots(roots, addedElements(records));
  };

  let version = 0;
  const onRecords = (records: MutationRecord[]) => {
    version++;
    pending.push(...records);
    // The page's rate is measured (observer callbacks a second), not our flushes: counted after the slow-down,
    // our own one flush a second looked calm and flipped us back to every frame, so we only halved the work.
    const now = performance.now();
    if (now - windowStart > 1000) {
      // A window that ended long ago says nothing about now: after a quiet spell, back to every frame.
      throttled = now - windowStart < 2000 && batchesInWindow > burstLimit;
      windowStart = now;
      batchesInWindow = 0;
    }
    batchesInWindow++;
    if (scheduled) return;
    scheduled = true;
    if (throttled) setTimeout(flush, slowMs);
    else requestAnimationFrame(flush);
  };

  const observe = (root: Node) => {
    if (observers.has(root)) return;
    const o = new MutationObserver(onRecords);
    o.observe(root, { childList: true, subtree: true, characterData: true });
    observers.set(root, o);
  };
  observe(target);

  return {
    observe,
    unobserve: (root) => {
      observers.get(root)?.disconnect();
      observers.delete(root);
    },
    disconnect: () => {
      for (const o of observers.values()) o.disconnect();
      observers.clear();
    },
    get throttled() {
      return throttled;
    },
    get version() {
      return version;
    },
  };
}
