/**
 * Bench probe for the popup page, inserted as a classic script before popup.js in a bench-only copy of
 * popup.html: time from performance.timeOrigin to the first render of `[data-testid="fact-card"]`, the frame
 * that paints it, and the first contentful paint. Written to `<html data-xev-bench-popup>`.
 */
export {};

const out: { card: number | null; cardPainted: number | null; fcp: number | null } = { card: null, cardPainted: null, fcp: null };
const publish = () => document.documentElement.setAttribute('data-xev-bench-popup', JSON.stringify(out));
const check = () => {
  if (out.card !== null || !document.querySelector('[data-testid="fact-card"]')) return;
  out.card = performance.now();
  requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      out.cardPainted = performance.now();
      out.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      publish();
    };
    c.port2.postMessage(null);
  });
};
const mo = new MutationObserver(check);
mo.observe(document, { childList: true, subtree: true });
