/**
 * Starts Debian's Chromium and Firefox ESR with an unpacked build of the extension loaded, on this closed,
 * root-only machine. Recipe and pitfalls: ../shared/harness/README.md (the project's own code is here).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr';

/** Without the background-networking flags Chromium keeps dialling Google's hosts on a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter',
];

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string, opts: { headless?: boolean; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; locale?: string; args?: string[] } = {}): Promise<ChromiumSession> {
  const { chromium } = await import('playwright-core');
  const ext = path.resolve(extensionDir);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'xev-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    // Playwright's default --disable-extensions would keep the extension from starting.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...(opts.locale ? [`--lang=${opts.locale}`] : []), ...(opts.args ?? [])],
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale,
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** moz-extension://<uuid>/ */
  base: string;
  close(): Promise<void>;
}

/** A fixed moz-extension UUID, so extension pages have a known address. */
const FIREFOX_UUID = '7c1e2d3a-5b4f-4e6a-9d8c-0a1b2c3d4e5f';

export async function launchFirefox(extensionDir: string, opts: { headless?: boolean; prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  const puppeteer = (await import('puppeteer-core')).default;
  const ext = path.resolve(extensionDir);
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets WebDriver BiDi open moz-extension:// pages in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(ext);
  return { browser, base: `moz-extension://${FIREFOX_UUID}/`, close: () => browser.close() };
}

/**
 * puppeteer never sees a BiDi navigation to moz-extension:// finish, although the page loads: fire the
 * navigation, then poll the document (no eval in here: extension pages forbid it).
 */
export async function openFirefoxExtensionPage(browser: PuppeteerBrowser, url: string, readySelector: string, timeoutMs = 15_000): Promise<PuppeteerPage> {
  const page = await browser.newPage();
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await page
      .evaluate((u: string, sel: string) => location.href === u && document.readyState === 'complete' && !!document.querySelector(sel), url, readySelector)
      .catch(() => false);
    if (ok) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page ${url} did not show ${readySelector} within ${timeoutMs} ms`);
}

/**
 * Chromium without the extension, for "install while tabs are open": load it later with
 * `loadExtensionLater`, through the DevTools protocol (needs --enable-unsafe-extension-debugging).
 */
export async function launchChromiumWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'xev-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging'],
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

export async function loadExtensionLater(context: BrowserContext, extensionDir: string): Promise<{ extensionId: string; worker: Worker }> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: path.resolve(extensionDir) } as never)) as { id: string };
  const worker = context.serviceWorkers().find((w) => w.url().includes(id)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(id), timeout: 20_000 }));
  return { extensionId: id, worker };
}
