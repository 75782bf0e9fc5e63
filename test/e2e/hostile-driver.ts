/**
 * One small surface over playwright-core (Chromium) and puppeteer-core (Firefox), so every hostile page is
 * written once and run in both browsers. Only what the hostile suite needs: pages, frames, pointer and
 * keyboard, page errors, and the extension's view of a tab (badge, tab state, popup text).
 */
import path from 'node:path';
import type { PageReport } from '../../src/messages';
import { launchChromium, launchFirefox, openFirefoxExtensionPage, type ChromiumSession, type FirefoxSession } from './harness/browsers';
import { E2E_DIST } from './global-setup';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface PopupView {
  text: string;
  entities: string[];
}

/** Runs in the popup: its text and the entity tabs it lists. */
function readPopup(): PopupView {
  const entities = [...document.querySelectorAll('[data-testid^="entity-"]')].map((e) => e.getAttribute('data-testid')!.slice('entity-'.length));
  return { text: document.body.innerText, entities };
}

type Fn<A, R> = (arg: A) => R | Promise<R>;

export interface HFrame {
  url(): string;
  evaluate<A, R>(fn: Fn<A, R>, arg: A): Promise<R>;
}

export interface HPage extends HFrame {
  goto(url: string): Promise<void>;
  frames(): HFrame[];
  move(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  front(): Promise<void>;
  /** A PNG of the viewport (tests sample its pixels to see what the browser really painted). */
  screenshot(): Promise<Uint8Array>;
  close(): Promise<void>;
  /** Uncaught errors and console errors of the page and its frames, minus the ones a strict CSP causes. */
  readonly errors: string[];
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  open(url: string): Promise<HPage>;
  tabId(page: HPage): Promise<number>;
  badge(page: HPage): Promise<string>;
  /** The tab's merged report as the background holds it (what the popup shows). */
  tabState(page: HPage): Promise<PageReport | null>;
  /** The popup opened for the page's tab: its visible text and the entities it lists (data-testid). */
  popup(page: HPage): Promise<PopupView>;
  /** Reloads the extension as an update would (the page stays open); the driver follows the new instance. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The page's own blocked inline style under `default-src 'none'` is reported as an error by both browsers
 * (DESIGN.md, "Testing in real browsers"); so is the 404 of a favicon a page did not declare.
 */
export function isPageOwnNoise(text: string): boolean {
  return /Content[- ]Security[- ]Policy|Refused to apply inline style|style-src|favicon\.ico/i.test(text);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await fn();
  while (!ok(last) && Date.now() < until) {
    await sleep(100);
    last = await fn();
  }
  return last;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the two libraries' page types differ only in generics */
function wrap(page: any, pwStyle: boolean): HPage {
  const errors: string[] = [];
  page.on('pageerror', (e: unknown) => {
    if (!isPageOwnNoise(String(e))) errors.push(`pageerror: ${String(e)}`);
  });
  page.on('console', (m: any) => {
    if (m.type() === 'error' && !isPageOwnNoise(m.text())) errors.push(`console: ${m.text()}`);
  });
  const frameOf = (f: any): HFrame => ({ url: () => f.url(), evaluate: (fn, arg) => f.evaluate(fn, arg) });
  return {
    errors,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    goto: async (url) => void (await page.goto(url)),
    frames: () => page.frames().map(frameOf),
    move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text, pwStyle ? undefined : { delay: 5 }),
    press: (key) => page.keyboard.press(key),
    front: () => page.bringToFront(),
    screenshot: () => page.screenshot(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(dir = path.join(E2E_DIST, 'chrome'), args: string[] = []): Promise<Driver & { session: ChromiumSession }> {
  const session = await launchChromium(dir, { args });
  const openExt = async () => {
    const p = await session.context.newPage();
    await p.goto(`chrome-extension://${session.extensionId}/popup.html?tab=1`);
    return p;
  };
  let ext = await openExt();
  const tabId = (page: HPage) =>
    session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1, page.url());
  return {
    name: 'chromium',
    session,
    open: async (url) => {
      const p = wrap(await session.context.newPage(), true);
      await p.goto(url);
      return p;
    },
    tabId,
    badge: async (page) => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), await tabId(page)),
    tabState: async (page) => ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), await tabId(page)),
    popup: async (page) => {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await tabId(page)}`);
      await popup.waitForSelector('[data-testid^="entity-"], .xev-notice', { timeout: 5000 }).catch(() => undefined);
      const view = await popup.evaluate(readPopup);
      await popup.close();
      await page.front();
      return view;
    },
    reloadExtension: async () => {
      // chrome.runtime.reload() leaves an extension loaded from the command line blocked (ERR_BLOCKED_BY_CLIENT)
      // in this Chromium; loading the same directory again over CDP replaces it in place, as an update does.
      const next = session.context.waitForEvent('serviceworker', { timeout: 20_000 });
      const cdp = await session.context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: path.resolve(dir) } as never);
      await cdp.detach();
      session.worker = await next;
      ext = await openExt();
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(dir = path.join(E2E_DIST, 'firefox'), prefs: Record<string, unknown> = {}): Promise<Driver & { session: FirefoxSession; ext(): PuppeteerPage }> {
  const session = await launchFirefox(dir, { prefs });
  const openExt = () => openFirefoxExtensionPage(session.browser, `${session.base}popup.html?tab=1`, 'body');
  let ext = await openExt();
  const tabId = (page: HPage) =>
    ext.evaluate(async (u: string) => ((await (globalThis as any).browser.tabs.query({})) as Array<{ url: string; id: number }>).find((t) => t.url === u)?.id ?? -1, page.url());
  return {
    name: 'firefox',
    session,
    ext: () => ext,
    open: async (url) => {
      const p = wrap(await session.browser.newPage(), false);
      await p.goto(url);
      return p;
    },
    tabId,
    badge: async (page) => ext.evaluate((id: number) => (globalThis as any).browser.action.getBadgeText({ tabId: id }), await tabId(page)),
    tabState: async (page) => ext.evaluate((id: number) => (globalThis as any).browser.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), await tabId(page)),
    popup: async (page) => {
      const popup = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html?tab=${await tabId(page)}`, '[data-testid^="entity-"], .xev-notice');
      const view = await popup.evaluate(readPopup);
      await popup.close();
      await page.front();
      return view;
    },
    reloadExtension: async () => {
      await ext.evaluate(() => void (globalThis as any).browser.runtime.reload()).catch(() => undefined);
      await sleep(1500);
      ext = await openExt();
    },
    close: () => session.close(),
  };
}
