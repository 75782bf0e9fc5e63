/**
 * A content script outlives its extension when the extension is updated, reloaded or removed: its API calls
 * then throw. It must notice and remove every trace of itself, silently. A fresh instance (injected after an
 * update) also tells older ones to leave.
 */
import { HOST_TAG } from './extras-contract';

const TAKEOVER_EVENT = 'xev-context:takeover';

/** Announces this instance and calls `teardown` when a newer one announces itself. */
export function claimPage(teardown: () => void): () => void {
  const marker = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: marker }));
  // Live orphans removed their card above. Firefox unloads an orphan's code without running it, so its card
  // host (maybe still open) stays in the page: remove it. This instance has no card yet (card.js comes later).
  // Hosts are children of <html> (card-host.ts): looking there, not through the whole page, saves a query over
  // every element (0.2 ms on a 25,000-element page) on every page load; a host the page moved elsewhere stays.
  for (const stale of [...document.documentElement.children]) if (stale.localName === HOST_TAG) stale.remove();
  const onTakeover = (e: Event) => {
    if ((e as CustomEvent).detail !== marker) teardown();
  };
  document.addEventListener(TAKEOVER_EVENT, onTakeover);
  return () => document.removeEventListener(TAKEOVER_EVENT, onTakeover);
}
