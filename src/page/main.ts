/**
 * The content script: finds mentions, highlights them without touching the DOM, follows page changes,
 * opens hover cards, and reports counts to the background for the badge and popup.
 */
import { h } from 'preact';
import { findMentions, mayContain } from '../lib/detect';
import { browser } from '../platform/browser';
import { onTabCommand, send } from '../platform/messaging';
import { t, uiLang } from '../platform/i18n';
import type { CardSummary } from '../data/types';
import type { PageReport } from '../messages';
import { HoverCardView } from '../ui/HoverCardView';
import { I18nContext } from '../ui/i18n';
import { HighlightRegistry, type Hit } from './highlights';
import { Scanner } from './scanner';
import { followMutations, type MutationFollower } from './mutations';
import { HoverController } from './hover';
import { CardHost, HOST_TAG } from './card-host';
import { publishedDate } from './published';
import { claimsIn } from './claims';
import { claimPage, isContextAlive } from './lifecycle';

function start(): void {
  const body = document.body;
  if (!body) return;
  const isTop = window === window.top;
  const lang = uiLang();
  const registry = new HighlightRegistry();
  const card = new CardHost();
  const isOwnUi = (n: Node) => n instanceof Element && n.localName === HOST_TAG;
  const cardCache = new Map<string, Promise<CardSummary | null>>();
  let claimPhrases: Promise<Record<string, string[]>> | null = null;
  let published = isTop ? safePublished() : null;
  let lastUrl = location.href;
  let lastReport = '';
  let claims: string[] = [];
  let claimsCheckedFor = '';
  let alive = true;

  const teardown = () => {
    if (!alive) return;
    alive = false;
    scanner.stop();
    follower?.disconnect();
    hover.destroy();
    card.destroy();
    registry.clear();
    releasePage();
    releaseCommands();
  };
  const checkAlive = () => {
    if (!isContextAlive(() => browser.runtime.id)) teardown();
    return alive;
  };

  /** Sends the counts when they changed; the background turns them into the badge and popup state. */
  const report = async () => {
    if (!checkAlive()) return;
    if (location.href !== lastUrl) {
      // Single-page navigation: the new "page" may carry another date; cards computed for the old one go.
      lastUrl = location.href;
      published = isTop ? safePublished() : null;
      cardCache.clear();
      lastReport = '';
    }
    const { counts, total } = registry.counts();
    if (total > 0 && claimsCheckedFor !== lastUrl) {
      // Once per page (URL): reading the whole text again on every live-blog update would cost a walk each time.
      claimsCheckedFor = lastUrl;
      claimPhrases ??= send({ type: 'get-claim-phrases' }).catch(() => ({}));
      claims = claimsIn(body.textContent ?? '', await claimPhrases);
    }
    const pageReport: PageReport = { counts, total, published, claims: total > 0 ? claims : [] };
    const key = JSON.stringify(pageReport);
    if (key === lastReport) return;
    lastReport = key;
    await send({ type: 'page-report', report: pageReport }).catch(() => checkAlive());
  };

  const scanner = new Scanner({ findMentions, mayContain }, registry, (el) => isOwnUi(el), () => void report());

  const cardFor = (entity: string): Promise<CardSummary | null> => {
    let p = cardCache.get(entity);
    if (!p) {
      p = send({ type: 'get-card', entity, published: published?.date ?? null, claims, lang }).catch(() => null);
      cardCache.set(entity, p);
    }
    return p;
  };

  const hover = new HoverController({
    registry,
    card,
    render: async (hit: Hit) => {
      if (!checkAlive()) return false;
      const summary = await cardFor(hit.entity);
      if (!summary) return false;
      const query = new URLSearchParams({ entity: hit.entity });
      if (published) query.set('published', published.date);
      if (claims.length) query.set('claims', claims.join(','));
      const href = browser.runtime.getURL(`popup.html?${query}`);
      card.show(
        h(I18nContext.Provider, { value: { t, lang } }, h(HoverCardView, { summary, fullCardHref: href, onClose: () => hover.close() })),
        () => ({ left: 0, top: 0, maxHeight: 400 }),
      );
      card.onLinkTo(href, () => void send({ type: 'open-full-card', query: query.toString() }).catch(() => checkAlive()));
      return true;
    },
  });

  let follower: MutationFollower | null = null;
  const releasePage = claimPage(teardown);

  // A page with no candidate text costs one textContent read (about half a tree walk) and nothing more.
  if (mayContain(body.textContent ?? '')) void scanner.enqueue([body]);
  else void report();
  follower = followMutations(body, isOwnUi, (roots) => {
    if (checkAlive()) void scanner.enqueue(roots);
  });
  window.addEventListener('popstate', () => void report());

  // Keyboard navigation between mentions (top frame only: the command targets frame 0).
  let cursor = -1;
  const releaseCommands = onTabCommand(({ direction }) => {
    const hits = registry.all();
    if (!hits.length) return;
    cursor = (cursor + direction + hits.length) % hits.length;
    hover.openFor(hits[cursor]!);
  });
}

function safePublished() {
  try {
    return publishedDate(document, location.href);
  } catch {
    return null;
  }
}

start();
