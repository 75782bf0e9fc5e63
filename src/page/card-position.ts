/**
 * Where the hover card goes: below the mention when it fits, else above, else on whichever side has more
 * room; shifted horizontally to stay in the viewport; never over the mention it describes. Pure maths so
 * unit tests cover the edge cases.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Room on the chosen side; the card scrolls inside it rather than covering the mention. */
  maxHeight: number;
}

/** Gap between the mention and the card, and the minimum margin to the viewport's edges, in px. */
export const GAP = 6;
export const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const roomBelow = Math.max(0, viewport.height - (anchor.top + anchor.height) - GAP - MARGIN);
  const roomAbove = Math.max(0, anchor.top - GAP - MARGIN);
  const side: Placement['side'] = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  // A card taller than the room scrolls inside it (max-height) instead of sliding over the mention.
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;

  // Start-aligned with the mention (right edges aligned on right-to-left pages), then kept on screen.
  const preferred = rtl ? anchor.left + anchor.width - card.width : anchor.left;
  const maxLeft = Math.max(MARGIN, viewport.width - MARGIN - card.width);
  const left = Math.min(Math.max(preferred, MARGIN), maxLeft);
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(room) };
}

/** True when two boxes share any area (used by tests and as a last safety check). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
