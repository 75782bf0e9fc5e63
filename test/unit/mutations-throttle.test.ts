// @vitest-environment jsdom
/**
 * The mutation follower backs off on a page that never stops changing (a ticker every 10 ms) and stays backed
 * off; it used to count its own flushes, found the slow cadence "calm" and flipped back to every frame each
 * other second. Fake timers drive the page, frames are 16 ms timeouts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followMutations } from '../../src/page/mutations';

const flushMicrotasks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

/** Advances fake time in 1 ms steps so MutationObserver callbacks (microtasks) run between ticks. */
async function advance(ms: number, each?: (t: number) => void): Promise<void> {
  for (let t = 0; t < ms; t++) {
    each?.(t);
    await flushMicrotasks();
    vi.advanceTimersByTime(1);
    await flushMicrotasks();
  }
}

describe('followMutations backs off on a constantly mutating page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestAnimationFrame', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('rescans about once a second while a 10 ms ticker runs, then every frame again once the page is quiet', async () => {
    const p = document.createElement('p');
    p.textContent = 'Xiaomi SU7 0';
    document.body.append(p);
    const text = p.firstChild as Text;
    const flushes: number[] = [];
    const follower = followMutations(document.body, () => false, () => flushes.push(performance.now()));

    let n = 0;
    await advance(5000, (t) => {
      if (t % 10 === 0) text.data = `Xiaomi SU7 ${++n}`;
    });
    const start = flushes[0]!;
    const late = flushes.filter((t) => t > start + 2000).length;
    expect(follower.throttled).toBe(true);
    // Per frame would be ~180 flushes in those 3 s; backed off it is about 3.
    expect(late).toBeLessThanOrEqual(4);
    expect(late).toBeGreaterThanOrEqual(2); // still following the page, only slower

    // Quiet for 3 s, then one edit: it is picked up within a frame or two, not a second later.
    await advance(3000);
    const before = flushes.length;
    text.data = 'Xiaomi YU7';
    await advance(40);
    expect(flushes.length).toBe(before + 1);
    expect(follower.throttled).toBe(false);
    follower.disconnect();
  });
});
