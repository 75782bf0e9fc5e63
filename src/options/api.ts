/** What the options page asks of the background; an interface so the page is unit-tested with a fake. */
import type { FeedStatus, SaveResult } from '../messages';
import { browser } from '../platform/browser';
import { send } from '../platform/messaging';
import { readStoredSettings, type Settings } from '../settings/schema';

export interface OptionsApi {
  get(): Promise<Settings>;
  /** The background validates: invalid input is refused with errors and nothing is stored. */
  save(settings: unknown): Promise<SaveResult>;
  feedStatus(): Promise<FeedStatus>;
  checkFeed(): Promise<FeedStatus>;
  /** Settings changed elsewhere (the popup, another machine) while the page is open. Returns an unsubscribe. */
  onChanged?(listener: (settings: Settings) => void): () => void;
}

export const browserApi: OptionsApi = {
  get: () => send<'get-settings'>({ type: 'get-settings' }),
  save: (settings) => send<'save-settings'>({ type: 'save-settings', settings }),
  feedStatus: () => send<'get-feed-status'>({ type: 'get-feed-status' }),
  checkFeed: () => send<'check-feed'>({ type: 'check-feed' }),
  onChanged(listener) {
    // Read from the change itself: asking the background could race its own onChanged listener.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && changes.settings) listener(readStoredSettings(changes.settings.newValue));
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => browser.storage.onChanged.removeListener(onStorage);
  },
};
