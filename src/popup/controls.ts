/**
 * What the popup can change: the global switch, this site's switch, "Go to" a mention, the options page.
 * An interface so the popup's components are tested with a fake, and the real one talks to the background.
 */
import type { EntityId } from '../data/types';
import type { SiteStatus } from '../messages';
import { browser } from '../platform/browser';
import { send } from '../platform/messaging';
import { activeTabId } from '../platform/tabs';

export interface PopupControls {
  siteStatus(): Promise<SiteStatus | null>;
  setSiteEnabled(enabled: boolean): Promise<SiteStatus | null>;
  setEnabled(enabled: boolean): Promise<SiteStatus | null>;
  /** Scrolls the tab to the next mention of `entity` and opens its card. */
  goTo(entity: EntityId): Promise<boolean>;
  openOptions(): void;
}

export function browserControls(): PopupControls {
  const tab = activeTabId();
  const status = async () => {
    const tabId = await tab;
    return tabId === null ? null : send<'get-site-status'>({ type: 'get-site-status', tabId });
  };
  return {
    siteStatus: status,
    async setSiteEnabled(enabled) {
      const tabId = await tab;
      return tabId === null ? null : send<'set-site-enabled'>({ type: 'set-site-enabled', tabId, enabled });
    },
    async setEnabled(enabled) {
      const settings = await send<'get-settings'>({ type: 'get-settings' });
      await send<'save-settings'>({ type: 'save-settings', settings: { ...settings, enabled } });
      return status();
    },
    async goTo(entity) {
      const tabId = await tab;
      return tabId !== null && (await send<'goto-mention'>({ type: 'goto-mention', tabId, entity })).ok;
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
