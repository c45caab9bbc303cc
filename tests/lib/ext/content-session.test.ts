// @vitest-environment jsdom
/**
 * The content script's two halves: the shell that runs on every VK/OK page (answers, URL detection, lazy loading of
 * the reader module) and the reader module's `ContentReader` on the live document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ContentReader,
  createContentReader,
  registeredReader,
  registerReader,
} from '../../../lib/ext/content-reader';
import { createContentShell, type ShellDeps } from '../../../lib/ext/content-shell';
import { IDLE_COLLECT } from '../../../lib/ext/requests';
import { detectOkPage } from '../../../lib/sites/ok/detect';
import type { SiteAdapter } from '../../../lib/sites/types';
import { detectVkPage } from '../../../lib/sites/vk/detect';
import type { CommunityPage } from '../../../lib/types';

const community = (url: string): CommunityPage => ({
  site: 'vk',
  url,
  id: '1',
  name: 'Школа',
  members: 10,
  avatar: 'present',
  cover: 'present',
  description: 'present',
  descriptionText: null,
  posWidget: 'present',
  govMark: 'present',
  registryLink: null,
  posts: [],
  layout: 'vk-g3',
  postsSince: null,
});

function fakeReader(): ContentReader {
  return {
    readPage: vi.fn(() => ({
      kind: 'community' as const,
      page: community('https://vk.com/club1'),
      collect: IDLE_COLLECT,
      readMs: 1,
    })),
    collect: vi.fn(() => ({ ...IDLE_COLLECT, status: 'collecting' as const })),
    snapshot: vi.fn(() => ({ url: 'u', takenAt: 't', html: '<html></html>', page: null })),
    onLocationChange: vi.fn(),
  };
}

function shellAt(start: string, extra: Partial<ShellDeps> = {}) {
  let url = start;
  const reader = fakeReader();
  const load = vi.fn(() => Promise.resolve(reader));
  const notify = vi.fn();
  const shell = createContentShell({
    site: 'vk',
    url: () => url,
    title: () => 'Заголовок',
    detect: detectVkPage,
    load,
    notify,
    ...extra,
  });
  return { shell, reader, load, notify, go: (u: string) => (url = u) };
}

describe('content-script shell', () => {
  it('answers ping itself', () => {
    const { shell, load } = shellAt('https://vk.com/feed');
    expect(shell.ping()).toEqual({ url: 'https://vk.com/feed', site: 'vk', title: 'Заголовок' });
    expect(load).not.toHaveBeenCalled();
    // the site by the site's hosts: m.vk.ru is VK's, a look-alike host is not
    expect(shellAt('https://m.vk.ru/club1').shell.ping().site).toBe('vk');
    expect(shellAt('https://vk.com.evil.org/').shell.ping().site).toBeNull();
    expect(shellAt('not a url').shell.ping().site).toBeNull();
  });

  it.each([
    ['https://vk.com/feed', 'other'],
    ['https://vk.com/id1', 'profile'],
    ['https://vk.com/wall-1_2', 'other'],
  ])('says %s is no community (%s) without loading the reader module', async (url, reason) => {
    const { shell, load, notify } = shellAt(url);
    expect(await shell.readPage({})).toEqual({ kind: 'not-community', url, site: 'vk', reason });
    expect(await shell.collect({ cutoff: '2026-10-31T21:00:00.000Z', delayMs: 1000 })).toEqual({
      ...IDLE_COLLECT,
      status: 'unsupported',
    });
    await shell.onLocationChange();
    expect(notify).toHaveBeenCalledWith(null);
    expect(load).not.toHaveBeenCalled();
    expect(shell.loaded()).toBe(false);
  });

  it('an OK shell tells OK groups from the rest by URL the same way', async () => {
    const { shell, load } = shellAt('https://ok.ru/feed', { site: 'ok', detect: detectOkPage });
    expect(await shell.readPage({})).toMatchObject({ kind: 'not-community', site: 'ok', reason: 'other' });
    expect(load).not.toHaveBeenCalled();
    const group = shellAt('https://ok.ru/group/70000001234567', { site: 'ok', detect: detectOkPage });
    expect((await group.shell.readPage({})).kind).toBe('community');
    expect(group.load).toHaveBeenCalledOnce();
  });

  it.each(['https://vk.com/club1', 'https://vk.com/gov_region_77'])(
    'loads the reader module once for %s and lets it answer',
    async (url) => {
      const { shell, load, reader } = shellAt(url);
      const [a, b] = await Promise.all([shell.readPage({ now: '2026-11-20T10:00:00Z' }), shell.readPage({})]);
      expect(a.kind).toBe('community');
      expect(b.kind).toBe('community');
      expect(reader.readPage).toHaveBeenCalledWith({ now: '2026-11-20T10:00:00Z' });
      const req = { cutoff: '2026-10-31T21:00:00.000Z', delayMs: 1000 };
      expect((await shell.collect(req)).status).toBe('collecting');
      expect(reader.collect).toHaveBeenCalledWith(req);
      expect(load).toHaveBeenCalledOnce();
      expect(shell.loaded()).toBe(true);
    },
  );

  it('re-reads after navigation: loads the module for a community, and once loaded it answers every URL', async () => {
    const { shell, load, reader, notify, go } = shellAt('https://vk.com/feed');
    await shell.onLocationChange();
    expect(load).not.toHaveBeenCalled();
    go('https://vk.com/club5');
    await shell.onLocationChange();
    expect(load).toHaveBeenCalledOnce();
    expect(reader.onLocationChange).toHaveBeenCalledOnce();
    // back on the feed: the module decides (it forgets the collection of the old URL and tells the background)
    go('https://vk.com/feed');
    await shell.onLocationChange();
    expect(reader.onLocationChange).toHaveBeenCalledTimes(2);
    expect(notify).toHaveBeenCalledTimes(1);
    expect((await shell.readPage({})).kind).toBe('community'); // the fake module's answer
  });

  it('loads the module for a snapshot of any page (the sanitiser lives there)', async () => {
    const { shell, load, reader } = shellAt('https://vk.com/feed');
    expect(await shell.snapshot()).toMatchObject({ html: '<html></html>' });
    expect(reader.snapshot).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledOnce();
  });

  it('answers an error when the module cannot be loaded, and tries again on the next request', async () => {
    const reader = fakeReader();
    const load = vi
      .fn<() => Promise<ContentReader>>()
      .mockRejectedValueOnce(new Error('blocked'))
      .mockResolvedValue(reader);
    const { shell, notify } = shellAt('https://vk.com/club1', { load });
    expect(await shell.readPage({})).toEqual({ kind: 'error', url: 'https://vk.com/club1', message: 'blocked' });
    expect((await shell.readPage({})).kind).toBe('community');
    expect(load).toHaveBeenCalledTimes(2);
    const failing = shellAt('https://vk.com/club1', { load: () => Promise.reject(new Error('x')) });
    expect((await failing.shell.collect({ cutoff: 'c', delayMs: 0 })).status).toBe('unsupported');
    await failing.shell.onLocationChange();
    expect(failing.notify).toHaveBeenCalledWith(null);
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('reader module', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('registers its factory for the shell, per site', () => {
    const vk = () => fakeReader();
    registerReader('vk', vk);
    expect(registeredReader('vk')).toBe(vk);
    expect(registeredReader('ok')).toBeUndefined();
  });

  it('reads the live document with the site reader, reuses the reading until the page changes, takes snapshots', async () => {
    window.history.replaceState(null, '', '/club1');
    document.body.innerHTML = '<h1>Школа</h1><a href="/id77">Иван Петров</a>';
    const read = vi.fn((doc: Document, url: URL) => ({
      ...community(url.href),
      name: doc.querySelector('h1')?.textContent ?? '',
    }));
    const adapter: Pick<SiteAdapter, 'site' | 'detect' | 'read'> = { site: 'vk', detect: () => 'community', read };
    const controller = new AbortController();
    const notify = vi.fn();
    const reader = createContentReader({ signal: controller.signal, notify }, adapter, () => null);
    const first = reader.readPage({});
    expect(first).toMatchObject({ kind: 'community', page: { name: 'Школа' }, collect: { status: 'unsupported' } });
    reader.readPage({});
    expect(read).toHaveBeenCalledTimes(1);
    document.querySelector('h1')?.replaceChildren('Школа №2');
    await Promise.resolve(); // the MutationObserver's record
    expect(reader.readPage({})).toMatchObject({ page: { name: 'Школа №2' } });
    expect(read).toHaveBeenCalledTimes(2);

    const before = document.documentElement.outerHTML;
    const snap = reader.snapshot();
    expect(snap.html.startsWith('<!doctype html>\n<html')).toBe(true);
    expect(snap.html).not.toContain('/id77'); // people's ids are replaced
    expect(snap.page?.name).toBe('Школа №2');
    expect(document.documentElement.outerHTML).toBe(before);

    reader.onLocationChange();
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ name: 'Школа №2' }));
    // once the content script is invalidated, page changes are no longer observed
    controller.abort();
    document.querySelector('h1')?.replaceChildren('Школа №3');
    await Promise.resolve();
    expect(reader.readPage({})).toMatchObject({ page: { name: 'Школа №2' } });
  });
});
