import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../src/page/hover-intent';

describe('HoverIntent', () => {
  let shown: string[];
  let hidden: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
    hidden = 0;
    intent = new HoverIntent<string>({
      showDelayMs: 400,
      hideDelayMs: 300,
      show: (t) => shown.push(t),
      hide: () => hidden++,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
  });

  it('shows only after the pointer rests for the delay', () => {
    intent.update('a', false);
    vi.advanceTimersByTime(399);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
  });

  it('asks to prepare a card once when its delay starts, not again while the pointer stays or for a shown card', () => {
    const prepared: string[] = [];
    const withPrepare = new HoverIntent<string>({
      showDelayMs: 400,
      hideDelayMs: 300,
      show: (t) => shown.push(t),
      prepare: (t) => prepared.push(t),
      hide: () => hidden++,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    });
    withPrepare.update('a', false);
    expect(prepared).toEqual(['a']);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(200);
    withPrepare.update('a', false);
    vi.advanceTimersByTime(200);
    expect(shown).toEqual(['a']);
    withPrepare.update('a', false);
    withPrepare.update('b', false);
    expect(prepared).toEqual(['a', 'b']);
  });

  it('a pointer passing over a mention opens nothing', () => {
    intent.update('a', false);
    vi.advanceTimersByTime(200);
    intent.update(null, false);
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('stays open while on the mention or the card, hides after the grace period otherwise', () => {
    intent.update('a', false);
    vi.advanceTimersByTime(400);
    intent.update(null, true); // on the card
    vi.advanceTimersByTime(1000);
    expect(hidden).toBe(0);
    intent.update(null, false);
    vi.advanceTimersByTime(299);
    expect(hidden).toBe(0);
    vi.advanceTimersByTime(1);
    expect(hidden).toBe(1);
    expect(intent.current).toBeNull();
  });

  it('the hide timer does not cancel a pending show for another mention', () => {
    intent.update('a', false);
    vi.advanceTimersByTime(400);
    intent.update('b', false); // hide timer for a starts, show timer for b starts
    vi.advanceTimersByTime(300);
    expect(hidden).toBe(1);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual(['a', 'b']);
  });

  it('after Escape the same mention stays shut until the pointer leaves it', () => {
    intent.update('a', false);
    vi.advanceTimersByTime(400);
    intent.dismiss('a');
    expect(hidden).toBe(1);
    intent.update('a', false);
    vi.advanceTimersByTime(2000);
    expect(shown).toEqual(['a']);
    intent.update(null, false);
    intent.update('a', false);
    vi.advanceTimersByTime(400);
    expect(shown).toEqual(['a', 'a']);
  });

  it('open() shows at once (keyboard) and cancels pending timers', () => {
    intent.update('a', false);
    intent.open('b');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['b']);
  });
});
