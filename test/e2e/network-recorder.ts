/**
 * A recording HTTP proxy on 127.0.0.1: the browsers under test send every request for a non-loopback host
 * through it (plain requests and HTTPS CONNECT tunnels alike), so it sees traffic from pages, the extension's
 * background, its pages and the browser itself. It answers nothing useful: 502 for requests, a closed socket
 * for tunnels. Loopback (the test server) is not proxied; the test server keeps its own request log.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorder {
  port: number;
  /** "GET http://host/path" or "CONNECT host:443", in order. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('blocked by the test recorder');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    // The browser may reset a tunnel we refuse before our answer is written: that is expected, and an
    // unhandled 'error' on the socket would be an uncaught exception in the test run (seen once as ECONNRESET).
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Hosts the browsers themselves call despite the harness's flags and prefs (measured: Chromium's component
 * updater, time and account checks at clients2.google.com, update.googleapis.com, accounts.google.com;
 * Firefox's remote settings at firefox.settings.services.mozilla.com): reported, not counted against the
 * extension, which has no reason to call them.
 */
export const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

export function hostOf(entry: string): string {
  const target = entry.split(' ')[1] ?? '';
  return /^https?:\/\//.test(target) ? new URL(target).host : target;
}
