import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, overlaps, placeCard } from '../../src/page/card-position';

const viewport = { width: 1280, height: 800 };
const card = { width: 340, height: 220 };

describe('placeCard', () => {
  it('goes below the mention, start-aligned, when there is room', () => {
    const anchor = { left: 100, top: 200, width: 80, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 220 + GAP });
    expect(overlaps({ ...p, ...card }, anchor)).toBe(false);
  });

  it('flips above near the bottom edge', () => {
    const anchor = { left: 100, top: 700, width: 80, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(anchor.top - GAP);
    expect(overlaps({ ...p, ...card }, anchor)).toBe(false);
  });

  it('shifts left to stay inside the right edge and never past the left margin', () => {
    const right = placeCard({ left: 1200, top: 100, width: 60, height: 20 }, card, viewport);
    expect(right.left + card.width).toBeLessThanOrEqual(viewport.width - MARGIN);
    const left = placeCard({ left: -30, top: 100, width: 60, height: 20 }, card, viewport);
    expect(left.left).toBe(MARGIN);
  });

  it('aligns right edges on right-to-left pages', () => {
    const anchor = { left: 800, top: 100, width: 100, height: 20 };
    const p = placeCard(anchor, card, viewport, true);
    expect(p.left + card.width).toBe(anchor.left + anchor.width);
  });

  it('limits the height to the room rather than covering the mention when the card is too tall', () => {
    const anchor = { left: 100, top: 390, width: 80, height: 20 };
    const tall = { width: 340, height: 900 };
    const p = placeCard(anchor, tall, viewport);
    const shown = { left: p.left, top: p.top, width: tall.width, height: Math.min(tall.height, p.maxHeight) };
    expect(overlaps(shown, anchor)).toBe(false);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.top + shown.height).toBeLessThanOrEqual(viewport.height);
  });

  it('overlaps() detects shared area and ignores touching edges', () => {
    expect(overlaps({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 10, height: 10 })).toBe(false);
  });
});
