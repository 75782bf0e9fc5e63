/** Update-feed bodies for the end-to-end suites: one per case of issue 4. */
import { dataset } from './expectations';
import type { Route } from './harness/server';

/** The bundled dataset, one version later and four months newer. */
export const NEWER = { ...dataset, version: dataset.version + 1, asOf: '2026-06-30' };
export const NEWER_AS_OF_TEXT = /30 Jun 2026/;
export const FEED_TIMEOUT_MS = 1500; // global-setup builds with --feed-timeout-ms 1500

const json = (value: unknown): Route => ({ body: JSON.stringify(value), type: 'application/json' });

export const FEED_ROUTES: Record<string, Route> = {
  '/feed/newer.json': json(NEWER),
  /** Same version and date as the bundled data: not newer. */
  '/feed/older.json': json(dataset),
  '/feed/malformed.json': { body: '{"version": 2, "asOf": "2026-06-30", "entities": [', type: 'application/json' },
  /** Valid JSON, not a dataset (the validator refuses it). */
  '/feed/invalid.json': json({ ...NEWER, events: [{ id: 'x' }] }),
  /** Over 1 MB, declared in Content-Length. */
  '/feed/huge.json': { body: Buffer.alloc(1_200_000, 0x20), type: 'application/json', headers: { 'content-length': '1200000' } },
  /** Over 1 MB with no Content-Length (chunked): the cap must hold on the streamed bytes. */
  '/feed/huge-chunked.json': { body: Buffer.alloc(1_200_000, 0x20), type: 'application/json', headers: { 'transfer-encoding': 'chunked' } },
  '/feed/slow.json': { ...json(NEWER), delayMs: FEED_TIMEOUT_MS + 2500 },
};
