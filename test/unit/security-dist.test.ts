/**
 * Checks the production build, as it ships: strict extension-page CSP, no code from strings, no network API in
 * the scripts that see web pages, a closed shadow root for the card, and only documented permissions. Builds
 * into a temporary directory (the production build, not the end-to-end variant with an open shadow root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BROWSERS = ['chrome', 'firefox'] as const;
let dist: string;
const read = (b: string, f: string) => readFileSync(path.join(dist, b, f), 'utf8');
const manifest = (b: string) => JSON.parse(read(b, 'manifest.json')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const scripts = (b: string) => readdirSync(path.join(dist, b)).filter((f) => f.endsWith('.js'));

beforeAll(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'xev-security-'));
  try {
    execFileSync(process.execPath, ['build.mjs', '--dist', dist], { stdio: 'pipe' });
  } catch (e) {
    // The size budget is checked after everything is written; it is another test's concern, not security's.
    if (!String((e as { stderr?: Buffer }).stderr).includes('over its size budget')) throw e;
  }
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Ways to turn a string into code. Precise on purpose: `evaluate`, `Function.prototype` and the like are fine. */
const CODE_FROM_STRING: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['setTimeout/setInterval with a string', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['outerHTML =', /outerHTML\s*=/],
  ['srcdoc', /srcdoc/],
  ['javascript: URL', /["'`]javascript:/i],
];

/** Network and remote-code APIs: none may appear in code that runs in or for web pages. */
const NETWORK: Array<[string, RegExp]> = [
  ['fetch(', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts/],
  ['dynamic import()', /(?<![\w$.])import\s*\(/],
];

describe.each(BROWSERS)('%s build', (browser) => {
  it('extension pages have a strict CSP: scripts from the package only, no eval, no inline code', () => {
    const csp: string = manifest(browser).content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('no script builds code from a string', () => {
    const found: string[] = [];
    for (const f of scripts(browser)) {
      const js = read(browser, f);
      for (const [name, re] of CODE_FROM_STRING) if (re.test(js)) found.push(`${f}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("innerHTML appears only where Preact supports dangerouslySetInnerHTML, which our sources never use", () => {
    for (const f of scripts(browser)) {
      const js = read(browser, f);
      for (const m of js.matchAll(/innerHTML/g)) {
        const around = js.slice(Math.max(0, m.index! - 300), m.index! + 300);
        expect(around, `${f}: innerHTML outside Preact's dangerouslySetInnerHTML code`).toMatch(/dangerouslySetInnerHTML|__html/);
      }
    }
    const sources = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const writers = sources.filter((f) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(path.join('src', f), 'utf8')));
    expect(writers).toEqual([]);
  });

  it('scripts that run in web pages or show the popup make no network request', () => {
    const found: string[] = [];
    for (const f of ['content.js', 'card.js', 'popup.js']) {
      const js = read(browser, f);
      for (const [name, re] of NETWORK) if (re.test(js)) found.push(`${f}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('the hover card lives in a closed shadow root', () => {
    const card = read(browser, 'card.js');
    expect(card).toMatch(/attachShadow\(\{mode:"closed"\}\)/);
    expect(card).not.toMatch(/mode:"open"/);
  });

  it('least privilege: nothing web pages can reach, no main-world script, every permission documented', () => {
    const m = manifest(browser);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    for (const cs of m.content_scripts) expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 5));
    for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) expect(section, `README documents "${p}"`).toContain(`\`${p}\``);
  });
});
