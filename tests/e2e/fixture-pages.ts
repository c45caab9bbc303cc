/** The readers' committed fixture pages for the real-browser tests: a page's HTML and its URL, and the group id in a URL. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureServer } from './server';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixture(name: string): { html: string; url: string } {
  const dir = join(FIXTURES, name);
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
  };
}

/** The numeric id in a fixture URL (club123 / group/123). */
export const idOf = (url: string) => /(?:club|public|group\/)(\d+)/.exec(url)?.[1] ?? null;

/** Serves a fixture page under another group id (a list's), optionally edited (VK/OK markup evidence only). */
export function serveAs(server: FixtureServer, name: string, url: string, edit: (html: string) => string = (h) => h) {
  const source = fixture(name);
  const oldId = idOf(source.url);
  const newId = idOf(url);
  const html = oldId !== null && newId !== null ? source.html.replaceAll(oldId, newId) : source.html;
  const u = new URL(url);
  server.route(u.host, u.pathname, { body: edit(html), contentType: 'text/html; charset=utf-8' });
}
