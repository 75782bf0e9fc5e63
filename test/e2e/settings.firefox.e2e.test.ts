/**
 * Settings in real Firefox ESR: the popup's site switch applies live, the options page renders and saves
 * (highlight style follows at once), and the update feed keeps bad data out and accepts newer data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { poll } from './harness/poll';
import { E2E_DIST } from './global-setup';
import { FEED_ROUTES } from './feed-fixtures';

const PAGES = path.resolve('test/fixtures/pages');

let session: FirefoxSession;
let server: TestServer;
let page: Page;
let ext: Page;
let tabId: number;

/** Runs in the page: ranges per highlight name. */
function paint(): string {
  const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return `underline=${hl.get('xev-mention')?.size ?? 0} background=${hl.get('xev-mention-bg')?.size ?? 0}`;
}

const badge = () => ext.evaluate((id: number) => (globalThis as any).browser.action.getBadgeText({ tabId: id }), tabId);
const click = (p: Page, testId: string) => p.evaluate((id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement).click(), testId);
const text = (p: Page, testId: string) => p.evaluate((id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

describe('Firefox: settings, popup switch, options page and update feed', () => {
  beforeAll(async () => {
    server = await startServer(PAGES, FEED_ROUTES);
    session = await launchFirefox(path.join(E2E_DIST, 'firefox'));
    page = await session.browser.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    ext = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html`, 'body');
    tabId = await ext.evaluate(async (u: string) => (await (globalThis as any).browser.tabs.query({})).find((t: any) => t.url === u).id, page.url());
    expect(await poll(() => page.evaluate(paint), (v) => v === 'underline=7 background=0')).toBe('underline=7 background=0');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('popup: turning the site off and on applies at once', async () => {
    const popup = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html?tab=${tabId}`, '[data-testid="site-toggle"]');
    expect(await text(popup, 'site-toggle')).toBe('Turn off for 127.0.0.1');
    await click(popup, 'site-toggle');
    expect(await poll(() => page.evaluate(paint), (v) => v === 'underline=0 background=0')).toBe('underline=0 background=0');
    expect(await poll(badge, (b) => b === '')).toBe('');
    expect(await poll(() => text(popup, 'site-toggle'), (t) => t === 'Turn on for 127.0.0.1')).toBe('Turn on for 127.0.0.1');
    await click(popup, 'site-toggle');
    expect(await poll(() => page.evaluate(paint), (v) => v === 'underline=7 background=0')).toBe('underline=7 background=0');
    expect(await poll(badge, (b) => b === '7')).toBe('7');
    await popup.close();
  });

  it('options page: renders, saves, and the highlight style follows in the open tab', async () => {
    const options = await openFirefoxExtensionPage(session.browser, `${session.base}options.html`, '[data-testid="opt-style-background"]');
    await click(options, 'opt-style-background');
    expect(await poll(() => page.evaluate(paint), (v) => v === 'underline=0 background=7')).toBe('underline=0 background=7');
    expect(await poll(() => text(options, 'notice'), (t) => t === 'Saved.')).toBe('Saved.');
    await click(options, 'opt-reset');
    expect(await poll(() => page.evaluate(paint), (v) => v === 'underline=7 background=0')).toBe('underline=7 background=0');
    await options.close();
  });

  it('update feed: a malformed feed is refused with its reason, a newer one is accepted', async () => {
    const options = await openFirefoxExtensionPage(session.browser, `${session.base}options.html`, '[data-testid="feed-url"]');
    const check = async (url: string) => {
      await options.evaluate((u: string) => {
        const input = document.querySelector('[data-testid="feed-url"]') as HTMLInputElement;
        input.value = u;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, url);
      await click(options, 'feed-save');
      return poll(
        () => options.evaluate(() => {
          const r = document.querySelector('[data-testid="feed-result"]');
          return { url: r?.getAttribute('data-url') ?? '', reason: r?.getAttribute('data-reason') ?? '', text: r?.textContent ?? '', current: document.querySelector('[data-testid="feed-current"]')?.textContent ?? '' };
        }),
        (v) => v.url === url,
        15_000,
      );
    };
    const bad = await check(`${server.origin}/feed/malformed.json`);
    expect(bad.reason).toBe('not-json');
    expect(bad.current).toMatch(/version 1, as of 28 Feb 2026 \(built in\)/);
    const huge = await check(`${server.origin}/feed/huge-chunked.json`);
    expect(huge.reason).toBe('too-large');
    const good = await check(`${server.origin}/feed/newer.json`);
    expect(good.reason).toBe('accepted');
    expect(good.current).toMatch(/version 2, as of 30 Jun 2026 \(from the update feed\)/);
    const popup = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html?tab=${tabId}`, '[data-testid="as-of"]');
    expect(await text(popup, 'as-of')).toMatch(/30 Jun 2026/);
    for (const r of server.log.filter((l) => l.path.startsWith('/feed/'))) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
    await popup.close();
    await options.close();
  });
});
