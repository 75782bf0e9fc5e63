/**
 * The DOM property test in real browsers: 1,500 random trees per browser (30 batches of 50, seeded), built by
 * the page (test/fixtures/hostile/fuzz.js) next to the engine's own build. After each batch the extension's
 * highlights must equal the engine's mentions of each block's text, and no tree may have changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type TestServer } from './harness/server';
import { chromiumDriver, firefoxDriver, poll, type Driver } from './hostile-driver';
import { E2E_DIST } from './global-setup';

const BATCHES = 30;
const TREES = 50;

describe.each(['chromium', 'firefox'] as const)('%s: random trees', (name) => {
  let d: Driver;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(path.resolve('test/fixtures'), {
      '/favicon.ico': { body: '', status: 204 },
      '/lib/detect.js': { body: readFileSync(path.join(E2E_DIST, 'lib/detect.js')), type: 'text/javascript' },
    });
    d = name === 'chromium' ? await chromiumDriver() : await firefoxDriver();
  });
  afterAll(async () => {
    await d?.close();
    await server?.close();
  });

  it(`${BATCHES * TREES} trees: highlights are exactly the engine's mentions, the DOM is untouched`, async () => {
    const p = await d.open(`${server.origin}/hostile/fuzz.html`);
    await poll(() => p.evaluate(() => (window as any).__fuzzReady === true, undefined), Boolean);
    let mentions = 0;
    const failures: unknown[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const expected = await p.evaluate(([seed, n]) => (window as any).__fuzz.batch(seed, n) as number, [1000 + b, TREES] as const);
      const result = await poll(
        () => p.evaluate(() => (window as any).__fuzz.check() as { missing: string[]; extra: string[]; changed: number; total: number }, undefined),
        (r) => r.missing.length === 0 && r.extra.length === 0,
        5000,
      );
      mentions += expected;
      if (result.missing.length || result.extra.length || result.changed) failures.push({ seed: 1000 + b, ...result });
    }
    console.log(`[${name}] ${BATCHES * TREES} random trees, ${mentions} mentions expected; ${failures.length} failing batches`);
    expect(failures).toEqual([]);
    expect(mentions).toBeGreaterThan(500);
    expect(p.errors).toEqual([]);
  });
});
