/** A static server on 127.0.0.1 for the test pages (the machine has no other network). */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
  status?: number;
  /** Waits this long before answering (the update feed's timeout case). */
  delayMs?: number;
}

export interface TestServer {
  origin: string;
  /** Adds or replaces a route at run time. */
  route(pathname: string, route: Route): void;
  /** Every request the server saw, in order. */
  requests: string[];
  /** The same requests with their headers (what a request carried: cookies, referrer). */
  log: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

/** Serves files under `dir` and the given routes. */
export async function startServer(dir: string, routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const log: TestServer['log'] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    log.push({ path: url.pathname, headers: req.headers });
    const r = table.get(url.pathname);
    if (r) {
      if (r.delayMs) await new Promise((done) => setTimeout(done, r.delayMs));
      if (res.destroyed) return;
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8', ...r.headers });
      res.end(r.body);
      return;
    }
    const file = path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (p, r) => table.set(p, r),
    requests,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
