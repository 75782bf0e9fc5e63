/**
 * Follows pages that keep changing (infinite scroll, live blogs, single-page apps): mutation records are
 * batched per animation frame and turned into the smallest subtrees worth rescanning, so the cost follows
 * what changed, not the page's size. A page that mutates without pause gets a slower cadence.
 */

const INLINE_PARENT_LIMIT = 'P,LI,TD,TH,DD,DT,H1,H2,H3,H4,H5,H6,BLOCKQUOTE,FIGCAPTION,ARTICLE,SECTION,DIV,BODY';

/** The nearest element that holds a whole run of text around `node`. */
function enclosingBlock(node: Node): Node | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(INLINE_PARENT_LIMIT) ?? el;
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

export interface MutationFollower {
  disconnect(): void;
  /** True while the page mutates so often that we slowed down. */
  readonly throttled: boolean;
  /** Counts the observer's callbacks: a scan in slices compares it to know whether the page changed meanwhile. */
  readonly version: number;
}

/** Batches per frame; while the page mutates more than `burstLimit` times a second, waits `slowMs` between batches. */
export function followMutations(
  target: Node,
  isOwnUi: (n: Node) => boolean,
  onRoots: (roots: Set<Node>) => void,
  { burstLimit = 20, slowMs = 1000 } = {},
): MutationFollower {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let windowStart = 0;
  let batchesInWindow = 0;
  let throttled = false;

  const flush = () => {
    scheduled = false;
    const records = pending.concat(observer.takeRecords());
    pending = [];
    const roots = rootsFor(records, isOwnUi);
    if (roots.size) onRoots(roots);
  };

  let version = 0;
  const observer = new MutationObserver((records) => {
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
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  return {
    disconnect: () => observer.disconnect(),
    get throttled() {
      return throttled;
    },
    get version() {
      return version;
    },
  };
}
