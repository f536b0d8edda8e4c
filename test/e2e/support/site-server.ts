import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { closerFor } from './closing';

/** One page the fixture server answers with: by host, path and query (exact), else by host and path. */
export interface Route {
  url: string;
  body: Buffer | string;
  /** As the page was saved (the old degree site is GB2312). */
  charset?: string;
}

export interface SiteServer {
  port: number;
  /** Every request the server saw, as https://host/path?query. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * "The sites" on 127.0.0.1: an HTTPS server that answers by the Host header, so the browser (with
 * --host-resolver-rules) sees real-looking URLs. Anything not routed is a 404 page.
 */
export async function startSiteServer(tls: { key: Buffer; cert: Buffer }, routes: readonly Route[]): Promise<SiteServer> {
  const exact = new Map<string, Route>();
  const byPath = new Map<string, Route>();
  for (const r of routes) {
    const u = new URL(r.url);
    exact.set(`${u.hostname}${u.pathname}${u.search}`, r);
    if (!byPath.has(`${u.hostname}${u.pathname}`)) byPath.set(`${u.hostname}${u.pathname}`, r);
  }
  const seen: string[] = [];
  const server: Server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const u = new URL(req.url ?? '/', `https://${host}`);
    seen.push(u.toString());
    const route = exact.get(`${host}${u.pathname}${u.search}`) ?? byPath.get(`${host}${u.pathname}`);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><p>not found</p>');
      return;
    }
    res.writeHead(200, { 'content-type': `text/html; charset=${route.charset ?? 'utf-8'}`, 'cache-control': 'no-store' });
    res.end(route.body);
  });
  const close = closerFor(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close };
}
