import { browser, type Runtime } from './browser';
import type { Request, RequestType, RequestOf, ResponseOf, TabCommand } from '../messages';

/** Sends a typed request to the background and resolves with its typed response. */
export function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  return browser.runtime.sendMessage(request) as Promise<ResponseOf<T>>;
}

export type Sender = { tabId: number | null; frameId: number };
export type Handler = (request: Request, sender: Sender) => Promise<unknown> | undefined;

/** Registers the background's single router. A handler returns undefined for requests it does not own. */
export function onRequest(handler: Handler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return undefined;
    return handler(message as Request, { tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? 0 });
  });
}

/** Background → tab: a keyboard command for the page's content script (top frame). */
export function sendToTab(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}
