// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, fetchCommunityPage, readCommunityPage, SITES, siteOf } from '../../../lib/sites';

describe('site registry', () => {
  it('has unique site ids', () => {
    expect(new Set(SITES.map((s) => s.site)).size).toBe(SITES.length);
  });

  it('dispatches by URL', () => {
    expect(siteOf('https://vk.com/club1')?.site).toBe('vk');
    expect(siteOf('https://ok.ru/group/123')?.site).toBe('ok');
    expect(siteOf('https://example.org/club1')).toBeNull();
    expect(detectPage('https://m.vk.com/id5')).toEqual({ site: 'vk', kind: 'profile' });
    expect(detectPage('not a url')).toBeNull();
  });

  it('returns null for non-community pages and foreign sites, never throws', () => {
    const doc = new DOMParser().parseFromString('<html><body><h1>x</h1></body></html>', 'text/html');
    const opts = { now: new Date('2026-03-15T09:00:00Z'), timeZone: 'Europe/Moscow' };
    expect(readCommunityPage(doc, 'https://vk.com/feed', opts)).toBeNull();
    expect(readCommunityPage(doc, 'https://vk.com/id1', opts)).toBeNull();
    expect(readCommunityPage(doc, 'https://example.org/', opts)).toBeNull();
    expect(readCommunityPage(doc, '::', opts)).toBeNull();
  });

  it('answers unknown, not missing, on an empty community page', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const page = readCommunityPage(doc, 'https://vk.com/club42', { now: new Date(0), timeZone: 'UTC' });
    expect(page).toMatchObject({
      id: '42',
      layout: 'unknown',
      avatar: 'unknown',
      cover: 'unknown',
      govMark: 'unknown',
    });
    expect(page?.posWidget).toBe('unknown');
    expect(page?.description).toBe('unknown');
    expect(page?.postsSince).toBeNull();
  });
});

describe('fetchCommunityPage', () => {
  const opts = { now: new Date('2026-03-15T09:00:00Z'), timeZone: 'Europe/Moscow' };
  it('fetches with credentials, decodes and reads', async () => {
    const html = readFileSync(join(__dirname, '../../fixtures/vk/g2-redesigned/source.html'));
    const seen: RequestInit[] = [];
    const fetch = async (_: string, init?: RequestInit) => {
      if (init) seen.push(init);
      return new Response(Uint8Array.from(html), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    };
    const { page, error } = await fetchCommunityPage('https://vk.com/club123456', { ...opts, fetch });
    expect(error).toBeNull();
    expect(page?.layout).toBe('vk-g2');
    expect(seen[0]?.credentials).toBe('include');
  });

  it('reports errors instead of throwing', async () => {
    const fail = async () => new Response('x', { status: 503 });
    expect((await fetchCommunityPage('https://vk.com/club1', { ...opts, fetch: fail })).error).toBe('http-503');
    const boom = async () => Promise.reject(new Error('offline'));
    expect((await fetchCommunityPage('https://vk.com/club1', { ...opts, fetch: boom })).error).toMatch(/^network/);
    expect((await fetchCommunityPage('https://example.org/', opts)).error).toBe('unsupported-url');
  });
});
