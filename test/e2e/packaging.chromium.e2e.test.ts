/**
 * Chromium loads the production Chrome build (closed shadow root, minified, exactly what the zip holds) with no
 * error on its extensions page. chrome://extensions reads `chrome.developerPrivate`: with developer mode on, the
 * extension's manifest errors, install warnings and runtime errors (what its "Errors" button would list) are
 * all empty after a reload and a real session: a page with mentions, a hover card and the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type TestServer } from './harness/server';
import { chromiumDriver, poll, type Driver } from './hostile-driver';
import type { ChromiumSession } from './harness/browsers';
import { cardView, hlTexts, mentionBox } from './hostile-probes';

interface ExtensionInfo {
  id: string;
  name: string;
  state: string;
  manifestErrors: unknown[];
  runtimeErrors: Array<{ message: string }>;
  installWarnings: string[];
}

const dist = mkdtempSync(path.join(os.tmpdir(), 'xev-prod-'));
let d: Driver & { session: ChromiumSession };
let server: TestServer;
let extensionsPage: Page;

/** Runs in chrome://extensions, where `chrome.developerPrivate` exists. */
const info = (id: string): Promise<ExtensionInfo> =>
  extensionsPage.evaluate((i) => (globalThis as any).chrome.developerPrivate.getExtensionInfo(i), id);

describe('Chromium: the production build loads cleanly', () => {
  beforeAll(async () => {
    try {
      execFileSync(process.execPath, ['build.mjs', '--dist', dist], { stdio: 'pipe' });
    } catch (e) {
      if (!String((e as { stderr?: Buffer }).stderr).includes('over its size budget')) throw e;
    }
    server = await startServer(path.resolve('test/fixtures'), { '/favicon.ico': { body: '', status: 204 } });
    d = await chromiumDriver(path.join(dist, 'chrome'));
    extensionsPage = await d.session.context.newPage();
    await extensionsPage.goto('chrome://extensions');
    // Errors are only collected in developer mode: turn it on, then reload so start-up errors count too.
    const next = d.session.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await extensionsPage.evaluate(async (id) => {
      const dev = (globalThis as any).chrome.developerPrivate;
      await dev.updateProfileConfiguration({ inDeveloperMode: true });
      await dev.reload(id, { failQuietly: false });
    }, d.session.extensionId);
    d.session.worker = await next;
  });
  afterAll(async () => {
    await d?.close();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('is enabled, its service worker runs and reads its manifest', async () => {
    const manifest = await d.session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect((await info(d.session.extensionId)).state).toBe('ENABLED');
  });

  it('works on a page (highlights, card, popup) with the closed shadow root of the production build', async () => {
    const p = await d.open(`${server.origin}/hostile/plain.html`);
    expect((await poll(() => p.evaluate(hlTexts, undefined), (t) => t.length === 3)).length).toBe(3);
    const m = (await p.evaluate(mentionBox, { text: 'Xiaomi SU7', nth: 0 }))!;
    await p.move(Math.max(0, m.x - 40), Math.max(0, m.y - 40));
    await p.move(m.x, m.y, 4);
    const card = await poll(() => p.evaluate(cardView, undefined), (c) => c.open, 6000);
    expect(card.open).toBe(true);
    expect(card.text).toBe(''); // closed root: the page cannot read the card
    expect((await d.popup(p)).entities).toEqual(expect.arrayContaining(['su7', 'yu7']));
    expect(p.errors).toEqual([]);
  });

  it('the extensions page lists no error and no warning for it', async () => {
    await extensionsPage.reload();
    const i = await info(d.session.extensionId);
    expect({ manifestErrors: i.manifestErrors, installWarnings: i.installWarnings, runtimeErrors: i.runtimeErrors.map((e) => e.message) })
      .toEqual({ manifestErrors: [], installWarnings: [], runtimeErrors: [] });
  });

  it('the check is live: an error thrown in the service worker does show up (canary)', async () => {
    await d.session.worker.evaluate(() => void setTimeout(() => {
      throw new Error('xev canary error');
    }));
    const errors = await poll(async () => (await info(d.session.extensionId)).runtimeErrors.map((e) => e.message), (m) => m.length > 0, 5000);
    expect(errors.join()).toContain('xev canary error');
  });
});
