/**
 * Bench probe, part 2: listed right AFTER content.js (same world, same task). Publishes when the first scan
 * settled and answers the runner's commands: the warm floor, mark.js on the same aliases, task segments
 * (mutation batches) and hover-card timing. Commands arrive as `xev-bench` events with a JSON string detail;
 * answers are written to `<html data-xev-bench-<id>>` (content.js observes <body> only, so this is no
 * mutation it sees).
 */
import { floorWalk } from './floor';
import { runMark } from './mark';
import type { Probe } from './pre';

const now = () => performance.now();
const P = (globalThis as unknown as { __xevBenchProbe: Probe }).__xevBenchProbe;
P.tPost = now();
const root = document.documentElement;

function publish(id: string, value: unknown): void {
  root.setAttribute(`data-xev-bench-${id}`, JSON.stringify(value));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}

/** The marks a --bench build records (src/page/bench-marks.ts): [label, performance.now()]. */
const benchMarks = (): Array<[string, number]> => (globalThis as { __xevBenchMarks?: Array<[string, number]> }).__xevBenchMarks ?? [];

/** Phase marks, in ms from the scan's start. */
function phaseMarks(from: number): Array<[string, number]> {
  return benchMarks().filter(([, t]) => t >= from - 0.001).map(([l, t]) => [l, Math.round((t - from) * 10) / 10]);
}

/** card.js's evaluation, when it started and ended between `from` and `end`. */
function cardJsTask(from: number, end: number): { kind: string; start: number; end: number } | null {
  const marks = benchMarks();
  const start = marks.find(([l, t]) => l === 'card.js-start' && t >= from);
  const done = marks.find(([l, t]) => l === 'card.js-end' && start && t >= start[1]);
  return start && done && done[1] <= end ? { kind: 'card.js', start: start[1], end: done[1] } : null;
}

/** The first scan: from the start of content.js to the first end marker, split into its tasks. */
function scanResult(end: number, how: string) {
  const init = P.segments.find((s) => s.kind === 'init');
  // Without a settings round trip (an older main.ts) the scan starts with content.js itself.
  const from = P.tScan || P.tStart;
  const segs = P.segments.filter((s) => s.start >= from - 0.001 && s.end <= end + 0.001);
  // card.js evaluates in a task the wrappers do not see (the background injects it); a --bench build marks its start
  // and end (src/page/card-start-mark.ts). Its modules and the matcher's compile are our scan's work: counted.
  const card = cardJsTask(from, end);
  if (card) segs.push(card);
  segs.sort((a, b) => a.start - b.start);
  const busy = segs.reduce((a, s) => a + (s.end - s.start), 0);
  const longest = segs.reduce((a, s) => Math.max(a, s.end - s.start), 0);
  const longtasks = P.longtasks.filter(([st, d]) => st + d >= from && st <= end + 50);
  return {
    // Marks up to now; the bench reads them again later ('marks'), for the page facts that follow the scan.
    marks: phaseMarks(from),
    tStart: P.tStart, tScan: P.tScan, init: init ? init.end - init.start : null, tEnd: end, endBy: how, wall: end - from, busy, tasks: segs.length, longestTask: longest,
    firstTask: segs[0] ? segs[0].end - segs[0].start : null, coldFloor: P.coldFloor, coldMark: P.coldMark, patched: P.patched,
    longtasks, approxTasks: segs.filter((s) => s.approx).length,
    taskMs: segs.map((s) => Math.round((s.end - s.start) * 10) / 10),
    // Waiting for card.js (the background injects it) is not main-thread work; its evaluation is in `busy` (above).
    cardJsWait: (() => {
      const req = P.markers.find(([m, t]) => m === 'send:load-extras' && t >= from);
      const back = P.segments.find((s) => s.kind === 'after-card.js' && s.start >= from);
      return req && back ? back.start - req[1] : null;
    })(),
  };
}

let scanPublished = false;
function finishScan(t: number, how: string): void {
  if (scanPublished) return;
  scanPublished = true;
  // Let the last segment close, then publish.
  P.afterTask(() => publish('scan', scanResult(t, how)));
}
if (!P.markers.some(([m]) => m === 'send:get-page-settings')) {
  // An older main.ts that scans at once: the scan started with content.js, and may have ended already.
  P.tScan = P.tStart;
  const done = P.markers.find(([m, t]) => t >= P.tStart && m === 'send:page-report');
  if (done) finishScan(done[1], done[0]);
}
P.onEnd.push((t) => finishScan(t, 'send:page-report'));
// A scan that ends without any marker (no report sent) is published after 30 s with what there is.
setTimeout(() => finishScan(P.segments.at(-1)?.end ?? P.tPost, 'timeout'), 30_000);

interface Cmd {
  id: string;
  cmd: string;
  n?: number;
  pattern?: string;
  from?: number;
}

const hover = { lastMove: 0, open: 0, painted: 0, armed: false };
window.addEventListener('pointermove', () => {
  hover.lastMove = now();
}, { capture: true, passive: true });
window.addEventListener('beforetoggle', (e) => {
  const target = e.target as Element;
  if (!hover.armed || target.localName !== 'xev-card' || (e as ToggleEvent).newState !== 'open') return;
  hover.open = now();
  // Painted: the frame that shows it has run once a task queued from its animation frame callback runs.
  P.realRaf(() => P.afterTask(() => {
    hover.painted = now();
  }));
}, { capture: true });

window.addEventListener('xev-bench', (e) => {
  const c = JSON.parse(String((e as CustomEvent).detail)) as Cmd;
  switch (c.cmd) {
    case 'floor': {
      const runs = Array.from({ length: c.n ?? 3 }, () => floorWalk());
      publish(c.id, { median: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms), nodes: runs[0]!.nodes, chars: runs[0]!.chars });
      break;
    }
    case 'mark':
      void runMark(c.pattern!).then((r) => publish(c.id, r));
      break;
    case 'segments': {
      const from = c.from ?? 0;
      publish(c.id, { segments: P.segments.slice(from), next: P.segments.length, longtasks: P.longtasks });
      break;
    }
    case 'marks':
      publish(c.id, phaseMarks(P.tScan || P.tStart));
      break;
    case 'hover-arm':
      Object.assign(hover, { lastMove: 0, open: 0, painted: 0, armed: true });
      publish(c.id, true);
      break;
    case 'hover-read':
      publish(c.id, { ...hover });
      break;
  }
});
publish('ready', { patched: P.patched });
