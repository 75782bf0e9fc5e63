/**
 * The whole chain in real Chromium: install → highlights on the demo article → badge → hover card → popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { E2E_DIST } from './global-setup';
import {
  ARTIFACTS, DEMO_COUNTS, DEMO_MENTIONS, boxesOverlap, demoPublished, expectedSu7Card, highlightedTexts, openCard,
  pageSnapshot, rangeBox,
} from './expectations';

const PAGES = path.resolve('test/fixtures/pages');
const demoHtml = readFileSync(path.join(PAGES, 'demo-article.html'), 'utf8');

let session: ChromiumSession;
let server: TestServer;
let page: Page;
const pageErrors: string[] = [];

async function tabIdOf(url: string): Promise<number> {
  return session.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === u)!.id!;
  }, url);
}

async function waitForHighlights(p: Page, n: number): Promise<string[]> {
  await p.waitForFunction((count) => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= count, n, { timeout: 15_000 });
  return p.evaluate(highlightedTexts);
}

describe('Chromium: the demo article end to end', () => {
  beforeAll(async () => {
    server = await startServer(PAGES);
    session = await launchChromium(path.join(E2E_DIST, 'chrome'));
    page = await session.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.origin}/demo-article.html`);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights exactly the seven mentions', async () => {
    const texts = await waitForHighlights(page, 7);
    await page.waitForTimeout(300); // nothing more arrives later
    expect(await page.evaluate(highlightedTexts)).toEqual(DEMO_MENTIONS);
    expect(texts).toHaveLength(7);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chromium-demo-highlights.png') });
  });

  it('leaves the page DOM and text byte-for-byte as they were', async () => {
    // The same file opened from file:// gets no content script (it matches http and https only).
    const ref = await session.context.newPage();
    await ref.goto(pathToFileURL(path.join(PAGES, 'demo-article.html')).href);
    const before = await ref.evaluate(pageSnapshot);
    await ref.close();
    const after = await page.evaluate(pageSnapshot);
    expect(after.body).toBe(before.body);
    expect(after.head).toBe(before.head);
    expect(after.text).toBe(before.text);
  });

  it('shows the mention count on the toolbar badge', async () => {
    const tabId = await tabIdOf(page.url());
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('7');
  });

  it('opens a hover card with the entity, its latest event and the since-count, and closes it', async () => {
    const expected = expectedSu7Card(demoPublished(demoHtml));
    const box = (await page.evaluate(rangeBox, { text: 'Xiaomi MS11', nth: 0 }))!;
    expect(box).not.toBeNull();
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
    const card = (await page.evaluate(openCard))!;
    expect(card.text).toContain(expected.name);
    expect(card.text).toContain(expected.latestTitle);
    expect(card.text).toMatch(new RegExp(`${expected.sinceCount}\\s+events? since this article \\(Feb 2023\\)`));
    expect(boxesOverlap(card.box, box)).toBe(false);
    // Then vs now, and the article's own claims checked (the demo repeats the 2023 price and date claims).
    expect(card.thenNow).toBeGreaterThan(0);
    expect(card.claims).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chromium-hover-card.png') });

    // Resting on the card keeps it open.
    await page.mouse.move(card.box.left + 20, card.box.top + 20, { steps: 3 });
    await page.waitForTimeout(700);
    expect(await page.evaluate(openCard)).not.toBeNull();

    // Leaving both closes it after the grace period.
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 3000 }).toBeNull();

    // Escape closes it at once.
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(openCard)).toBeNull();
    await page.waitForTimeout(600);
    expect(await page.evaluate(openCard)).toBeNull(); // stays shut while the pointer rests on the mention
  });

  it('popup lists the entities and shows the SU7 timeline with its source and the article marker', async () => {
    const tabId = await tabIdOf(page.url());
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    for (const [entity, n] of Object.entries(DEMO_COUNTS)) {
      await expect.poll(() => popup.textContent(`[data-testid="entity-${entity}"]`), { timeout: 5000 }).toContain(String(n));
    }
    await popup.click('[data-testid="entity-su7"]');
    const launch = popup.locator('[data-testid^="event-2024-03-28"]').first();
    await expect.poll(() => launch.count()).toBe(1);
    const href = await launch.locator('[data-testid="source-link"]').first().getAttribute('href');
    expect(href).toMatch(/^https:\/\//);
    expect(await popup.locator('[data-testid="article-marker"]').textContent()).toMatch(/Feb 2023/);
    expect(await popup.locator('[data-testid="as-of"]').textContent()).toMatch(/\d{4}/);
    await popup.setViewportSize({ width: 400, height: 800 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'chromium-popup.png'), fullPage: true });
    await popup.close();
  });

  it('a page without mentions gets no highlight and an empty badge', async () => {
    const other = await session.context.newPage();
    await other.goto(`${server.origin}/no-mentions.html`);
    await other.waitForTimeout(800);
    expect(await other.evaluate(highlightedTexts)).toEqual([]);
    const tabId = await tabIdOf(other.url());
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await other.close();
  });

  it('a bare model name counts when the page title and headline are about Xiaomi', async () => {
    // The paragraph alone ("The SU7 now starts lower than before.") has no cue; the page's headline does.
    const other = await session.context.newPage();
    await other.goto(`${server.origin}/bare-name-context.html`);
    expect(await waitForHighlights(other, 1)).toEqual(['SU7']);
    await other.close();
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
