/**
 * Zero network (issue 6): while a page loads, is scanned, a card opens on hover and the popup shows the tab,
 * the extension makes no request. Every non-loopback request of the whole browser goes through a recording
 * proxy; the loopback test server logs its own. At the end a canary request from the extension's background
 * (Chromium) or an extension page (Firefox) must show up in the recorder: proof that it would have seen ours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startServer, type TestServer } from './harness/server';
import { chromiumDriver, firefoxDriver, poll, type Driver, type HPage } from './hostile-driver';
import { cardView, hlTexts, mentionBox } from './hostile-probes';
import { BROWSER_OWN, hostOf, startRecorder, type Recorder } from './network-recorder';

const FIXTURES = path.resolve('test/fixtures');
const PAGE_PATHS = ['/hostile/plain.html', '/favicon.ico'];

async function exercise(d: Driver, server: TestServer): Promise<HPage> {
  const p = await d.open(`${server.origin}/hostile/plain.html`);
  await poll(() => p.evaluate(hlTexts, undefined), (t) => t.length === 3);
  const m = (await p.evaluate(mentionBox, { text: 'Xiaomi SU7', nth: 0 }))!;
  await p.move(Math.max(0, m.x - 40), Math.max(0, m.y - 40));
  await p.move(m.x, m.y, 4);
  expect((await poll(() => p.evaluate(cardView, undefined), (c) => c.open, 6000)).open).toBe(true);
  expect((await d.popup(p)).entities.length).toBeGreaterThan(0);
  await new Promise((r) => setTimeout(r, 500));
  return p;
}

function ownTraffic(rec: Recorder): { extension: string[]; browser: string[] } {
  const browser = rec.seen.filter((e) => BROWSER_OWN.test(hostOf(e)));
  return { extension: rec.seen.filter((e) => !browser.includes(e)), browser };
}

describe.each(['chromium', 'firefox'] as const)('%s: no network request from the extension', (name) => {
  let rec: Recorder;
  let server: TestServer;
  let d: Driver & { canary(url: string): Promise<unknown> };
  const pageRequests: string[] = [];

  beforeAll(async () => {
    rec = await startRecorder();
    server = await startServer(FIXTURES, { '/favicon.ico': { body: '', status: 204 } });
    if (name === 'chromium') {
      const c = await chromiumDriver(undefined, [`--proxy-server=http://127.0.0.1:${rec.port}`]);
      // Playwright reports requests of pages, frames and service workers of the context.
      c.session.context.on('request', (r) => pageRequests.push(r.url()));
      d = Object.assign(c, { canary: (url: string) => c.session.worker.evaluate((u) => fetch(u).then(() => 'ok', (e: Error) => e.message), url) });
    } else {
      const f = await firefoxDriver(undefined, {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': rec.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': rec.port,
      });
      d = Object.assign(f, { canary: (url: string) => f.ext().evaluate((u: string) => fetch(u).then(() => 'ok', (e: Error) => e.message), url) });
    }
  });
  afterAll(async () => {
    await d?.close();
    await server?.close();
    await rec?.close();
  });

  it('page load, scan, hover card and popup: nothing leaves the machine, nothing but the page is fetched', async () => {
    const p = await exercise(d, server);
    const { extension, browser } = ownTraffic(rec);
    if (browser.length) console.log(`[${name}] the browser's own requests (not the extension's): ${browser.join(', ')}`);
    expect(extension).toEqual([]);
    // The test server saw the page and its favicon, nothing else (an extension fetch of the page would show).
    expect(server.requests).toContain('/hostile/plain.html');
    expect(server.requests.filter((r) => !PAGE_PATHS.includes(r))).toEqual([]);
    for (const u of pageRequests) expect(u.startsWith(server.origin) || u.startsWith('chrome-extension://'), u).toBe(true);
    expect(p.errors).toEqual([]);
  });

  it('the recorder does see a request made from the extension (canary)', async () => {
    await d.canary('http://canary.invalid/from-extension');
    expect(await poll(async () => rec.seen.some((e) => e.includes('canary.invalid')), Boolean, 5000)).toBe(true);
  });
});
