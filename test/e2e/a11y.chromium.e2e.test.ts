/**
 * axe-core in real Chromium on everything a reader sees: the popup (with mentions and the overview), the full
 * fact card page and an open hover card, in light and dark mode. Zero violations (issue 7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { E2E_DIST } from './global-setup';
import { ARTIFACTS, openCard, rangeBox } from './expectations';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let session: ChromiumSession;
let server: TestServer;
let article: Page;
let tabId: number;

/** Runs axe in `page` (devtools evaluation: the extension page's CSP does not apply) on `scope`. */
async function violations(page: Page, scope: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as any).axe;
    const context = sel === 'document' ? document : { include: [[sel]] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(', ')}`);
  }, scope);
}

describe('Chromium: accessibility (axe-core)', () => {
  beforeAll(async () => {
    server = await startServer(path.resolve('test/fixtures/pages'));
    session = await launchChromium(path.join(E2E_DIST, 'chrome'));
    article = await session.context.newPage();
    await article.goto(`${server.origin}/demo-article.html`);
    await article.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 7);
    tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)!.id!, article.url());
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`popup with mentions, overview and full fact card: 0 violations (${colorScheme})`, async () => {
      const pages = [
        [`popup.html?tab=${tabId}`, '[data-testid="entity-su7"]'],
        ['popup.html', '[data-testid="timeline"]'],
        [`popup.html?entity=su7&published=2023-02-06`, '[data-testid="timeline"]'],
      ] as const;
      for (const [file, ready] of pages) {
        const p = await session.context.newPage();
        await p.emulateMedia({ colorScheme });
        await p.goto(`chrome-extension://${session.extensionId}/${file}`);
        await p.waitForSelector(ready);
        if (file.includes('tab=')) await p.click('[data-testid="entity-su7"]');
        expect(await violations(p, 'document'), `${file} (${colorScheme})`).toEqual([]);
        await p.close();
      }
    });

    it(`open hover card: 0 violations (${colorScheme})`, async () => {
      await article.emulateMedia({ colorScheme });
      await article.mouse.move(1, 1);
      const box = (await article.evaluate(rangeBox, { text: 'Xiaomi MS11', nth: 1 }))!;
      await article.mouse.move(box.x, box.y, { steps: 3 });
      await expect.poll(() => article.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
      // The test build opens the shadow root, so axe can reach the card's content.
      expect(await violations(article, 'xev-card'), colorScheme).toEqual([]);
      await article.screenshot({ path: path.join(ARTIFACTS, `chromium-hover-card-${colorScheme}.png`) });
      await article.keyboard.press('Escape');
    });
  }

  it('on a dark page the card is dark even when the system is light, and still has 0 violations', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.origin}/dark-page.html`);
    await page.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 1);
    const box = (await page.evaluate(rangeBox, { text: 'Xiaomi SU7', nth: 0 }))!;
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
    const bg = await page.evaluate(() => {
      const card = document.querySelector('xev-card')!.shadowRoot!.querySelector('.xev-card')!;
      return getComputedStyle(card).backgroundColor;
    });
    expect(bg).toBe('rgb(28, 29, 33)'); // the dark theme's --xev-bg
    expect(await violations(page, 'xev-card')).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chromium-hover-card-dark-page.png') });
    await page.close();
  });
});
