/**
 * Settings in real Chromium (issue 7): the popup's switches and "Go to", the options page (every setting
 * applies live to an open tab, import / export / reset), and the update feed against a local server (issue 4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { E2E_DIST } from './global-setup';
import { ARTIFACTS, dataset, openCard, rangeBox } from './expectations';
import { FEED_ROUTES, NEWER, NEWER_AS_OF_TEXT } from './feed-fixtures';

const PAGES = path.resolve('test/fixtures/pages');

let session: ChromiumSession;
let server: TestServer;
let page: Page;
let tabId: number;
const pageErrors: string[] = [];

/** Runs in the page: how many ranges each of our highlight names holds. */
function paint(): Record<string, number> {
  const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return { underline: hl.get('xev-mention')?.size ?? 0, background: hl.get('xev-mention-bg')?.size ?? 0 };
}

const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const storedSettings = () => session.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);

async function openExtensionPage(file: string): Promise<Page> {
  const p = await session.context.newPage();
  p.on('pageerror', (e) => pageErrors.push(`${file}: ${e}`));
  await p.goto(`chrome-extension://${session.extensionId}/${file}`);
  return p;
}

/**
 * Writes settings behind the extension's back (as a sync from another machine would). The background learns of
 * it from storage.onChanged, a moment later: wait for that before an extension page asks for them.
 */
async function saveSettings(patch: Record<string, unknown>): Promise<void> {
  const ok = await session.worker.evaluate(async (p) => {
    const current = (await chrome.storage.sync.get('settings')).settings ?? {};
    await new Promise<void>((resolve) => {
      const seen = () => {
        chrome.storage.onChanged.removeListener(seen);
        resolve();
      };
      chrome.storage.onChanged.addListener(seen);
      void chrome.storage.sync.set({ settings: { ...current, ...p } });
    });
    return true;
  }, patch);
  expect(ok).toBe(true);
}

describe('Chromium: settings, popup controls, options page and update feed', () => {
  beforeAll(async () => {
    server = await startServer(PAGES, FEED_ROUTES);
    session = await launchChromium(path.join(E2E_DIST, 'chrome'));
    page = await session.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.origin}/demo-article.html`);
    await page.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 7, null, { timeout: 15_000 });
    tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)!.id!, page.url());
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('popup: "Turn off on this site" removes highlights and badge at once; turning it on rescans', async () => {
    await expect.poll(badge).toBe('7');
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    const toggle = popup.locator('[data-testid="site-toggle"]');
    await expect.poll(() => toggle.textContent()).toBe('Turn off for 127.0.0.1');
    await toggle.click();
    await expect.poll(() => page.evaluate(paint)).toEqual({ underline: 0, background: 0 });
    await expect.poll(badge).toBe('');
    await expect.poll(() => toggle.textContent()).toBe('Turn on for 127.0.0.1');
    expect(await popup.textContent('[data-testid="site-state"]')).toBe('Off on this site.');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'chromium-popup-site-off.png') });
    expect((await storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    // Hovering a mention opens nothing while off.
    await page.mouse.move(300, 300);
    expect(await page.evaluate(openCard)).toBeNull();

    await toggle.click();
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 7, background: 0 });
    await expect.poll(badge).toBe('7');
    expect((await storedSettings()).disabledSites).toEqual([]);
    await popup.close();
  });

  it('popup: the global switch turns every tab off and on', async () => {
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    const sw = popup.locator('[data-testid="global-toggle"]');
    await expect.poll(() => sw.isChecked()).toBe(true);
    await sw.click();
    await expect.poll(() => page.evaluate(paint)).toEqual({ underline: 0, background: 0 });
    await expect.poll(badge).toBe('');
    expect(await popup.textContent('[data-testid="site-state"]')).toMatch(/Off everywhere/);
    await sw.click();
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 7, background: 0 });
    await expect.poll(badge).toBe('7');
    await popup.close();
  });

  it('popup: "Go to" scrolls the tab to the next mention of the selected entity and opens its card', async () => {
    // Nothing focused in the page: Escape must then leave no focus behind in the hidden card.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.click('[data-testid="entity-su7"]');
    await popup.click('[data-testid="goto-mention"]');
    await expect.poll(() => page.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
    expect((await page.evaluate(openCard))!.text).toContain(dataset.entities.find((e) => e.id === 'su7')!.name.en);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    // A card opened from the keyboard side takes focus (a non-modal dialog); Escape closes it and gives focus back.
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('xev-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(openCard)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('xev-card');
  });

  it('options page: renders every setting, and each change applies to the open tab without a reload', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="opt-enabled"]');
    expect(await options.title()).toBe('Xiaomi EV Context settings');
    expect(await options.isChecked('[data-testid="opt-enabled"]')).toBe(true);
    expect(await options.isChecked('[data-testid="opt-style-underline"]')).toBe(true);
    expect(await options.isChecked('[data-testid="opt-badge"]')).toBe(true);
    await options.screenshot({ path: path.join(ARTIFACTS, 'chromium-options.png'), fullPage: true });

    await options.check('[data-testid="opt-style-background"]');
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 0, background: 7 });
    await options.check('[data-testid="opt-style-none"]');
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 0, background: 0 });
    await page.waitForTimeout(500);
    expect(await badge()).toBe('7'); // nothing painted, still counted
    await options.check('[data-testid="opt-style-underline"]');
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 7, background: 0 });

    await options.uncheck('[data-testid="opt-badge"]');
    await expect.poll(badge).toBe('');
    await options.check('[data-testid="opt-badge"]');
    await expect.poll(badge).toBe('7');

    // A site added in the options turns the tab off; removing it turns it back on.
    await options.fill('[data-testid="disabled-sites-input"]', 'http://127.0.0.1:8080/some/page');
    await options.click('[data-testid="disabled-sites-add"]');
    await expect.poll(() => page.evaluate(paint)).toEqual({ underline: 0, background: 0 });
    expect(await options.textContent('[data-testid="disabled-sites"]')).toContain('127.0.0.1');
    await options.click('[aria-label="Remove 127.0.0.1"]');
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 7, background: 0 });

    // Allow-list mode with an empty list: off everywhere until a site is allowed.
    await options.check('[data-testid="opt-mode-allow-list"]');
    await expect.poll(() => page.evaluate(paint)).toEqual({ underline: 0, background: 0 });
    await options.fill('[data-testid="allowed-sites-input"]', '127.0.0.1');
    await options.click('[data-testid="allowed-sites-add"]');
    await expect.poll(() => page.evaluate(paint), { timeout: 10_000 }).toEqual({ underline: 7, background: 0 });
    await options.check('[data-testid="opt-mode-all"]');

    // A bad site name is refused with a message.
    await options.fill('[data-testid="disabled-sites-input"]', 'not a site');
    await options.click('[data-testid="disabled-sites-add"]');
    expect(await options.textContent('[role="alert"]')).toContain('is not a site name');

    // A change made elsewhere (the popup, another machine) shows in the open options page.
    await saveSettings({ showBadge: false });
    await expect.poll(() => options.isChecked('[data-testid="opt-badge"]')).toBe(false);
    await saveSettings({ showBadge: true });
    await expect.poll(() => options.isChecked('[data-testid="opt-badge"]')).toBe(true);
    await options.close();
  });

  it('options page: hover delay and "only with Alt" change how the card opens', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="opt-alt"]');
    await options.check('[data-testid="opt-alt"]');
    await expect.poll(async () => (await storedSettings()).hoverRequiresAlt).toBe(true);
    await page.bringToFront();
    await page.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 7, null, { timeout: 10_000 });
    const box = (await page.evaluate(rangeBox, { text: 'Xiaomi MS11', nth: 0 }))!;
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.waitForTimeout(900);
    expect(await page.evaluate(openCard)).toBeNull(); // no Alt: no card
    await page.keyboard.down('Alt');
    await page.mouse.move(box.x + 2, box.y, { steps: 2 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 5000 }).not.toBeNull();
    await page.keyboard.up('Alt');
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(() => page.evaluate(openCard), { timeout: 3000 }).toBeNull();

    await options.uncheck('[data-testid="opt-alt"]');
    await saveSettings({ hoverDelayMs: 1000 });
    await page.waitForFunction(() => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 7, null, { timeout: 10_000 });
    await expect.poll(async () => (await storedSettings()).hoverRequiresAlt).toBe(false);
    await page.waitForTimeout(300);
    const again = (await page.evaluate(rangeBox, { text: 'Xiaomi MS11', nth: 0 }))!;
    await page.mouse.move(again.x, again.y, { steps: 3 });
    await page.waitForTimeout(600);
    expect(await page.evaluate(openCard)).toBeNull(); // not yet: the delay is 1000 ms
    await expect.poll(() => page.evaluate(openCard), { timeout: 3000 }).not.toBeNull();
    await page.mouse.move(5, 5, { steps: 2 });
    await saveSettings({ hoverDelayMs: 400 });
    await options.close();
  });

  it('options page: export, a bad import (clear error, nothing changed), a good import, reset', async () => {
    await saveSettings({ disabledSites: ['example.com'], showBadge: false });
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="opt-export"]');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="opt-export"]')]);
    expect(download.suggestedFilename()).toBe('xiaomi-ev-context-settings.json');
    const exported = JSON.parse(await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((s) => {
        let text = '';
        s.on('data', (c) => (text += c));
        s.on('end', () => resolve(text));
      }, reject);
    }));
    expect(exported).toMatchObject({ version: 1, disabledSites: ['example.com'], showBadge: false });

    const before = await storedSettings();
    const input = options.locator('[data-testid="opt-import"]');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect.poll(() => options.textContent('[data-testid="notice"]')).toMatch(/not valid JSON\). Nothing was changed/);
    await input.setInputFiles({
      name: 'bad.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ enabled: 'yes', hoverDelayMs: 5, feedUrl: 'http://evil.example/feed.json' })),
    });
    await expect.poll(() => options.textContent('[data-testid="notice"]')).toMatch(/^This settings file has errors\. Nothing was changed:/);
    const notice = (await options.textContent('[data-testid="notice"]'))!;
    expect(notice).toContain('"enabled" must be true or false');
    expect(notice).toContain('"hoverDelayMs" must be a whole number of milliseconds from 200 to 1000');
    expect(notice).toContain('"feedUrl" must be an https:// URL');
    expect(await storedSettings()).toEqual(before);

    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, disabledSites: ['news.example'] })) });
    await expect.poll(() => options.textContent('[data-testid="notice"]')).toBe('Settings imported.');
    expect((await storedSettings()).disabledSites).toEqual(['news.example']);
    expect(await options.textContent('[data-testid="disabled-sites"]')).toContain('news.example');

    await options.click('[data-testid="opt-reset"]');
    await expect.poll(() => options.textContent('[data-testid="notice"]')).toBe('Settings reset to their defaults.');
    expect(await storedSettings()).toMatchObject({ disabledSites: [], showBadge: true, enabled: true, highlightStyle: 'underline' });
    await expect.poll(badge).toBe('7');
    await options.close();
  });

  describe('update feed', () => {
    let options: Page;
    let closedPort: number;

    beforeAll(async () => {
      // A port nothing listens on: the "unreachable" case.
      const probe = http.createServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      closedPort = (probe.address() as AddressInfo).port;
      await new Promise((r) => probe.close(r));
      options = await openExtensionPage('options.html');
      await options.waitForSelector('[data-testid="feed-url"]');
    });

    async function check(url: string): Promise<{ reason: string | null; result: string; current: string }> {
      await options.fill('[data-testid="feed-url"]', url);
      await options.click('[data-testid="feed-save"]');
      await options.waitForFunction(
        (u) => document.querySelector('[data-testid="feed-check"]')?.textContent === 'Check now' &&
          (document.querySelector('[data-testid="feed-result"]')?.getAttribute('data-url') ?? '') === u,
        url, { timeout: 15_000 },
      );
      return {
        reason: await options.getAttribute('[data-testid="feed-result"]', 'data-reason'),
        result: (await options.textContent('[data-testid="feed-result"]')) ?? '',
        current: (await options.textContent('[data-testid="feed-current"]')) ?? '',
      };
    }

    const keepsBundled = (current: string) => expect(current).toBe(`Data in use: version ${dataset.version}, as of 28 Feb 2026 (built in).`);

    it('refuses a feed URL that is plain http on another host, and stores nothing', async () => {
      await options.fill('[data-testid="feed-url"]', 'http://feeds.example/data.json');
      await options.click('[data-testid="feed-save"]');
      expect(await options.textContent('#feed-url-error')).toMatch(/https:\/\//);
      expect((await storedSettings())?.feedUrl ?? '').toBe('');
    });

    const failures: [string, string, RegExp][] = [
      ['older (not newer)', '/feed/older.json', /not newer than the data in use.*\(v1, 2026-02-28/],
      ['malformed JSON', '/feed/malformed.json', /not valid JSON/],
      ['not a dataset', '/feed/invalid.json', /not a valid dataset.*events\[0\]/],
      ['over 1 MB (Content-Length)', '/feed/huge.json', /larger than 1 MB.*\(1200000 bytes\)/],
      ['over 1 MB (streamed, no Content-Length)', '/feed/huge-chunked.json', /larger than 1 MB.*\(> 1048576 bytes\)/],
      ['slow (timeout)', '/feed/slow.json', /took too long.*\(1500 ms\)/],
      ['404', '/feed/missing.json', /answered with an error.*\(HTTP 404\)/],
    ];
    for (const [name, route, text] of failures) {
      it(`keeps the current data and shows why: ${name}`, async () => {
        const r = await check(`${server.origin}${route}`);
        expect(r.result).toMatch(text);
        keepsBundled(r.current);
      });
    }

    it('keeps the current data and shows why: unreachable server', async () => {
      const r = await check(`http://127.0.0.1:${closedPort}/feed.json`);
      expect(r.reason).toBe('network');
      expect(r.result).toMatch(/could not be reached/);
      keepsBundled(r.current);
    });

    it('sends no cookies and no referrer, even when the browser holds cookies for the feed host', async () => {
      await session.context.addCookies([{ name: 'sid', value: 'secret', url: server.origin }]);
      await check(`${server.origin}/feed/older.json?again`);
      const feeds = server.log.filter((r) => r.path.startsWith('/feed/'));
      expect(feeds.length).toBeGreaterThan(5);
      for (const r of feeds) {
        expect(r.headers.cookie).toBeUndefined();
        expect(r.headers.referer).toBeUndefined();
      }
    });

    it('accepts a valid, newer feed: the popup and the options show its date', async () => {
      const r = await check(`${server.origin}/feed/newer.json`);
      expect(r.reason).toBe('accepted');
      expect(r.current).toBe(`Data in use: version ${NEWER.version}, as of 30 Jun 2026 (from the update feed).`);
      await options.screenshot({ path: path.join(ARTIFACTS, 'chromium-options-feed-accepted.png'), fullPage: true });
      const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
      await expect.poll(() => popup.textContent('[data-testid="as-of"]')).toMatch(NEWER_AS_OF_TEXT);
      await popup.close();
    });

    it('after that, an older feed keeps the accepted data; "check now" re-checks', async () => {
      const r = await check(`${server.origin}/feed/older.json`);
      expect(r.reason).toBe('not-newer');
      expect(r.current).toMatch(/version 2, as of 30 Jun 2026/);
      await options.click('[data-testid="feed-check"]');
      await expect.poll(() => options.textContent('[data-testid="feed-current"]')).toMatch(/version 2/);
    });
  });

  it('axe-core: 0 violations on the options page and the popup\'s controls, light and dark', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    // The whole options page; in the popup, the controls this suite adds (the rest is the popup's own suite's).
    const targets = [
      ['options.html', '[data-testid="feed-status"]', 'html'],
      [`popup.html?tab=${tabId}`, '[data-testid="site-toggle"]', '[data-testid="site-controls"]'],
    ] as const;
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [file, ready, scope] of targets) {
        const p = await openExtensionPage(file);
        await p.emulateMedia({ colorScheme });
        await p.waitForSelector(ready);
        await p.evaluate(axe); // devtools evaluation: the extension page's CSP does not apply
        const violations = await p.evaluate(async (sel) => {
          const result = await (window as any).axe.run(sel === 'html' ? document : { include: [[sel]] });
          return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
        }, scope);
        expect(violations, `${file} (${colorScheme})`).toEqual([]);
        await p.close();
      }
    }
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
