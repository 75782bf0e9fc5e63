// `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo article.
// `npm start -- --headless`: the same without a display; writes screenshots of the highlighted article,
// an open hover card and the popup to test-artifacts/start/, then exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless');
const outDir = path.join(root, 'test-artifacts', 'start');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function serveDemo() {
  const dir = path.join(root, 'test', 'fixtures', 'pages');
  const server = http.createServer(async (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname) || 'demo-article.html';
    try {
      const body = await readFile(path.join(dir, name === '' ? 'demo-article.html' : name));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  execFileSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit', cwd: root });
  const extDir = path.join(root, 'dist', 'chrome');
  const server = await serveDemo();
  const url = `http://127.0.0.1:${server.address().port}/demo-article.html`;
  const { chromium } = await import('playwright-core');
  const userDataDir = path.join(os.tmpdir(), `xev-start-${process.pid}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Demo article: ${url}\nExtension id: ${extensionId}`);
  if (!headless) {
    console.log('Chromium is open with the extension loaded. Hover an orange-underlined mention; close the window to quit.');
    await new Promise((resolve) => context.on('close', resolve));
    server.close();
    return;
  }
  mkdirSync(outDir, { recursive: true });
  await page.waitForFunction(() => (CSS.highlights.get('xev-mention')?.size ?? 0) > 0, null, { timeout: 15000 });
  const shots = [];
  const shot = async (p, name, opts = {}) => {
    const file = path.join(outDir, name);
    await p.screenshot({ path: file, ...opts });
    shots.push(file);
  };
  await shot(page, 'article-highlighted.png');
  const box = await page.evaluate(() => {
    const ranges = [...CSS.highlights.get('xev-mention')].filter((r) => /MS11/.test(r.toString()));
    const r = ranges[0];
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.waitForFunction(() => document.querySelector('xev-card')?.matches(':popover-open'), null, { timeout: 5000 });
  await page.waitForTimeout(150);
  await shot(page, 'hover-card.png');
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="fact-card"]', { timeout: 5000 });
  await shot(popup, 'popup.png', { fullPage: true });
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  console.log(`Badge: ${badge}\nScreenshots:\n  ${shots.map((s) => path.relative(root, s)).join('\n  ')}`);
  await context.close();
  server.close();
}

main().catch((err) => {
  console.error(`npm start failed: ${err.stack ?? err}`);
  process.exit(1);
});
