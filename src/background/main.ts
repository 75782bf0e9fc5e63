/**
 * The background: one message router, per-tab state, the badge, and the dataset (the content script
 * carries the matcher; the facts stay here and go out one card at a time).
 */
import bundledDataset from '../data/dataset.json';
import type { Dataset } from '../data/types';
import { cardSummary } from '../data/queries';
import { browser } from '../platform/browser';
import { onRequest, sendToTab } from '../platform/messaging';
import type { Request } from '../messages';
import { TabState } from './tab-state';
import { setBadge } from './badge';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { fullCardUrl } from './full-card-url';

declare const __XEV_BROWSER__: 'chrome' | 'firefox';

const dataset = bundledDataset as unknown as Dataset;
const tabs = new TabState(browser.storage.session);

async function route(req: Request, tabId: number | null, frameId: number): Promise<unknown> {
  switch (req.type) {
    case 'page-report': {
      if (tabId === null) return { ok: true };
      const merged = await tabs.report(tabId, frameId, req.report);
      await setBadge(tabId, merged.total).catch(() => undefined); // the tab may have closed meanwhile
      return { ok: true };
    }
    case 'get-tab-state':
      return tabs.get(req.tabId);
    case 'get-dataset':
      return dataset;
    case 'get-card':
      return cardSummary(dataset, req.entity, req.published, req.claims);
    case 'get-claim-phrases':
      return Object.fromEntries(dataset.claims.map((c) => [c.id, c.match]));
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

onRequest((req, sender) => route(req, sender.tabId, sender.frameId));

// A new document in the tab: the old page's counts are gone (single-page apps re-report by themselves).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void tabs.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));

// Keyboard: next / previous mention in the active tab (rebindable in the browser's shortcut settings).
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'next-mention' && command !== 'previous-mention') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'navigate-mention', direction: command === 'next-mention' ? 1 : -1 }).catch(() => undefined);
});

browser.runtime.onInstalled.addListener(() => {
  if (__XEV_BROWSER__ === 'chrome') void injectIntoOpenTabs();
});
