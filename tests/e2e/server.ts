/**
 * Local HTTPS fixture server for the real-browser tests. Chromium maps vk.com, ok.ru, … to it with
 * --host-resolver-rules, so pages load under their real host names without touching the network.
 * The certificate is self-signed and made at test time (ok.ru is HSTS-preloaded: plain HTTP won't do).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Route {
  status?: number;
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}
export type RouteHandler = (req: IncomingMessage, url: URL) => Route | null | Promise<Route | null>;

export interface FixtureServer {
  port: number;
  /** Serve `body` for https://<host><pathAndQuery> (query must match exactly when given; path-only matches any query). */
  route(host: string, pathAndQuery: string, route: Route | RouteHandler): void;
  /** Every request seen, as full URLs (for assertions on what the extension fetched). */
  requests: { url: string; method: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gp-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=vk.com',
        '-addext',
        'subjectAltName=DNS:vk.com,DNS:*.vk.com,DNS:vk.ru,DNS:*.vk.ru,DNS:ok.ru,DNS:*.ok.ru',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route | RouteHandler>();
  const requests: FixtureServer['requests'] = [];
  const { key, cert } = makeCertificate();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ url: url.href, method: req.method ?? 'GET', headers: req.headers });
    const found = routes.get(`${host}${url.pathname}${url.search}`) ?? routes.get(`${host}${url.pathname}`);
    let route: Route | null = null;
    if (typeof found === 'function') route = await found(req, url);
    else if (found) route = found;
    if (!route) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(url.pathname === '/favicon.ico' ? '' : '<!doctype html><title>404</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(route.status ?? 200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  };

  const server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    route(host, pathAndQuery, route) {
      routes.set(`${host}${pathAndQuery}`, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a committed fixture page (tests/fixtures/<site>/<slug>/source.html). */
export function fixtureHtml(site: 'vk' | 'ok', slug: string): string {
  return readFileSync(new URL(`../fixtures/${site}/${slug}/source.html`, import.meta.url), 'utf8');
}
