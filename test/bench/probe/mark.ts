/**
 * mark.js (`markRegExp`, the peer of issue 5) on the body, in the probe's world: after our scan and the floor
 * walks (warm, post.ts) or before any script of the world touched the page (cold, pre.ts).
 */
let markCtor: unknown = null;

export function runMark(pattern: string): Promise<{ ms: number; count: number }> {
  // Loaded on first use only, so mark.js costs nothing while our scan runs.
  markCtor ??= require('mark.js');
  const M = markCtor as new (el: Element) => { markRegExp(re: RegExp, o: object): void };
  return new Promise((resolve) => {
    const t0 = performance.now();
    new M(document.body).markRegExp(new RegExp(pattern, 'gi'), {
      done: (count: number) => resolve({ ms: performance.now() - t0, count }),
    });
  });
}
