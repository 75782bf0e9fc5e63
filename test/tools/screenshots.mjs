// `npm run screenshots`: store screenshots (1280×800 PNG) of the demo article with an open hover card and of
// the popup over it, in light and dark mode, in English and French, written to test-artifacts/store/.
// Uses the production build (dist/chrome) in Debian's Chromium, headless.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'test-artifacts', 'store');
const SIZE = { width: 1280, height: 800 };

function serve(dir) {
  const server = http.createServer((req, res) => {
    try {
      const body = readFileSync(path.join(dir, path.basename(new URL(req.url, 'http://x').pathname)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function shoot(chromium, url, lang, scheme) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'xev-shots-'));
  const ext = path.join(root, 'dist', 'chrome');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', `--lang=${lang}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    viewport: SIZE, locale: lang, colorScheme: scheme,
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('xev-mention')?.size ?? 0) >= 7, null, { timeout: 15000 });
    // The article with the card open over the second "Xiaomi MS11".
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('xev-mention')].filter((x) => /MS11/i.test(x.toString()))[1];
      r.startContainer.parentElement.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -140);
      const rect = r.getClientRects()[0];
      return { x: rect.left + 12, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForFunction(() => document.querySelector('xev-card')?.matches(':popover-open'), null, { timeout: 5000 });
    await page.waitForTimeout(200);
    const card = await page.screenshot({ path: path.join(out, `card-${lang}-${scheme}.png`) });
    // The popup, drawn where the browser shows it: under the toolbar, over the article.
    await page.keyboard.press('Escape');
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="entity-su7"]');
    await popup.click('[data-testid="entity-su7"]');
    await popup.waitForTimeout(150);
    const popupPng = await popup.screenshot();
    await popup.close();
    const frame = await context.newPage();
    await frame.setViewportSize(SIZE);
    const bg = (await page.screenshot()).toString('base64');
    await frame.setContent(`<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="data:image/png;base64,${bg}" style="position:absolute;inset:0;filter:brightness(${scheme === 'dark' ? 0.6 : 0.85})">
      <img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:16px;right:24px;border-radius:10px;
        box-shadow:0 12px 40px rgba(0,0,0,.35);outline:1px solid rgba(0,0,0,.15)"></body>`);
    await frame.screenshot({ path: path.join(out, `popup-${lang}-${scheme}.png`) });
    return card.length > 0;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function main() {
  execFileSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit', cwd: root });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const server = await serve(path.join(root, 'test', 'fixtures', 'pages'));
  const url = `http://127.0.0.1:${server.address().port}/demo-article.html`;
  const { chromium } = await import('playwright-core');
  try {
    for (const lang of ['en', 'fr']) {
      for (const scheme of ['light', 'dark']) {
        await shoot(chromium, url, lang, scheme);
        console.log(`wrote test-artifacts/store/{card,popup}-${lang}-${scheme}.png`);
      }
    }
  } finally {
    server.close();
  }
}

main().catch((err) => {
  console.error(`screenshots failed: ${err.stack ?? err}`);
  process.exit(1);
});
