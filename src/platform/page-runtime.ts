/**
 * The content scripts' seam to the extension API, without webextension-polyfill: the content script runs on
 * every page, its budget is 30 KB (issue 5), and the polyfill alone is 10 KB. The few calls made here are
 * promise-based natively in both browsers under Manifest V3 (`browser.*` in Firefox, `chrome.*` in Chrome),
 * and none needs the polyfill's one real fix (a promise returned from an onMessage listener).
 */
import type { Browser } from 'webextension-polyfill';
import type { Lang } from '../data/types';
import { langOf } from './lang';
import type { RequestOf, RequestType, ResponseOf, TabCommand } from '../messages';

type PageApi = Pick<Browser, 'runtime' | 'i18n'>;

function api(): PageApi {
  const g = globalThis as unknown as { browser?: PageApi; chrome?: PageApi };
  return (g.browser ?? g.chrome)!;
}

/** False once the extension was reloaded, updated or removed under this page: every call would throw. */
export function extensionAlive(): boolean {
  try {
    return !!api()?.runtime?.id;
  } catch {
    return false;
  }
}

export function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  return api().runtime.sendMessage(request) as Promise<ResponseOf<T>>;
}

export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}

/**
 * Listens for commands from the background (keyboard, the popup's "Go to", settings changes). Only the
 * extension itself can message a content script, so the shape check is a guard against our own mistakes.
 * Returns a function that removes the listener.
 */
export function onTabCommand(handler: (command: TabCommand) => void): () => void {
  const listener = (message: unknown): undefined => {
    if (typeof (message as TabCommand | null)?.type === 'string') handler(message as TabCommand);
    return undefined;
  };
  api().runtime.onMessage.addListener(listener);
  return () => api().runtime.onMessage.removeListener(listener);
}

export function t(key: string, substitutions?: string | string[]): string {
  return api().i18n.getMessage(key, substitutions) || key;
}

export function uiLang(): Lang {
  return langOf(api().i18n.getUILanguage());
}
