/**
 * What the settings mean for open tabs: each frame's content script gets its page settings (applied live,
 * no reload), the toolbar icon shows a distinct "off" state on tabs where the extension does not run, and
 * the badge is emptied where it should not show.
 */
import { browser } from '../platform/browser';
import { sendToAllFrames } from '../platform/messaging';
import type { Settings } from '../settings/schema';
import { pageSettings, siteOf } from '../settings/sites';
import { setBadge } from './badge';
import type { TabState } from './tab-state';

const icons = (suffix: string) => ({
  16: `icons/icon-16${suffix}.png`,
  32: `icons/icon-32${suffix}.png`,
  48: `icons/icon-48${suffix}.png`,
  128: `icons/icon-128${suffix}.png`,
});

/** The "off" icon on web pages where the extension does not run; the normal one elsewhere. */
export async function setTabIcon(tabId: number, settings: Settings, tabUrl: string | undefined): Promise<void> {
  const site = siteOf(tabUrl);
  const off = site !== null && !pageSettings(settings, site).on;
  await browser.action.setIcon({ tabId, path: icons(off ? '-off' : '') });
}

/** The badge text for a tab's mention count under these settings. */
export function badgeCount(settings: Settings, total: number): number {
  return settings.showBadge ? total : 0;
}

/**
 * Pushes new settings to every open tab whose page settings changed (a content script restarts on each push,
 * so unrelated changes, such as another site's entry or the feed URL, must not reach it). Tabs without our
 * content script (browser pages) are skipped. A tab switched off loses its counts: badge and popup empty.
 */
export async function applyToOpenTabs(settings: Settings, previous: Settings, tabs: TabState): Promise<void> {
  const open = await browser.tabs.query({});
  await Promise.all(
    open.map(async (tab) => {
      if (tab.id === undefined) return;
      const id = tab.id;
      const site = siteOf(tab.url);
      const page = pageSettings(settings, site);
      if (JSON.stringify(page) !== JSON.stringify(pageSettings(previous, site))) {
        if (!page.on) await tabs.forget(id);
        await sendToAllFrames(id, { type: 'page-settings', settings: page }).catch(() => undefined);
      }
      await setTabIcon(id, settings, tab.url).catch(() => undefined);
      const state = await tabs.get(id);
      await setBadge(id, page.on ? badgeCount(settings, state?.total ?? 0) : 0).catch(() => undefined);
    }),
  );
}
