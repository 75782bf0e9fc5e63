/**
 * Collects the page's text as runs of consecutive Text nodes that share one block container, so a mention
 * that straddles inline markup ("Xiaomi <b>SU7</b>") is one string for the engine, and maps string offsets
 * back to (Text node, offset) pairs for Ranges. Reads the DOM only; never writes it. Works the same under
 * `document.body` and under one of the page's open shadow roots (whose top level is a block of its own).
 */
import { isShadowRoot, parentInTree, type Block } from './trees';

/**
 * Elements whose text is never scanned (DESIGN.md decision 4). By `localName`, which is lower case and
 * allocation-free (tagName would need an upper-casing per element on 100,000-cell tables).
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'svg',
  'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'kbd', 'samp', 'var',
]);

/** Inline elements: their text joins the surrounding block's text. Everything else starts a block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark',
  'q', 'ruby', 'rb', 'rt', 'rp', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr', 'nobr',
]);

export interface TextRun {
  /** The block the run belongs to: an element, or a shadow root for text at the root's top level. */
  block: Block;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/** Decides, per element, which block it belongs to, or that its text is skipped; cached per scan. */
export class BlockResolver {
  private cache = new Map<Node, Block | null>();
  private readonly designMode = typeof document !== 'undefined' && document.designMode === 'on';

  constructor(private readonly isOwnUi: (el: Element) => boolean) {}

  /** The block container of a text node's parent, or null when the text must not be touched. */
  blockOf(parent: Element | ShadowRoot): Block | null {
    const cached = this.cache.get(parent);
    if (cached !== undefined) return cached;
    // A shadow root's top level is a block, and its text is skipped when its host's is (a component inside
    // contenteditable, or our own card's host).
    const result = isShadowRoot(parent) ? (this.blockOf(parent.host) && parent) : this.resolve(parent);
    this.cache.set(parent, result);
    return result;
  }

  private resolve(el: Element): Block | null {
    const tag = el.localName;
    if (SKIPPED.has(tag) || this.isOwnUi(el)) return null;
    // The attribute is inherited through the parent chain below (one attribute read per element; the
    // isContentEditable getter costs more). A document in design mode is editable as a whole.
    const editable = el.getAttribute('contenteditable');
    if ((editable !== null && editable !== 'false') || this.designMode) return null;
    // The parent element, or the shadow root at the top of a shadow tree (its parentElement is null).
    const parent = parentInTree(el);
    // Skipped ancestors are checked all the way up (code > span > text), through the cache.
    const parentBlock = parent ? this.blockOf(parent) : el;
    if (parent && parentBlock === null) return null;
    return INLINE.has(tag) ? (parentBlock ?? el) : el;
  }
}

/**
 * Where the first scan found search tokens (anchors, or cues that let a codename count: lib/precheck.ts): offsets
 * in `root.textContent` (ascending), or the Text nodes that hold them (hot-nodes.ts, in document order).
 * `anchored`: every hot place begins an anchor, none a cue only. Each run around a hot place then holds the start
 * of one, and goes to the matcher without the pre-check (a JavaScript loop over the run's text, which on the first
 * scan of a page runs as cold code: 1.5 ms for 25 paragraphs in Chromium's bench). An anchor that starts in the run
 * but ends in the next block costs a match that finds nothing.
 */
export type Hot = ({ offsets: readonly number[] } | { nodes: readonly Text[] }) & { anchored?: boolean };

/**
 * A resumable walk over the text under `root`. `next(deadline)` returns the runs it completed before
 * `performance.now()` passed `deadline`; `done` tells whether the walk is over.
 *
 * Three ways to find candidate nodes. Given hot `nodes`, only the runs around those are built. Given hot `offsets`
 * (the scanner found them in one pass over the whole text), the walk reads only each node's `length` to keep its
 * place, and the text of nodes at those offsets: reading `data` is what makes a walk cost (it hands every node's
 * string to JavaScript; `length` does not: 0.5x the walk in Chromium). Either way a run around a hot place is kept
 * when its text passes the `interesting` test (a hot place may hold a cue without an anchor), or at once when the
 * places are `anchored`. Without hot places, each node's text gets the `interesting` test (the anchor pre-check).
 * `dropHot()` switches from offsets to that test for the rest of the walk, when the page changed since the offsets
 * were taken; hot nodes stay valid (they are nodes, not places, and a change elsewhere is queued by the mutation
 * follower).
 *
 * Every way, block containers are resolved only around a candidate node, by stepping back and forth from it
 * while the block stays the same.
 */
export class TextRunWalker {
  private readonly walker: TreeWalker;
  /** A second walker over the same root, for stepping around a candidate node without losing our place. */
  private readonly probe: TreeWalker;
  done = false;
  /** Offset in root.textContent of the node after the walker's current one (hot mode). */
  private offset = 0;
  /** Index of the next hot offset not yet reached, or of the next hot node to visit. */
  private h = 0;
  private hot: readonly number[] | null;
  private readonly hotNodes: readonly Text[] | null;
  private readonly anchored: boolean;

  constructor(
    root: Node,
    private readonly resolver: BlockResolver,
    private readonly interesting: (text: string) => boolean,
    hot: Hot | null = null,
  ) {
    this.hot = hot && 'offsets' in hot ? hot.offsets : null;
    this.hotNodes = hot && 'nodes' in hot ? hot.nodes : null;
    this.anchored = !!hot?.anchored;
    const doc = root.ownerDocument ?? (root as Document);
    // No NodeFilter callback: it costs ~2.5x a plain SHOW_TEXT walk (shared/harness/out); parents are checked here.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.probe = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  dropHot(): void {
    this.hot = null;
  }

  next(deadline: number, out: TextRun[]): void {
    if (this.hotNodes) return this.visit(this.hotNodes, deadline, out);
    let count = 0;
    for (let node = this.walker.nextNode() as Text | null; node; node = this.walker.nextNode() as Text | null) {
      const hot = this.hot;
      let candidate: boolean;
      if (hot) {
        this.offset += node.length;
        candidate = this.h < hot.length && hot[this.h]! < this.offset;
      } else {
        candidate = this.interesting(node.data);
      }
      if (candidate) {
        const run = this.runAround(node);
        // Carry on after the run: its other nodes are already in it.
        if (run) {
          // A hot place may be a cue without an anchor (a founder's name: SEARCH_TOKENS), matched only with one.
          if (!hot || this.anchored || this.interesting(run.text)) out.push(run);
          const last = run.nodes[run.nodes.length - 1]!;
          if (hot) {
            for (let i = run.nodes.indexOf(node) + 1; i < run.nodes.length; i++) this.offset += run.nodes[i]!.length;
          }
          this.walker.currentNode = last;
        }
        if (hot) while (this.h < hot.length && hot[this.h]! < this.offset) this.h++;
      }
      // performance.now() is cheap but not free: look at the clock every 256 nodes.
      if ((++count & 255) === 0 && performance.now() > deadline) return;
    }
    this.done = true;
  }

  /** The run built last from hot nodes, kept across slices. */
  private lastRun: TextRun | null = null;

  /** Runs around the given nodes, each once (a node inside the run just built is skipped: they come in order). */
  private visit(nodes: readonly Text[], deadline: number, out: TextRun[]): void {
    for (; this.h < nodes.length; this.h++) {
      const node = nodes[this.h]!;
      if (this.lastRun?.nodes.includes(node)) continue;
      const run = this.runAround(node);
      if (run) {
        this.lastRun = run;
        if (this.anchored || this.interesting(run.text)) out.push(run);
      }
      if ((this.h & 15) === 15 && performance.now() > deadline) {
        this.h++;
        return;
      }
    }
    this.done = true;
  }

  private blockOfText(node: Text): Block | null {
    // parentElement is null for text directly under a shadow root: then the root is the parent.
    const parent = parentInTree(node);
    return parent ? this.resolver.blockOf(parent) : null;
  }

  /** The maximal run of consecutive Text nodes that share `node`'s block; null when its text is skipped. */
  private runAround(node: Text): TextRun | null {
    const block = this.blockOfText(node);
    if (!block) return null;
    const probe = this.probe;
    const before: Text[] = [];
    probe.currentNode = node;
    for (let t = probe.previousNode() as Text | null; t && this.blockOfText(t) === block; t = probe.previousNode() as Text | null) before.push(t);
    const nodes = before.reverse();
    nodes.push(node);
    probe.currentNode = node;
    for (let t = probe.nextNode() as Text | null; t && this.blockOfText(t) === block; t = probe.nextNode() as Text | null) nodes.push(t);
    return makeRun(block, nodes);
  }
}

export function makeRun(block: Block, nodes: Text[]): TextRun {
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  return { block, nodes, starts, text };
}

/** The (node, offset) of a string offset; an offset at a node boundary maps to the end of the earlier node. */
export function locate(run: TextRun, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo]!;
  return { node, offset: Math.min(offset - run.starts[lo]!, node.data.length) };
}
