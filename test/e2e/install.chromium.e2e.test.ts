/**
 * Chrome does not run declared content scripts in tabs that were open before the install: the background
 * injects them (DESIGN.md decision 9). Here the article is open first, then the extension is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromiumWithoutExtension, loadExtensionLater } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { E2E_DIST } from './global-setup';
import { DEMO_MENTIONS, highlightedTexts } from './expectations';

let server: TestServer;
let browser: { context: BrowserContext; close(): Promise<void> };

describe('Chromium: install while the article is already open', () => {
  beforeAll(async () => {
    server = await startServer(path.resolve('test/fixtures/pages'));
    browser = await launchChromiumWithoutExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the open tab without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    expect(await page.evaluate(highlightedTexts)).toEqual([]);
    const { worker } = await loadExtensionLater(browser.context, path.join(E2E_DIST, 'chrome'));
    await page.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 7, null, { timeout: 15_000 });
    expect(await page.evaluate(highlightedTexts)).toEqual(DEMO_MENTIONS);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)!.id!, page.url());
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('7');
  });
});
