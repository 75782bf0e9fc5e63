/**
 * The background: one message router, per-tab state, the badge, and the dataset (the content script
 * carries the matcher; the facts stay here and go out one card at a time).
 */
import bundledDataset from '../data/dataset.json';
import type { Dataset } from '../data/types';
import { cardSummary } from '../data/queries';
import { browser } from '../platform/browser';
import { onRequest, sendToTab, type Sender } from '../platform/messaging';
import type { Request, SiteStatus, TabCommand } from '../messages';
import { pageSettings, siteEnabled, siteOf, withSite } from '../settings/sites';
import { readStoredSettings, type Settings } from '../settings/schema';
import { TabState } from './tab-state';
import { setBadge } from './badge';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { fullCardUrl } from './full-card-url';
import { SettingsStore, SETTINGS_KEY } from './settings-store';
import { applyToOpenTabs, badgeCount, setTabIcon } from './tab-controls';
import { DataSource } from './data-source';

declare const __XEV_BROWSER__: 'chrome' | 'firefox';
/** 10 s in releases; the end-to-end build shortens it to test the slow-feed case (build.mjs --feed-timeout-ms). */
declare const __XEV_FEED_TIMEOUT_MS__: number;

const tabs = new TabState(browser.storage.session);
const settings = new SettingsStore(browser.storage.sync);
// The dataset is the accepted feed's if there is one (issue 4), else the bundled one.
const data = new DataSource({ bundled: bundledDataset as unknown as Dataset, area: browser.storage.local, timeoutMs: __XEV_FEED_TIMEOUT_MS__ });

async function siteStatus(tabId: number): Promise<SiteStatus> {
  const [s, tab] = await Promise.all([settings.get(), browser.tabs.get(tabId).catch(() => null)]);
  const site = siteOf(tab?.url);
  return { site, enabled: s.enabled, siteEnabled: siteEnabled(s, site) };
}

/**
 * Requests only our own pages may make. A content script runs beside hostile page code; it never needs to read
 * or change the settings, start a feed check or steer another tab, so it is refused even if subverted.
 */
const PAGES_ONLY: ReadonlySet<Request['type']> = new Set([
  'get-settings', 'save-settings', 'get-site-status', 'set-site-enabled', 'goto-mention', 'get-feed-status', 'check-feed',
] as const);

async function route(req: Request, { tabId, frameId, tabUrl, extensionPage }: Sender): Promise<unknown> {
  if (PAGES_ONLY.has(req.type) && !extensionPage) throw new Error(`${req.type}: extension pages only`);
  switch (req.type) {
    case 'page-report': {
      if (tabId === null) return { ok: true };
      const merged = await tabs.report(tabId, frameId, req.report);
      await setBadge(tabId, badgeCount(await settings.get(), merged.total)).catch(() => undefined); // the tab may have closed meanwhile
      return { ok: true };
    }
    case 'get-tab-state':
      return tabs.get(req.tabId);
    case 'get-dataset':
      return data.dataset();
    case 'get-card':
      return cardSummary(await data.dataset(), req.entity, req.published, req.claims);
    case 'get-claim-phrases':
      return Object.fromEntries((await data.dataset()).claims.map((c) => [c.id, c.match]));
    case 'get-page-settings': {
      // Every frame follows its tab's top-level site; the top frame's load also sets the tab's icon.
      const s = await settings.get();
      if (tabId !== null && frameId === 0) await setTabIcon(tabId, s, tabUrl).catch(() => undefined);
      return pageSettings(s, siteOf(tabUrl));
    }
    case 'get-settings':
      return settings.get();
    case 'save-settings':
      return settings.save(req.settings);
    case 'get-site-status':
      return siteStatus(req.tabId);
    case 'set-site-enabled': {
      const { site } = await siteStatus(req.tabId);
      if (site) await settings.save(withSite(await settings.get(), site, req.enabled));
      return siteStatus(req.tabId);
    }
    case 'goto-mention': {
      const ok = await sendToTab(req.tabId, { type: 'goto-mention', entity: req.entity }).then(() => true, () => false);
      return { ok };
    }
    case 'get-feed-status':
      return data.status();
    case 'check-feed':
      return data.check((await settings.get()).feedUrl);
    case 'load-extras': {
      if (tabId === null) return { ok: false };
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['card.js'] });
      return { ok: true };
    }
    case 'open-full-card': {
      const url = fullCardUrl(browser.runtime.getURL('popup.html'), req.query);
      if (url) await browser.tabs.create({ url });
      return { ok: true };
    }
  }
}

onRequest((req, sender) => route(req, sender));

// Settings changed (here, in the options, or synced from another machine): open tabs follow at once.
browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_KEY];
  if (area !== 'sync' || !change) return;
  const next = settings.changed(change.newValue);
  void applyToOpenTabs(next, readStoredSettings(change.oldValue), tabs);
  // Feed removed: back to the bundled data. (A new feed URL is checked by the options page's "save".)
  const before = (change.oldValue as Partial<Settings> | undefined)?.feedUrl ?? '';
  if (before && !next.feedUrl) void data.forget();
});

// The update feed: checked when the background starts if the last check is a day old. The background starts
// often (each page load wakes it), so no alarm is needed; "check now" in the options checks at once.
void settings.get().then((s) => data.checkIfDue(s.feedUrl)).catch(() => undefined);

// A new document in the tab: the old page's counts are gone (single-page apps re-report by themselves).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void tabs.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));

// Keyboard: next / previous mention in the active tab (rebindable in the browser's shortcut settings).
browser.commands.onCommand.addListener(async (command) => {
  const message: TabCommand | null =
    command === 'next-mention' ? { type: 'navigate-mention', direction: 1 }
    : command === 'previous-mention' ? { type: 'navigate-mention', direction: -1 }
    : command === 'toggle-highlights' ? { type: 'toggle-highlights' }
    : null;
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendToTab(tab.id, message).catch(() => undefined);
});

browser.runtime.onInstalled.addListener(() => {
  if (__XEV_BROWSER__ === 'chrome') void injectIntoOpenTabs();
});
