/**
 * Fetches the update feed's bytes (issue 4, DESIGN.md decision 11), treating the server as untrusted: no
 * cookies, no referrer, no cache (the request says nothing about the user's browsing), a timeout over the whole
 * exchange, and a size cap enforced on the declared Content-Length and again on the bytes as they stream in,
 * so a huge or endless body is cut off without being held in memory.
 */
import { isFeedUrlAllowed } from '../settings/feed-url';
import type { FeedReason } from '../messages';

export const FEED_MAX_BYTES = 1024 * 1024;

export type FetchResult = { ok: true; text: string } | { ok: false; reason: FeedReason; detail: string };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export async function fetchFeedText(url: string, { timeoutMs, maxBytes = FEED_MAX_BYTES, fetchImpl = fetch }: FetchOptions): Promise<FetchResult> {
  if (!isFeedUrlAllowed(url)) return { ok: false, reason: 'bad-url', detail: url };
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const res = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: abort.signal,
      headers: { accept: 'application/json' },
    });
    // A redirect must not take the request somewhere the URL rule forbids (https → plain http).
    if (res.url && !isFeedUrlAllowed(res.url)) return fail(abort, 'bad-url', res.url);
    if (!res.ok) return fail(abort, 'http-error', `HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) return fail(abort, 'too-large', `${declared} bytes`);
    const bytes = await readCapped(res, maxBytes);
    if (bytes === null) return fail(abort, 'too-large', `> ${maxBytes} bytes`);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: 'not-json', detail: 'not UTF-8 text' };
    }
  } catch (err) {
    if (timedOut) return { ok: false, reason: 'timeout', detail: `${timeoutMs} ms` };
    return { ok: false, reason: 'network', detail: String((err as Error)?.message ?? err).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

function fail(abort: AbortController, reason: FeedReason, detail: string): FetchResult {
  abort.abort(); // stop the download; nothing more is read
  return { ok: false, reason, detail };
}

/** The body's bytes, or null as soon as they pass `max`. */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > max ? null : buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
