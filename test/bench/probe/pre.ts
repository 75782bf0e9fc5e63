/**
 * Bench probe, part 1: a content script listed right BEFORE content.js in a bench-only copy of the built
 * extension, so it runs in the same JavaScript world (Chromium's isolated world, Firefox's content-script
 * sandbox) without a line of the extension changed. It:
 *  - optionally runs the floor (a bare SHOW_TEXT TreeWalker reading `.data`) or mark.js before our script (cold);
 *  - records the boundaries of every task of the content script, by wrapping, in this world only, the
 *    three places where its work starts or yields: `MessageChannel` (the scanner's yield between slices),
 *    `requestAnimationFrame` (mutation batches) and, as end markers, the first access to the card-extras slot
 *    or a `runtime.sendMessage` (both happen right after a scan settles);
 *  - observes `longtask` entries (Chromium).
 * The page's own world is untouched. Results are read by post.ts.
 */
import { floorWalk } from './floor';
import { runMark } from './mark';

type Seg = { kind: string; start: number; end: number; approx?: boolean };

export interface Probe {
  /** content.js starts executing (document_idle). */
  tStart: number;
  /** The scan's task starts: main.ts first asks the background for the page settings, then scans. */
  tScan: number;
  tPost: number;
  coldFloor: { ms: number; nodes: number; chars: number } | null;
  /** mark.js run before anything in this world touched the page (load C), as the floor in load B. */
  coldMark: { ms: number; count: number } | null;
  segments: Seg[];
  markers: Array<[string, number]>;
  longtasks: Array<[number, number]>;
  open: { kind: string; start: number } | null;
  onEnd: Array<(t: number) => void>;
  realRaf: typeof requestAnimationFrame;
  realMC: typeof MessageChannel;
  patched: string[];
  afterTask(fn: () => void): void;
}

const now = () => performance.now();
const g = globalThis as unknown as Record<string, unknown>;
const realMC = MessageChannel;
const realRaf = requestAnimationFrame.bind(window);

const P: Probe = {
  tStart: 0,
  tScan: 0,
  tPost: 0,
  coldFloor: null,
  coldMark: null,
  segments: [],
  markers: [],
  longtasks: [],
  open: null,
  onEnd: [],
  realRaf,
  realMC,
  patched: [],
  afterTask(fn) {
    const c = new realMC();
    c.port1.onmessage = () => fn();
    c.port2.postMessage(null);
  },
};
g.__xevBenchProbe = P;

// A full collection first, where the bench exposes one (Chromium, --expose-gc): the previous page's garbage
// (mark.js rewrites a 5 MB page) must not land in the floor's or our scan's time, unevenly between pages.
(g.gc as (() => void) | undefined)?.();
if (location.search.includes('xev-floor-first')) P.coldFloor = floorWalk();
const markFirst = new URLSearchParams(location.search).get('xev-mark-first');
if (markFirst) void runMark(markFirst, location.search.includes('xev-mark-across')).then((r) => (P.coldMark = r));

function openSeg(kind: string, t: number): void {
  if (P.open) closeSeg(t, true);
  P.open = { kind, start: t };
}
function closeSeg(t: number, approx = false): void {
  if (!P.open) return;
  P.segments.push({ kind: P.open.kind, start: P.open.start, end: t, ...(approx ? { approx } : {}) });
  P.open = null;
}
function marker(name: string): void {
  const t = now();
  P.markers.push([name, t]);
  closeSeg(t);
  // The scan has settled when main.ts sends its first page report after the scan started.
  if (P.tScan && name === 'send:page-report') for (const fn of P.onEnd.splice(0)) fn(t);
}

// Long tasks (Chromium only; Firefox does not expose them).
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) P.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  /* unsupported */
}

// 1. The scanner yields with `new MessageChannel()` + postMessage and resumes in the port's message task.
function BenchMessageChannel(): MessageChannel {
  const t = now();
  closeSeg(t); // the slice that was running has ended here
  const mc = new realMC();
  mc.port1.addEventListener('message', () => {
    const t1 = now();
    openSeg('slice', t1);
    // If nothing closes the slice within its task (it ended without yielding), the next task closes it.
    P.afterTask(() => {
      if (P.open && P.open.start === t1) closeSeg(now(), true);
    });
  });
  return mc;
}
try {
  g.MessageChannel = BenchMessageChannel;
  if (g.MessageChannel === BenchMessageChannel) P.patched.push('MessageChannel');
} catch {
  /* not patchable */
}

// 2. Mutation batches start in an animation-frame callback; a second callback queued right behind it runs
//    after the first one's microtasks (where the batch's scan continues), so it marks the batch's end.
try {
  g.requestAnimationFrame = (cb: FrameRequestCallback): number => {
    const id = realRaf((ts) => {
      openSeg('raf', now());
      cb(ts);
    });
    realRaf(() => closeSeg(now()));
    return id;
  };
  P.patched.push('requestAnimationFrame');
} catch {
  /* not patchable */
}

// 3. Markers: card.js arriving (it fills the card-extras slot) and every message the content script sends.
try {
  let slot: unknown;
  Object.defineProperty(globalThis, '__xiaomiEvContextExtras', {
    configurable: true,
    get() {
      return slot;
    },
    set(v) {
      slot = v;
      P.markers.push(['card.js-loaded', now()]);
    },
  });
  P.patched.push('extras-slot');
} catch {
  /* not patchable */
}
try {
  const api = (g.browser ?? g.chrome) as { runtime: { sendMessage: (...a: unknown[]) => unknown } };
  const orig = api.runtime.sendMessage;
  const wrapped = function (this: unknown, ...a: unknown[]) {
    const type = String((a[0] as { type?: string } | undefined)?.type);
    marker('send:' + type);
    const result = orig.apply(this, a);
    // main.ts starts (and scans) when the page settings arrive, and the scanner goes on when card.js (with
    // the matcher) has loaded: these callbacks run first in the task that delivers the answer, before the
    // content script's own callbacks chained on the promise it gets back.
    if ((type === 'get-page-settings' || type === 'load-extras') && result && typeof (result as Promise<unknown>).then === 'function') {
      const settled = () => {
        if (type === 'load-extras') openSeg('after-card.js', now());
        else if (!P.tScan) {
          P.tScan = now();
          openSeg('first', P.tScan);
        }
      };
      (result as Promise<unknown>).then(settled, settled);
    }
    return result;
  };
  api.runtime.sendMessage = wrapped;
  if (api.runtime.sendMessage === wrapped) P.patched.push('sendMessage');
} catch {
  /* not patchable */
}

// content.js runs right after this line, in the same task.
P.tStart = now();
P.open = { kind: 'init', start: P.tStart };
