/**
 * mark.js (`markRegExp`, the peer of issue 5) on the body, in the probe's world: after our scan and the floor
 * walks (warm, post.ts) or before any script of the world touched the page (cold, pre.ts).
 */
let markCtor: unknown = null;

/**
 * `acrossElements`: mark.js also matches text split by markup ("Xiaomi <b>SU7</b>"), as our scan does. Off by default,
 * which favours mark.js (it then skips those mentions, and their work); the bench prints both on page 2.
 */
export function runMark(pattern: string, acrossElements = false): Promise<{ ms: number; count: number }> {
  // Loaded on first use only, so mark.js costs nothing while our scan runs.
  markCtor ??= require('mark.js');
  const M = markCtor as new (el: Element) => { markRegExp(re: RegExp, o: object): void };
  return new Promise((resolve) => {
    const t0 = performance.now();
    new M(document.body).markRegExp(new RegExp(pattern, 'gi'), {
      acrossElements,
      done: (count: number) => resolve({ ms: performance.now() - t0, count }),
    });
  });
}
