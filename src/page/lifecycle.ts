/**
 * A content script outlives its extension when the extension is updated, reloaded or removed: its API calls
 * then throw. It must notice and remove every trace of itself, silently. A fresh instance (injected after an
 * update) also tells older ones to leave.
 */
const TAKEOVER_EVENT = 'xev-context:takeover';

/** Announces this instance and calls `teardown` when a newer one announces itself. */
export function claimPage(teardown: () => void): () => void {
  const marker = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: marker }));
  const onTakeover = (e: Event) => {
    if ((e as CustomEvent).detail !== marker) teardown();
  };
  document.addEventListener(TAKEOVER_EVENT, onTakeover);
  return () => document.removeEventListener(TAKEOVER_EVENT, onTakeover);
}
