/**
 * The content script comes in two parts. `content.js` (declared, on every page) walks the page's text with
 * the cheap anchor pre-check, keeps the highlights and follows changes; it must stay small. `card.js` (the
 * full matcher, the Preact card and hover, the publication-date extractor, claim spotting) is injected by
 * the background into a frame only once the pre-check finds candidate text there. They meet through one
 * property of the content-script world's global object, which the page's own scripts cannot see.
 */
import type { ComponentChild } from 'preact';
import type { CardSummary, Lang } from '../data/types';
import type { PublishedDate } from '../messages';
import type { Hit } from './highlights';
import type { Mention } from '../detect/types';
import type { HoverOptions } from './hover';

/** Tag of the card's host element: shared so the scanner skips it without loading the card code. */
export const HOST_TAG = 'xev-card';

export type Place = (size: { width: number; height: number }) => { left: number; top: number; maxHeight: number };

export interface CardSurface {
  readonly element: HTMLElement | null;
  readonly isOpen: boolean;
  place(place: Place): void;
  hide(): void;
  /** Moves keyboard focus into the open card (a non-modal dialog). */
  focus(): void;
  /** Takes keyboard focus out of the card. */
  blur(): void;
  destroy(): void;
}

export interface PageExtras {
  card: CardSurface & {
    /** Renders the card for `summary` and opens it; `openFull` runs when its "full fact card" link is used. */
    show(summary: CardSummary, fullCardHref: string, openFull: () => void, onClose: () => void, place: Place): void;
  };
  publishedDate(): PublishedDate | null;
  claimsIn(text: string, phrases: Record<string, string[]>): string[];
  /** The full matcher: content.js carries only its pre-check. */
  findMentions(text: string): Mention[];
  /** Hover intent and hit-testing live here too: a page without mentions never needs them. */
  createHover(options: Omit<HoverOptions, 'card'>): HoverHandle;
}

export interface HoverHandle {
  openFor(hit: Hit): void;
  close(): void;
  destroy(): void;
}

export type { ComponentChild, Lang };

const KEY = '__xiaomiEvContextExtras';

type Slot = { extras?: PageExtras; waiters: Array<(x: PageExtras) => void> };

function slot(): Slot {
  const g = globalThis as unknown as Record<string, Slot | undefined>;
  return (g[KEY] ??= { waiters: [] });
}

/** Called by card.js when it has loaded. */
export function provideExtras(extras: PageExtras): void {
  const s = slot();
  s.extras = extras;
  for (const w of s.waiters.splice(0)) w(extras);
}

/** Resolves when card.js has loaded (at once if it already has). */
export function whenExtras(): Promise<PageExtras> {
  const s = slot();
  return s.extras ? Promise.resolve(s.extras) : new Promise((resolve) => s.waiters.push(resolve));
}

export function loadedExtras(): PageExtras | null {
  return slot().extras ?? null;
}

/** Called when this content script instance leaves the page (its card code goes with it). */
export function forgetExtras(): void {
  const s = slot();
  s.extras?.card.destroy();
  s.extras = undefined;
  s.waiters.length = 0;
}
