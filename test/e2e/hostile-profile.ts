/**
 * Chromium only: how long our JavaScript ran without a break while a page loaded. The CPU profiler samples
 * every JS stack in the renderer, content scripts' isolated worlds included; a stretch of consecutive samples
 * with an extension script on the stack is one uninterrupted run of ours. Long Animation Frames would be the
 * natural tool, but Chromium does not attribute content-script time to extension URLs there (measured: no
 * entry), and the page's own gap probe cannot tell our work from the browser's rendering.
 */
import type { BrowserContext } from 'playwright-core';

export interface OurRuns {
  /** Longest uninterrupted run of extension JS, in ms. */
  longestMs: number;
  /** Runs over 5 ms, in order. */
  runs: number[];
  /** Sum of all extension JS time during the load, in ms. */
  totalMs: number;
}

export async function profileExtensionJs(context: BrowserContext, url: string, done: () => boolean): Promise<OurRuns> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(done, undefined, { timeout: 30_000 });
  await page.waitForTimeout(500); // the report and card.js after the last slice
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();

  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (id: number | undefined): boolean => {
    for (let x = id; x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.url.startsWith('chrome-extension://')) return true;
    return false;
  };
  const runs: number[] = [];
  let run = 0;
  let longest = 0;
  let total = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    // A sample's delta is the time since the previous sample: the previous stack ran for it.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (ours(id)) {
      run += ms;
      total += ms;
      return;
    }
    if (run > 5) runs.push(Math.round(run * 10) / 10);
    longest = Math.max(longest, run);
    run = 0;
  });
  longest = Math.max(longest, run);
  return { longestMs: Math.round(longest * 10) / 10, runs, totalMs: Math.round(total) };
}
