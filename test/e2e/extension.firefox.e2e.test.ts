/**
 * The same chain in real Firefox ESR, driven over WebDriver BiDi: highlights, badge, hover card, popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { poll } from './harness/poll';
import { E2E_DIST } from './global-setup';
import {
  ARTIFACTS, DEMO_COUNTS, DEMO_MENTIONS, boxesOverlap, demoPublished, expectedSu7Card, highlightedTexts, openCard,
  pageSnapshot, rangeBox,
} from './expectations';

const PAGES = path.resolve('test/fixtures/pages');
const demoHtml = readFileSync(path.join(PAGES, 'demo-article.html'), 'utf8');

let session: FirefoxSession;
let server: TestServer;
let page: Page;
let ext: Page;

/** Tab id and badge text, read from an extension page (the background is no BiDi target). */
async function badgeOf(url: string): Promise<{ tabId: number; text: string }> {
  return ext.evaluate(async (u: string) => {
    const api = (globalThis as any).browser;
    const tabs = await api.tabs.query({});
    const tabId = tabs.find((t: any) => t.url === u).id;
    return { tabId, text: await api.action.getBadgeText({ tabId }) };
  }, url);
}

describe('Firefox: the demo article end to end', () => {
  beforeAll(async () => {
    server = await startServer(PAGES);
    session = await launchFirefox(path.join(E2E_DIST, 'firefox'));
    page = await session.browser.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    ext = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html`, 'body');
    await page.bringToFront();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights exactly the seven mentions', async () => {
    const texts = await poll(() => page.evaluate(highlightedTexts), (t) => t.length >= 7);
    expect(texts).toEqual(DEMO_MENTIONS);
    await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-demo-highlights.png') });
  });

  it('leaves the page DOM and text byte-for-byte as they were', async () => {
    const ref = await session.browser.newPage();
    await ref.goto(pathToFileURL(path.join(PAGES, 'demo-article.html')).href);
    const before = await ref.evaluate(pageSnapshot);
    await ref.close();
    await page.bringToFront();
    const after = await page.evaluate(pageSnapshot);
    expect(after.body).toBe(before.body);
    expect(after.head).toBe(before.head);
    expect(after.text).toBe(before.text);
  });

  it('shows the mention count on the toolbar badge', async () => {
    const badge = await poll(() => badgeOf(page.url()), (b) => b.text === '7');
    expect(badge.text).toBe('7');
  });

  it('opens a hover card with the entity, its latest event and the since-count, and closes it', async () => {
    await page.bringToFront();
    const expected = expectedSu7Card(demoPublished(demoHtml));
    const box = (await page.evaluate(rangeBox, { text: 'Xiaomi MS11', nth: 0 }))!;
    expect(box).not.toBeNull();
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const card = await poll(() => page.evaluate(openCard), (c) => c !== null, 5000);
    expect(card).not.toBeNull();
    expect(card!.text).toContain(expected.name);
    expect(card!.text).toContain(expected.latestTitle);
    expect(card!.text).toMatch(new RegExp(`${expected.sinceCount}\\s+events? since this article \\(Feb 2023\\)`));
    expect(boxesOverlap(card!.box, box)).toBe(false);
    // Then vs now, and the article's own claims checked (the demo repeats the 2023 price and date claims).
    expect(card!.thenNow).toBeGreaterThan(0);
    expect(card!.claims).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-hover-card.png') });

    await page.mouse.move(card!.box.left + 20, card!.box.top + 20, { steps: 3 });
    await new Promise((r) => setTimeout(r, 700));
    expect(await page.evaluate(openCard)).not.toBeNull();

    await page.mouse.move(5, 5, { steps: 2 });
    expect(await poll(() => page.evaluate(openCard), (c) => c === null, 3000)).toBeNull();

    await page.mouse.move(box.x, box.y, { steps: 3 });
    expect(await poll(() => page.evaluate(openCard), (c) => c !== null, 5000)).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(openCard)).toBeNull();
  });

  it('popup lists the entities and shows the SU7 timeline with its source and the article marker', async () => {
    const { tabId } = await badgeOf(page.url());
    const popup = await openFirefoxExtensionPage(session.browser, `${session.base}popup.html?tab=${tabId}`, '[data-testid="entity-su7"]');
    for (const [entity, n] of Object.entries(DEMO_COUNTS)) {
      const text = await popup.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? '', `[data-testid="entity-${entity}"]`);
      expect(text).toContain(String(n));
    }
    await popup.evaluate(() => (document.querySelector('[data-testid="entity-su7"]') as HTMLElement).click());
    const found = await poll(
      () => popup.evaluate(() => {
        const ev = document.querySelector('[data-testid^="event-2024-03-28"]');
        return {
          href: ev?.querySelector('[data-testid="source-link"]')?.getAttribute('href') ?? null,
          marker: document.querySelector('[data-testid="article-marker"]')?.textContent ?? null,
        };
      }),
      (v) => v.href !== null && v.marker !== null,
    );
    expect(found.href).toMatch(/^https:\/\//);
    expect(found.marker).toMatch(/Feb 2023/);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'firefox-popup.png') as `${string}.png` });
  });

  it('a page without mentions gets no highlight and an empty badge', async () => {
    const other = await session.browser.newPage();
    await other.goto(`${server.origin}/no-mentions.html`);
    await new Promise((r) => setTimeout(r, 800));
    expect(await other.evaluate(highlightedTexts)).toEqual([]);
    expect((await badgeOf(other.url())).text).toBe('');
    await other.close();
  });
});
