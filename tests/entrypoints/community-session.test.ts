// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { type Collector, createPageSession, type SessionDeps } from '../../lib/ext/page-session';
import type { CommunityPage, Post } from '../../lib/types';

const post = (id: string, at: string): Post => ({
  id,
  publishedAt: at,
  likes: 0,
  comments: 0,
  reposts: 0,
  views: 1,
  pinned: false,
  ad: false,
  repost: false,
});

const page = (url: string, extra: Partial<CommunityPage> = {}): CommunityPage => ({
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
  posts: [post('-1_9', '2026-11-20T10:00:00Z')],
  layout: 'vk-g3',
  postsSince: '2026-11-20T10:00:00Z',
  ...extra,
});

function setup(extra: Partial<SessionDeps> = {}) {
  let url = 'https://vk.com/club1';
  const controller = new AbortController();
  const notify = vi.fn();
  const deps: SessionDeps = {
    doc: document,
    url: () => url,
    read: (_doc, u) => (u.includes('club') ? page(u) : null),
    detect: (u) =>
      u.includes('/id') ? { site: 'vk', kind: 'profile' } : u.includes('vk.com') ? { site: 'vk', kind: 'other' } : null,
    collector: () => null,
    signal: controller.signal,
    notify,
    ...extra,
  };
  const session = createPageSession(deps);
  return { session, notify, controller, go: (u: string) => (url = u) };
}

describe('content-script page session', () => {
  it('answers the reading of the live page', () => {
    const { session } = setup();
    const answer = session.readPage();
    expect(answer.kind).toBe('community');
    if (answer.kind === 'community') {
      expect(answer.page.url).toBe('https://vk.com/club1');
      expect(answer.collect.status).toBe('unsupported');
      expect(answer.readMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('passes a fixed `now` to the reader', () => {
    const read = vi.fn((_d: Document, u: string, _o: { now?: Date }) => page(u));
    const { session } = setup({ read });
    session.readPage({ now: '2026-11-25T12:00:00.000Z' });
    expect(read.mock.calls[0]?.[2]).toEqual({ now: new Date('2026-11-25T12:00:00.000Z') });
  });

  it('says why a page is not a community', () => {
    const { session, go } = setup();
    go('https://vk.com/id5');
    expect(session.readPage()).toMatchObject({ kind: 'not-community', reason: 'profile', site: 'vk' });
    go('https://vk.com/feed');
    expect(session.readPage()).toMatchObject({ kind: 'not-community', reason: 'other' });
    go('https://example.org/');
    expect(session.readPage()).toMatchObject({ kind: 'not-community', reason: 'off-site', site: null });
  });

  it('reports a reader that throws as an error, never crashes', () => {
    const { session } = setup({
      read: () => {
        throw new Error('boom');
      },
    });
    expect(session.readPage()).toMatchObject({ kind: 'error', message: 'boom' });
  });

  it('collects older posts with progress, merges them into later readings, and tells the background', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const collector: Collector = async (_doc, p, options) => {
      options.onProgress({ pages: 1, posts: 11, oldest: '2026-10-15T00:00:00Z' });
      await gate;
      options.onProgress({ pages: 3, posts: 21, oldest: '2026-09-29T10:00:00Z' });
      return {
        ...p,
        posts: [...p.posts, post('-1_1', '2026-09-29T10:00:00Z')],
        postsSince: '2026-09-29T10:00:00Z',
        partial: null,
      };
    };
    const { session, notify } = setup({ collector: () => collector });
    const first = session.collect({ cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 });
    expect(first.status).toBe('collecting');
    const during = session.readPage();
    expect(during.kind === 'community' && during.collect).toMatchObject({ status: 'collecting', pages: 1, posts: 11 });
    // asking again joins the running collection
    expect(session.collect({ cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 }).status).toBe('collecting');
    release();
    await session.settled();
    const after = session.readPage();
    expect(after.kind).toBe('community');
    if (after.kind === 'community') {
      expect(after.collect).toMatchObject({ status: 'done', pages: 3 });
      expect(after.page.posts.map((p) => p.id)).toEqual(['-1_9', '-1_1']);
      expect(after.page.postsSince).toBe('2026-09-29T10:00:00Z');
    }
    expect(notify).toHaveBeenCalledOnce();
  });

  it('a partial collection says why; navigation to another page aborts it and forgets its posts', async () => {
    let seenSignal: AbortSignal | undefined;
    const collector: Collector = (_doc, p, options) => {
      seenSignal = options.signal;
      return new Promise((resolve) =>
        options.signal.addEventListener('abort', () => resolve({ ...p, postsSince: null, partial: 'aborted' })),
      );
    };
    const { session, go, notify } = setup({ collector: () => collector });
    session.collect({ cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 });
    go('https://vk.com/club2');
    session.onLocationChange();
    expect(seenSignal?.aborted).toBe(true);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://vk.com/club2' }));
    const answer = session.readPage();
    expect(answer.kind === 'community' && answer.collect.status).toBe('idle');
  });

  it('stops collecting when the content script is invalidated', async () => {
    let seenSignal: AbortSignal | undefined;
    const collector: Collector = (_d, p, options) => {
      seenSignal = options.signal;
      return new Promise((resolve) =>
        options.signal.addEventListener('abort', () => resolve({ ...p, postsSince: null, partial: 'aborted' })),
      );
    };
    const { session, controller } = setup({ collector: () => collector });
    session.collect({ cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 });
    controller.abort();
    await session.settled();
    expect(seenSignal?.aborted).toBe(true);
    const answer = session.readPage();
    expect(answer.kind === 'community' && answer.collect).toMatchObject({ status: 'partial', partial: 'aborted' });
  });

  it('never changes the page', () => {
    document.body.innerHTML = '<div id="wall"><p>пост</p></div>';
    const before = document.documentElement.outerHTML;
    const { session } = setup();
    session.readPage();
    session.collect({ cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reuses the last reading while the page has not changed, and re-reads after a change', () => {
    let version = 0;
    const read = vi.fn((_d: Document, u: string, _o: { now?: Date }) => page(u));
    const { session } = setup({ read, version: () => version });
    session.readPage();
    session.readPage();
    expect(read).toHaveBeenCalledOnce();
    version += 1;
    session.readPage();
    expect(read).toHaveBeenCalledTimes(2);
    session.readPage({ now: '2026-11-25T12:00:00.000Z' });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('does not reuse a reading of an unchanged page once the minute has passed («сегодня» must mean today)', () => {
    let wall = new Date('2026-11-25T20:59:30.000Z');
    const read = vi.fn((_d: Document, u: string, _o: { now?: Date }) => page(u));
    const { session } = setup({ read, version: () => 0, wallClock: () => wall });
    session.readPage();
    session.readPage();
    expect(read).toHaveBeenCalledOnce();
    expect(read.mock.calls[0]?.[2].now).toEqual(wall);
    wall = new Date('2026-11-25T21:00:10.000Z'); // midnight in Moscow
    session.readPage();
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1]?.[2].now).toEqual(wall);
  });
});
