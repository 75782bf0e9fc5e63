/**
 * Scans subtrees for mentions in time slices (never a long task: DESIGN.md decision 5) and feeds the
 * highlight registry. Roots are queued; overlapping roots collapse into the outermost one.
 */
import type { Mention } from '../detect/types';
import { BlockResolver, TextRunWalker, type Hot, type TextRun } from './text-blocks';
import { hotNodes } from './hot-nodes';
import type { HighlightRegistry } from './highlights';
import type { AnchorSearch } from '../detect/anchor-needles';
import { benchMark } from './bench-marks';
import { CLAIM_TEXT_LIMIT } from './claims';

export type FindMentions = (text: string) => Mention[];

export interface Engine {
  /** The pre-check, always at hand (content.js). */
  mayContain(text: string): boolean;
  /**
   * A sliced search in a long text for every start of what each mention's block holds (lib/precheck.ts); null when
   * only per-node pre-checks can answer.
   */
  searchAnchors(text: string): AnchorSearch | null;
  /** The full matcher, loaded (card.js) the first time the pre-check lets a run of text through. */
  loadFindMentions(): Promise<FindMentions>;
}

/** Milliseconds of work per slice before yielding to the page. */
const SLICE_MS = 8;

/** Resolves on the next macrotask without the 4 ms clamp of nested setTimeout. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class Scanner {
  private queue: Node[] = [];
  private find: FindMentions | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly engine: Engine,
    private readonly registry: HighlightRegistry,
    private readonly isOwnUi: (el: Element) => boolean,
    /** Called after each completed batch of roots. */
    private readonly onSettled: () => void,
    /** A number that changes whenever the page's DOM changed (the mutation follower counts its records). */
    private readonly domVersion: () => number = () => 0,
  ) {}

  /** Queues subtrees to (re)scan; their old highlights are dropped when the scan reaches them. */
  enqueue(roots: Iterable<Node>): Promise<void> {
    for (const root of roots) {
      if (this.queue.some((q) => q === root || q.contains(root))) continue;
      this.queue = this.queue.filter((q) => !root.contains(q));
      this.queue.push(root);
    }
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    this.queue = [];
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.stopped) {
      // One resolver per batch: element → block decisions stay valid while the DOM holds still.
      const resolver = new BlockResolver(this.isOwnUi);
      const roots = this.queue;
      this.queue = [];
      for (const root of roots) {
        if (!root.isConnected || this.stopped) continue;
        this.sliceStart ||= performance.now();
        this.registry.removeWithin(root);
        await this.scanRoot(root, resolver);
        // The budget spans roots: a batch of many small roots (an infinite-scroll page appending 50
        // paragraphs) is sliced like one big root, not run as one task of 50 slices.
        if (performance.now() - this.sliceStart >= SLICE_MS) await this.yieldSlice();
      }
      this.registry.removeWithin(null);
      this.endSlice();
      if (!this.stopped) this.onSettled();
    }
  }

  /** performance.now() when the running slice began; 0 when none runs. */
  private sliceStart = 0;

  private endSlice(): void {
    this.sliceStart = 0;
  }

  private async yieldSlice(): Promise<void> {
    benchMark('yield');
    this.endSlice();
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  /** The start of the text last read for a root, and the DOM version then (claim spotting reuses it). */
  private prefix: { root: Node; text: string; version: number } | null = null;

  /**
   * The first `limit` characters of `root`'s text as the last scan read it, or null when the page changed
   * since or another root was read last. Saves claim spotting a second walk over the page.
   */
  textPrefixOf(root: Node, limit: number): string | null {
    const p = this.prefix;
    return p && p.root === root && p.version === this.domVersion() ? p.text.slice(0, limit) : null;
  }

  /**
   * Where search tokens (lib/precheck.ts) start under `root`: the Text nodes that hold them (hot-nodes.ts) or,
   * where those can't be found without a walk, the offsets in `root.textContent`. Null when neither can be
   * trusted (the page changed while we searched in slices, or the text holds a soft hyphen, which only the
   * per-node pre-check handles: see anchor-needles.ts).
   * Reading the whole text costs about half a walk (textContent is built natively), its search a fraction of
   * that (anchor-needles.ts), and a page without an anchor then needs no walk at all.
   */
  private async findHot(root: Node): Promise<Hot | null> {
    const version = this.domVersion();
    benchMark('text');
    const text = root.textContent ?? '';
    benchMark('search');
    // Kept for claim spotting, which reads no more than its limit of the body's text. A copy of the prefix, not
    // a slice: a slice would keep the whole page's string alive.
    if (root === root.ownerDocument?.body) this.prefix = { root, text: ` ${text.slice(0, CLAIM_TEXT_LIMIT)}`.slice(1), version };
    const search = this.engine.searchAnchors(text);
    if (!search) return null;
    while (!search.run(this.sliceStart + SLICE_MS)) {
      await this.yieldSlice();
      if (this.stopped || this.domVersion() !== version) return null;
    }
    const offsets = search.starts();
    if (!offsets.length) return { nodes: [] };
    benchMark('locate');
    // Still the same task as the search's last slice: the text is the page's text.
    const nodes = hotNodes(root, text, offsets);
    benchMark(nodes ? 'locate-done' : 'locate-walk');
    const anchored = !search.mayHoldCue();
    return nodes ? { nodes, anchored } : { offsets, anchored };
  }

  private async scanRoot(root: Node, resolver: BlockResolver): Promise<void> {
    const version = this.domVersion();
    const hot = await this.findHot(root);
    if (this.stopped || (hot && 'nodes' in hot && !hot.nodes.length)) return;
    const walker = new TextRunWalker(root, resolver, (t) => this.engine.mayContain(t), hot);
    const runs: TextRun[] = [];
    while (!walker.done && !this.stopped) {
      // Offsets are positions in the text as it was: after any change, each node's own text decides.
      if (this.domVersion() !== version) walker.dropHot();
      benchMark('walk');
      walker.next(this.sliceStart + SLICE_MS, runs);
      if (runs.length && !this.find) {
        // The matcher arrives with card.js: waiting for it is not our work, so it is outside the slice.
        this.endSlice();
        this.find = await this.engine.loadFindMentions();
        this.sliceStart = performance.now();
        if (this.stopped) return;
      }
      // A walk that reads only lengths gathers many runs per slice: matching them is sliced too.
      for (let i = 0; i < runs.length; i++) {
        if (i > 0 && performance.now() - this.sliceStart >= SLICE_MS) {
          await this.yieldSlice();
          if (this.stopped) return;
        }
        const run = runs[i]!;
        benchMark('match');
        const mentions = this.find!(run.text);
        // Text that left the page while we yielded is not highlighted (removeWithin drops such hits anyway).
        if (mentions.length && run.nodes.every((n) => n.isConnected)) this.registry.add(run, mentions);
      }
      runs.length = 0;
      // The walk stopped at its deadline, or at card.js's arrival with time left in the new slice: go on in it.
      if (!walker.done && performance.now() - this.sliceStart >= SLICE_MS) await this.yieldSlice();
    }
  }
}
