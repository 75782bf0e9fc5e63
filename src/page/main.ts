/**
 * Entry of content.js, on every page: walks the text with the anchor pre-check, highlights mentions without
 * touching the DOM, follows page changes, and reports counts to the background (badge, popup). The matcher,
 * the card and hover, the publication date and claim spotting live in card.js, loaded only where the
 * pre-check finds candidate text.
 */
import { mayContain, searchAnchors } from '../lib/precheck';
import { extensionAlive, extensionUrl, onTabCommand, send, uiLang } from '../platform/page-runtime';
import type { CardSummary, Lang } from '../data/types';
import type { PageReport, PublishedDate } from '../messages';
import type { PageSettings } from '../settings/sites';
import { HighlightRegistry, type Hit } from './highlights';
import { Scanner, yieldToPage } from './scanner';
import { benchMark } from './bench-marks';
import { followMutations } from './mutations';
import { ShadowRootFinder } from './shadow-roots';
import { ShadowPaint } from './shadow-paint';
import { claimPage } from './lifecycle';
import { CLAIM_TEXT_LIMIT, textPrefix } from './claims';
import { pageContext } from './page-context';
import { HOST_TAG, forgetExtras, loadedExtras, whenExtras, type HoverHandle, type PageExtras } from './extras-contract';

declare const __XEV_BROWSER__: 'chrome' | 'firefox';

const isOwnUi = (n: Node) => n instanceof Element && n.localName === HOST_TAG;

/**
 * Runs the content script on the page with `settings` (null when the background could not answer: defaults).
 * Returns the teardown: a settings change tears this instance down and starts a new one, which keeps the
 * live-settings code in this 30 KB bundle to a few lines (a change of settings is rare; a rescan is sliced).
 */
function start(body: HTMLElement, settings: PageSettings | null): () => void {
  // Read on the first card asked for: the first call into the i18n API costs 0.25 ms (Chromium), on every page.
  let lang: Lang | null = null;
  // Chromium paints highlights inside the page's shadow roots by itself; Firefox needs our sheet in each root
  // that holds a mention (shadow-paint.ts; both checked by pixels in the hostile end-to-end suite).
  const paint = __XEV_BROWSER__ === 'firefox' ? new ShadowPaint() : null;
  const registry = new HighlightRegistry(settings?.highlight, paint ? (root) => paint.add(root) : undefined);
  const cardCache = new Map<string, Promise<CardSummary | null>>();
  let extras: Promise<PageExtras> | null = null;
  let claimPhrases: Promise<Record<string, string[]>> | null = null;
  let lastUrl = location.href;
  let lastReport = '';
  /** The page's date and claims, for the URL they were read at; null until read. */
  let facts: { url: string; published: PublishedDate | null; claims: string[] } | null = null;
  let readingFacts: { url: string; done: Promise<void> } | null = null;
  let alive = true;

  const checkAlive = () => {
    if (alive && !extensionAlive()) teardown();
    return alive;
  };

  /** card.js, asked for once, on the first mention; hover starts with it (no mention, nothing to hover). */
  const loadExtras = (): Promise<PageExtras> => {
    extras ??= (async () => {
      if (!loadedExtras()) await send({ type: 'load-extras' });
      const x = await whenExtras();
      if (alive) hover ??= x.createHover({ ...settings, registry, render, prepare, shadowRoots: () => shadows.roots() });
      return x;
    })();
    return extras;
  };
  let hover: HoverHandle | null = null;

  /** The page's date and claims, read once per URL (not on every live-blog update; an SPA's navigation changes both). */
  const readPageFacts = (x: PageExtras): Promise<void> => {
    const url = location.href;
    if (facts?.url === url) return Promise.resolve();
    if (readingFacts?.url !== url) {
      readingFacts = { url, done: (async () => {
        benchMark('published-date');
        const published = window === window.top ? x.publishedDate() : null;
        benchMark('published-date-done');
        const text = scanner.textPrefixOf(body, CLAIM_TEXT_LIMIT) ?? textPrefix(body);
        // Without the phrases (the background did not answer) the page has no claims this time; asked again next time.
        claimPhrases ??= send({ type: 'get-claim-phrases' }).catch(() => {
          claimPhrases = null;
          return {};
        });
        const phrases = await claimPhrases;
        benchMark('claims');
        const claims = x.claimsIn(text, phrases);
        benchMark('claims-done');
        facts = { url, published, claims };
      })() };
    }
    return readingFacts.done;
  };

  /** The facts read for the page as it is now, or none yet. */
  const currentFacts = () => (facts?.url === location.href ? facts : null);

  /** Sends the counts (and the page's facts once read) when they changed: the background's badge and popup state. */
  const sendReport = async () => {
    const now = registry.counts();
    const known = now.total > 0 ? currentFacts() : null;
    const pageReport: PageReport = { ...now, published: known?.published ?? null, claims: known?.claims ?? [] };
    if (follower?.throttled) pageReport.throttled = true;
    const key = JSON.stringify(pageReport);
    if (key === lastReport || !alive) return;
    lastReport = key;
    await send({ type: 'page-report', report: pageReport });
  };

  const report = async () => {
    if (!checkAlive()) return;
    if (location.href !== lastUrl) {
      // Single-page navigation: the new "page" may carry another date; cards computed for the old one go.
      lastUrl = location.href;
      cardCache.clear();
      lastReport = '';
    }
    await sendReport();
    // The date and claims follow in a task of their own, one report later: the highlights and the badge do not
    // wait for them (8-30 ms on big pages: bench phases), and a hover that comes first reads them itself (render).
    if (registry.counts().total > 0 && !currentFacts()) {
      await yieldToPage();
      if (!checkAlive()) return;
      await readPageFacts(await loadExtras());
      // Counted again after the awaits: this sends the newest counts, never older ones.
      await sendReport();
    }
  };
  const reportSafely = () => void report().catch(() => checkAlive());

  const scanner = new Scanner(
    { mayContain, searchAnchors: (text) => searchAnchors(text, pageContext()), loadFindMentions: async () => (await loadExtras()).findMentions },
    registry, isOwnUi, reportSafely, () => follower.version,
  );

  const cardFor = (entity: string, published: string | null, claims: string[]): Promise<CardSummary | null> => {
    let p = cardCache.get(entity);
    if (!p) {
      p = send({ type: 'get-card', entity, published, claims, lang: (lang ??= uiLang()) }).catch(() => null);
      cardCache.set(entity, p);
    }
    return p;
  };

  /** The card for a hit's entity, asked for with the page's date and claims (each read once, then cached). */
  async function summaryFor(hit: Hit) {
    const x = await loadExtras();
    await readPageFacts(x);
    const { published, claims } = currentFacts() ?? { published: null, claims: [] };
    return { x, published, claims, summary: await cardFor(hit.entity, published?.date ?? null, claims) };
  }

  /**
   * Asked for while the pointer rests on a mention, before its card shows: the background's answer (and its
   * service worker's wake-up, after 30 s idle) then arrives during the intent delay instead of after it.
   */
  function prepare(hit: Hit): void {
    if (checkAlive()) void summaryFor(hit).catch(() => checkAlive());
  }

  /** Renders the card for a hovered (or keyboard-chosen) mention; false when there is nothing to show. */
  async function render(hit: Hit): Promise<boolean> {
    if (!checkAlive()) return false;
    const { x, published, claims, summary } = await summaryFor(hit);
    if (!summary || !alive) return false;
    const query = new URLSearchParams({ entity: hit.entity });
    if (published) query.set('published', published.date);
    if (claims.length) query.set('claims', claims.join(','));
    const open = () => void send({ type: 'open-full-card', query: query.toString() }).catch(() => checkAlive());
    x.card.show(summary, extensionUrl(`popup.html?${query}`), open, () => hover?.close(), () => ({ left: 0, top: 0, maxHeight: 400 }));
    return true;
  }

  // Keyboard navigation between mentions, and the popup's "Go to" an entity (both target the top frame).
  let cursor = -1;
  const go = (step: 1 | -1, entity?: string) => {
    const hits = registry.all();
    const n = hits.length;
    for (let i = 1; i <= n; i++) {
      const j = (cursor + step * i + 2 * n) % n;
      if (!entity || hits[j]!.entity === entity) {
        cursor = j;
        return void loadExtras().then(() => hover?.openFor(hits[j]!));
      }
    }
  };

  const releaseCommands = onTabCommand((c) => {
    if (c.type === 'goto-mention') go(1, c.entity);
    else if (c.type === 'navigate-mention') go(c.direction);
    else if (c.type === 'toggle-highlights') registry.setVisible((visible = !visible));
  });
  let visible = true;

  // The page's open shadow roots: each is scanned and followed like the body; a host that leaves takes its
  // root's highlights with it (the scan of the host's old parent drops text that left the page).
  const shadows = new ShadowRootFinder({
    onRoot: (root) => {
      follower.observe(root);
      void scanner.enqueue([root]);
    },
    onGone: (root) => follower.unobserve(root),
  });
  const follower = followMutations(body, isOwnUi, (roots, added) => {
    if (!checkAlive()) return;
    shadows.refresh();
    for (const el of added) if (el.isConnected) shadows.discover(el);
    void scanner.enqueue(roots);
  });
  const onPopState = () => reportSafely();
  window.addEventListener('popstate', onPopState);

  function teardown(): void {
    if (!alive) return;
    alive = false;
    scanner.stop();
    shadows.stop();
    follower.disconnect();
    hover?.destroy();
    forgetExtras();
    registry.clear();
    paint?.clear();
    releaseCommands();
    releasePage();
    window.removeEventListener('popstate', onPopState);
  }
  const releasePage = claimPage(teardown);

  // A page with no candidate text costs its textContent and one pass of the pre-check over it (no walk), and
  // one querySelectorAll for shadow hosts (shadow-roots.ts).
  shadows.discover(body);
  void scanner.enqueue([body]);
  return teardown;
}

// Settings decide whether the script runs here (per site, for the tab's top-level site) and how; the
// background answers at start and pushes changes. Off: no highlights, no card, nothing reported.
const body = document.body;
let stop = () => {};
const apply = (s: PageSettings | null) => {
  stop();
  if (s?.on !== false) stop = start(body, s);
};
if (body) {
  void send({ type: 'get-page-settings' }).catch(() => null).then(apply);
  onTabCommand((c) => c.type === 'page-settings' && apply(c.settings));
}
