/**
 * Scans subtrees for mentions in time slices (never a long task: DESIGN.md decision 5) and feeds the
 * highlight registry. Roots are queued; overlapping roots collapse into the outermost one.
 */
import type { Mention } from '../detect/types';
import { BlockResolver, TextRunWalker, type TextRun } from './text-blocks';
import type { HighlightRegistry } from './highlights';

export type FindMentions = (text: string) => Mention[];

export interface Engine {
  /** The pre-check, always at hand (content.js). */
  mayContain(text: string): boolean;
  /** The full matcher, loaded (card.js) the first time the pre-check lets a run of text through. */
  loadFindMentions(): Promise<FindMentions>;
}

/** Milliseconds of work per slice before yielding to the page. */
const SLICE_MS = 8;

/** Resolves on the next macrotask without the 4 ms clamp of nested setTimeout. */
function yieldToPage(): Promise<void> {
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
    this.endSlice();
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  private async scanRoot(root: Node, resolver: BlockResolver): Promise<void> {
    const walker = new TextRunWalker(root, resolver, (t) => this.engine.mayContain(t));
    const runs: TextRun[] = [];
    while (!walker.done && !this.stopped) {
      walker.next(this.sliceStart + SLICE_MS, runs);
      if (runs.length && !this.find) {
        // The matcher arrives with card.js: waiting for it is not our work, so it is outside the slice.
        this.endSlice();
        this.find = await this.engine.loadFindMentions();
        this.sliceStart = performance.now();
        if (this.stopped) return;
      }
      for (const run of runs) {
        const mentions = this.find!(run.text);
        if (mentions.length) this.registry.add(run, mentions);
      }
      runs.length = 0;
      if (!walker.done) await this.yieldSlice();
    }
  }
}
