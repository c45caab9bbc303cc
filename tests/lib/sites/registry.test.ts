// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectPage, readCommunityPage, SITES, siteOf } from '../../../lib/sites';

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
