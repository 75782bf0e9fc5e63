import { browser, type Runtime } from './browser';
import type { Request, RequestType, RequestOf, ResponseOf, TabCommand } from '../messages';

/** Sends a typed request to the background and resolves with its typed response. */
export function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  return browser.runtime.sendMessage(request) as Promise<ResponseOf<T>>;
}

/**
 * `tabUrl`: the top-level URL of the sender's tab (per-site settings follow the tab, not the frame).
 * `extensionPage`: sent by one of our own pages (popup, options), not by a content script in a web page.
 */
export type Sender = { tabId: number | null; frameId: number; tabUrl?: string; extensionPage: boolean };
export type Handler = (request: Request, sender: Sender) => Promise<unknown> | undefined;

/** Registers the background's single router. A handler returns undefined for requests it does not own. */
export function onRequest(handler: Handler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return undefined;
    return handler(message as Request, {
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? 0,
      tabUrl: sender.tab?.url,
      extensionPage: !!sender.url?.startsWith(browser.runtime.getURL('')),
    });
  });
}

/** Background → tab: a keyboard command for the page's content script (top frame). */
export function sendToTab(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}

/** Background → every frame of a tab (settings changes). */
export function sendToAllFrames(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command);
}
