import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { fetchFeedText, FEED_MAX_BYTES } from '../../src/background/feed-fetch';
import { checkFeed, isNewer } from '../../src/background/feed-check';
import { CHECK_INTERVAL_MS, DataSource, FEED_DATASET_KEY, FEED_STATUS_KEY, type LocalArea } from '../../src/background/data-source';

const bundled = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const newer = { ...bundled, version: bundled.version + 1, asOf: '2026-06-30' };

type Call = { url: string; init: RequestInit };

/** A fetch that answers with `respond`, recording what it was asked. */
function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>): typeof fetch & { calls: Call[] } {
  const calls: Call[] = [];
  const f = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(init);
  }) as unknown as typeof fetch & { calls: Call[] };
  f.calls = calls;
  return f;
}

/** A Response whose `url` is set, as a real fetch's is. */
function response(body: BodyInit | null, init: ResponseInit = {}, url = 'https://feed.example/data.json'): Response {
  const r = new Response(body, init);
  Object.defineProperty(r, 'url', { value: url });
  return r;
}

/** A body that streams `chunks` bytes in 64 KB pieces, with no Content-Length. */
function streamOf(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(65536, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

const URL_OK = 'https://feed.example/data.json';

describe('fetchFeedText', () => {
  it('asks without cookies, referrer or cache, and returns the text', async () => {
    const f = fakeFetch(() => response('{"a":1}', { headers: { 'content-type': 'application/json' } }));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toEqual({ ok: true, text: '{"a":1}' });
    const init = f.calls[0]!.init;
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('refuses a URL the rule forbids without any request', async () => {
    const f = fakeFetch(() => response('{}'));
    expect(await fetchFeedText('http://example.com/feed.json', { timeoutMs: 1000, fetchImpl: f })).toMatchObject({ ok: false, reason: 'bad-url' });
    expect(f.calls).toHaveLength(0);
  });

  it('refuses a redirect to plain http', async () => {
    const f = fakeFetch(() => response('{}', {}, 'http://evil.example/data.json'));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toMatchObject({ ok: false, reason: 'bad-url', detail: 'http://evil.example/data.json' });
  });

  it('reports an HTTP error status', async () => {
    const f = fakeFetch(() => response('nope', { status: 404 }));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toEqual({ ok: false, reason: 'http-error', detail: 'HTTP 404' });
  });

  it('refuses a declared Content-Length over 1 MB without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream({ pull(c) { pulled++; c.enqueue(new Uint8Array(10)); } });
    const f = fakeFetch(() => response(body, { headers: { 'content-length': String(FEED_MAX_BYTES + 1) } }));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toEqual({ ok: false, reason: 'too-large', detail: `${FEED_MAX_BYTES + 1} bytes` });
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's initial pull
  });

  it('stops reading a streamed body as soon as it passes 1 MB', async () => {
    const f = fakeFetch(() => response(streamOf(50 * 1024 * 1024)));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 5000, fetchImpl: f })).toEqual({ ok: false, reason: 'too-large', detail: `> ${FEED_MAX_BYTES} bytes` });
  });

  it('accepts exactly 1 MB', async () => {
    const f = fakeFetch(() => response(streamOf(FEED_MAX_BYTES)));
    const r = await fetchFeedText(URL_OK, { timeoutMs: 5000, fetchImpl: f });
    expect(r.ok && r.text.length).toBe(FEED_MAX_BYTES);
  });

  it('times out a server that never answers, and aborts the request', async () => {
    let aborted = false;
    const f = fakeFetch((init) => new Promise<Response>((_, reject) => {
      init.signal!.addEventListener('abort', () => {
        aborted = true;
        reject(new DOMException('aborted', 'AbortError'));
      });
    }));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 30, fetchImpl: f })).toEqual({ ok: false, reason: 'timeout', detail: '30 ms' });
    expect(aborted).toBe(true);
  });

  it('times out a body that trickles forever', async () => {
    const f = fakeFetch((init) => {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([0x7b]));
          init.signal!.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return response(body);
    });
    expect(await fetchFeedText(URL_OK, { timeoutMs: 30, fetchImpl: f })).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('reports a network failure', async () => {
    const f = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toEqual({ ok: false, reason: 'network', detail: 'Failed to fetch' });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const f = fakeFetch(() => response(new Uint8Array([0xff, 0xfe, 0x00])));
    expect(await fetchFeedText(URL_OK, { timeoutMs: 1000, fetchImpl: f })).toMatchObject({ ok: false, reason: 'not-json' });
  });
});

describe('checkFeed', () => {
  it('is newer only when both version and as-of date are', () => {
    expect(isNewer({ version: 2, asOf: '2026-03-01' }, { version: 1, asOf: '2026-02-28' })).toBe(true);
    expect(isNewer({ version: 2, asOf: '2026-02-28' }, { version: 1, asOf: '2026-02-28' })).toBe(false);
    expect(isNewer({ version: 1, asOf: '2026-03-01' }, { version: 1, asOf: '2026-02-28' })).toBe(false);
    expect(isNewer({ version: 5, asOf: '2025-01-01' }, { version: 1, asOf: '2026-02-28' })).toBe(false);
  });

  it('accepts a valid newer dataset', () => {
    const r = checkFeed(JSON.stringify(newer), bundled);
    expect(r.ok && r.dataset.version).toBe(newer.version);
  });

  it.each([
    ['not JSON', '{"version": 2,', 'not-json'],
    ['JSON, not a dataset', '{"hello": "world"}', 'invalid'],
    ['an array', '[1,2,3]', 'invalid'],
    ['an event in the future of its as-of date', JSON.stringify({ ...newer, asOf: '2020-01-01', version: 9 }), 'invalid'],
    ['the same data', JSON.stringify(bundled), 'not-newer'],
    ['a higher version with the same date', JSON.stringify({ ...bundled, version: 9 }), 'not-newer'],
  ])('refuses %s', (_name, text, reason) => {
    const r = checkFeed(text, bundled);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('says why a dataset is invalid, briefly', () => {
    const r = checkFeed(JSON.stringify({ ...newer, events: [{ id: 'x' }] }), bundled);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.detail).toMatch(/^events\[0\]/);
      expect(r.detail.length).toBeLessThanOrEqual(500);
    }
  });
});

function memoryArea(): LocalArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items) { Object.assign(data, structuredClone(items)); },
    async remove(key) { delete data[key]; },
  };
}

describe('DataSource', () => {
  const json = (v: unknown) => fakeFetch(() => response(JSON.stringify(v)));

  it('uses the bundled data until a feed is accepted, then the feed, also after a restart', async () => {
    const area = memoryArea();
    const src = new DataSource({ bundled, area, timeoutMs: 1000, fetchImpl: json(newer) });
    expect((await src.dataset()).version).toBe(bundled.version);
    const status = await src.check(URL_OK);
    expect(status).toMatchObject({ reason: 'accepted', url: URL_OK, current: { version: newer.version, asOf: '2026-06-30', from: 'feed' } });
    expect((await src.dataset()).asOf).toBe('2026-06-30');
    const restarted = new DataSource({ bundled, area, timeoutMs: 1000 });
    expect((await restarted.dataset()).asOf).toBe('2026-06-30');
    expect((await restarted.status()).current.from).toBe('feed');
  });

  it('keeps the current data on any failure and records why', async () => {
    const area = memoryArea();
    const src = new DataSource({ bundled, area, timeoutMs: 1000, fetchImpl: fakeFetch(() => response('{', {})) });
    const status = await src.check(URL_OK);
    expect(status).toMatchObject({ reason: 'not-json', current: { version: bundled.version, from: 'bundled' } });
    expect(area.data[FEED_DATASET_KEY]).toBeUndefined();
    expect(area.data[FEED_STATUS_KEY]).toMatchObject({ reason: 'not-json', url: URL_OK });
    expect((await src.dataset()).version).toBe(bundled.version);
  });

  it('ignores a stored copy that is invalid or no newer than the bundled data (an extension update bundled newer data)', async () => {
    const area = memoryArea();
    area.data[FEED_DATASET_KEY] = { ...newer, events: 'broken' };
    expect((await new DataSource({ bundled, area, timeoutMs: 1000 }).dataset()).version).toBe(bundled.version);
    area.data[FEED_DATASET_KEY] = bundled;
    const src = new DataSource({ bundled: newer as Dataset, area, timeoutMs: 1000 });
    expect((await src.dataset()).version).toBe(newer.version);
  });

  it('checks at most once a day on its own', async () => {
    const area = memoryArea();
    let now = Date.parse('2026-07-01T10:00:00Z');
    const f = json(bundled);
    const src = new DataSource({ bundled, area, timeoutMs: 1000, fetchImpl: f, now: () => now });
    await src.checkIfDue(URL_OK);
    expect(f.calls).toHaveLength(1);
    now += CHECK_INTERVAL_MS - 60_000;
    await src.checkIfDue(URL_OK);
    expect(f.calls).toHaveLength(1);
    now += 120_000;
    await src.checkIfDue(URL_OK);
    expect(f.calls).toHaveLength(2);
    await src.checkIfDue(''); // no feed set: nothing
    expect(f.calls).toHaveLength(2);
  });

  it('runs one check at a time', async () => {
    const f = json(newer);
    const src = new DataSource({ bundled, area: memoryArea(), timeoutMs: 1000, fetchImpl: f });
    const [a, b] = await Promise.all([src.check(URL_OK), src.check(URL_OK)]);
    expect(f.calls).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('records "no URL" and goes back to the bundled data when the feed is removed', async () => {
    const area = memoryArea();
    const src = new DataSource({ bundled, area, timeoutMs: 1000, fetchImpl: json(newer) });
    expect((await src.check('')).reason).toBe('no-url');
    await src.check(URL_OK);
    expect((await src.dataset()).version).toBe(newer.version);
    await src.forget();
    expect((await src.dataset()).version).toBe(bundled.version);
    expect((await src.status()).checkedAt).toBeNull();
  });
});
