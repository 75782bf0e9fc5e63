/**
 * Entry of content.js, on every page: finds mentions, highlights them without touching the DOM, follows
 * page changes, drives hover intent, and reports counts to the background (badge, popup). The card itself,
 * the publication date and claim spotting live in card.js, loaded only where there is a mention.
 */
import { findMentions, mayContain } from '../lib/detect';
import { extensionAlive, extensionUrl, onTabCommand, send, uiLang } from '../platform/page-runtime';
import type { CardSummary } from '../data/types';
import type { PageReport } from '../messages';
import { HighlightRegistry, type Hit } from './highlights';
import { Scanner } from './scanner';
import { followMutations } from './mutations';
import { HoverController } from './hover';
import { claimPage } from './lifecycle';
import { HOST_TAG, forgetExtras, loadedExtras, whenExtras, type CardSurface, type PageExtras } from './extras-contract';

const isOwnUi = (n: Node) => n instanceof Element && n.localName === HOST_TAG;

function start(body: HTMLElement): void {
  const lang = uiLang();
  const registry = new HighlightRegistry();
  const cardCache = new Map<string, Promise<CardSummary | null>>();
  let extras: Promise<PageExtras> | null = null;
  let claimPhrases: Promise<Record<string, string[]>> | null = null;
  let lastUrl = location.href;
  let lastReport = '';
  let claims: string[] = [];
  let claimsCheckedFor = '';
  let alive = true;

  const checkAlive = () => {
    if (alive && !extensionAlive()) teardown();
    return alive;
  };

  /** card.js, asked for once, on the first mention. */
  const loadExtras = (): Promise<PageExtras> => {
    extras ??= (async () => {
      if (!loadedExtras()) await send({ type: 'load-extras' });
      return whenExtras();
    })();
    return extras;
  };

  /** Sends the counts when they changed; the background turns them into the badge and popup state. */
  const report = async () => {
    if (!checkAlive()) return;
    if (location.href !== lastUrl) {
      // Single-page navigation: the new "page" may carry another date; cards computed for the old one go.
      lastUrl = location.href;
      cardCache.clear();
      lastReport = '';
    }
    const { counts, total } = registry.counts();
    let published = null;
    if (total > 0) {
      const x = await loadExtras();
      published = window === window.top ? x.publishedDate() : null;
      if (claimsCheckedFor !== lastUrl) {
        // Once per page (URL): reading the whole text again on every live-blog update would cost a walk each time.
        claimsCheckedFor = lastUrl;
        claimPhrases ??= send({ type: 'get-claim-phrases' });
        claims = x.claimsIn(body.textContent ?? '', await claimPhrases);
      }
    }
    const pageReport: PageReport = { counts, total, published, claims: total > 0 ? claims : [] };
    const key = JSON.stringify(pageReport);
    if (key === lastReport || !alive) return;
    lastReport = key;
    await send({ type: 'page-report', report: pageReport });
  };
  const reportSafely = () => void report().catch(() => checkAlive());

  const scanner = new Scanner({ findMentions, mayContain }, registry, isOwnUi, reportSafely);

  const cardFor = (entity: string, published: string | null): Promise<CardSummary | null> => {
    let p = cardCache.get(entity);
    if (!p) {
      p = send({ type: 'get-card', entity, published, claims, lang }).catch(() => null);
      cardCache.set(entity, p);
    }
    return p;
  };

  /** The card as the hover controller sees it; real once card.js has loaded. */
  const card: CardSurface = {
    get element() {
      return loadedExtras()?.card.element ?? null;
    },
    get isOpen() {
      return loadedExtras()?.card.isOpen ?? false;
    },
    place: (place) => loadedExtras()?.card.place(place),
    hide: () => loadedExtras()?.card.hide(),
    destroy: () => loadedExtras()?.card.destroy(),
  };

  const hover = new HoverController({
    registry,
    card,
    render: async (hit: Hit) => {
      if (!checkAlive()) return false;
      const x = await loadExtras();
      const published = window === window.top ? x.publishedDate() : null;
      const summary = await cardFor(hit.entity, published?.date ?? null);
      if (!summary || !alive) return false;
      const query = new URLSearchParams({ entity: hit.entity });
      if (published) query.set('published', published.date);
      if (claims.length) query.set('claims', claims.join(','));
      const open = () => void send({ type: 'open-full-card', query: query.toString() }).catch(() => checkAlive());
      x.card.show(summary, extensionUrl(`popup.html?${query}`), open, () => hover.close(), () => ({ left: 0, top: 0, maxHeight: 400 }));
      return true;
    },
  });

  // Keyboard navigation between mentions (the command targets the top frame).
  let cursor = -1;
  const releaseCommands = onTabCommand(({ direction }) => {
    const hits = registry.all();
    if (!hits.length) return;
    cursor = (cursor + direction + hits.length) % hits.length;
    hover.openFor(hits[cursor]!);
  });

  const follower = followMutations(body, isOwnUi, (roots) => {
    if (checkAlive()) void scanner.enqueue(roots);
  });
  const onPopState = () => reportSafely();
  window.addEventListener('popstate', onPopState);

  function teardown(): void {
    if (!alive) return;
    alive = false;
    scanner.stop();
    follower.disconnect();
    hover.destroy();
    forgetExtras();
    registry.clear();
    releaseCommands();
    releasePage();
    window.removeEventListener('popstate', onPopState);
  }
  const releasePage = claimPage(teardown);

  // A page with no candidate text costs one textContent read (about half a tree walk) and nothing more.
  if (mayContain(body.textContent ?? '')) void scanner.enqueue([body]);
  else reportSafely();
}

if (document.body) start(document.body);
