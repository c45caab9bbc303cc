// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectOkPosts, okFeedPath } from '../../../../lib/sites/ok/collect';
import { readOkPage } from '../../../../lib/sites/ok/read';
import type { CommunityPage } from '../../../../lib/types';
import { CommunityPageSchema } from '../../../../lib/types';
import { FIXTURES_ROOT, loadFixtures, parseHtml } from '../fixtures';

const fixtures = loadFixtures('ok');
const fixture = (slug: string) => {
  const f = fixtures.find((x) => x.slug === slug);
  if (!f) throw new Error(`no fixture ${slug}`);
  return f;
};
const answer = (name: string) => readFileSync(join(FIXTURES_ROOT, 'ok', 'feed-continuation', name), 'utf8');

const M1 = 'AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAxMDI';
const M2 = 'AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDk1';
const M3 = 'AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDkx';

interface Call {
  url: string;
  init: RequestInit | undefined;
  at: number;
}

/** A fake OK server: answers the continuation request by marker, on a fake clock. */
function fakeOk(byMarker: Record<string, { body: string; status?: number }>) {
  let now = 0;
  const calls: Call[] = [];
  const slept: number[] = [];
  return {
    calls,
    slept,
    clock: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    fetch: async (url: string, init?: RequestInit) => {
      calls.push({ url, init, at: now });
      now += 30;
      const marker = new URLSearchParams(String(init?.body ?? '')).get('st.markerB') ?? '';
      const hit = byMarker[marker];
      return new Response(hit?.body ?? '', {
        status: hit?.status ?? (hit ? 200 : 404),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    },
  };
}

function start(slug: string): { doc: Document; page: CommunityPage; now: Date; timeZone: string } {
  const f = fixture(slug);
  const doc = parseHtml(f.html);
  const page = readOkPage(doc, f.url, f.options);
  if (!page) throw new Error(`${slug} did not read`);
  return { doc, page, now: f.options.now, timeZone: f.options.timeZone };
}

const chain = {
  [M1]: { body: answer('page-2.html') },
  [M2]: { body: answer('page-3.html') },
  [M3]: { body: answer('page-4.html') },
};

describe('OK feed continuation (AltGroupMainFeedsNewRB)', () => {
  it('follows the marker chain with the page token, paced, and stops at the cut-off', async () => {
    const { doc, page, now, timeZone } = start('desktop-group');
    const ok = fakeOk(chain);
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: ok.fetch,
      sleep: ok.sleep,
      clock: ok.clock,
      delayMs: 1000,
      parseHtml,
    });
    expect(ok.calls.map((c) => new URLSearchParams(String(c.init?.body)).get('st.markerB'))).toEqual([M1, M2]);
    const first = ok.calls[0];
    expect(first?.url).toBe('https://ok.ru/group/70000001234567?cmd=AltGroupMainFeedsNewRB&st.groupId=70000001234567');
    expect(first?.init?.method).toBe('POST');
    expect(new Headers(first?.init?.headers).get('tkn')).toBe('h7Zr1kqEXAMPLEtKn2wQ');
    expect(new URLSearchParams(String(first?.init?.body)).get('st.page')).toBe('2');
    // ≥ 1 s between request starts, on the injected clock
    expect(ok.calls[1]?.at ?? 0).toBeGreaterThanOrEqual((ok.calls[0]?.at ?? 0) + 1000);
    expect(out.partial).toBeNull();
    expect(out.posts).toHaveLength(10 + 5 + 4);
    expect(new Set(out.posts.map((p) => p.id)).size).toBe(out.posts.length);
    // the old pinned post stayed first and did not stop the loop
    expect(out.posts[0]).toMatchObject({ id: '155000000000100', pinned: true });
    expect(out.posts.find((p) => p.id === '155000000000093')?.publishedAt).toBe('2026-10-01T06:00:00.000Z');
    expect(out.postsSince).toBe('2026-09-25T09:00:00.000Z');
    expect(CommunityPageSchema.safeParse(out).success).toBe(true);
  });

  it('stops on abort with what was read, marked partial', async () => {
    const { doc, page, now, timeZone } = start('desktop-group');
    const ok = fakeOk(chain);
    const controller = new AbortController();
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: async (url, init) => {
        const res = await ok.fetch(url, init);
        controller.abort();
        return res;
      },
      sleep: ok.sleep,
      clock: ok.clock,
      signal: controller.signal,
      parseHtml,
    });
    expect(ok.calls).toHaveLength(1);
    expect(out.partial).toBe('aborted');
    expect(out.posts).toHaveLength(10 + 5);
    expect(out.postsSince).not.toBeNull();
  });

  it('marks an error page as partial and keeps the first page', async () => {
    const { doc, page, now, timeZone } = start('desktop-group');
    const ok = fakeOk({ [M1]: { body: answer('error.html') } });
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: ok.fetch,
      sleep: ok.sleep,
      clock: ok.clock,
      parseHtml,
    });
    expect(out.partial).toBe('unrecognised-page');
    expect(out.posts).toEqual(page.posts);
    expect(out.postsSince).toBe('2026-10-20T08:00:00.000Z');
  });

  it('marks an HTTP error as partial', async () => {
    const { doc, page, now, timeZone } = start('desktop-group');
    const ok = fakeOk({ [M1]: { body: answer('page-2.html'), status: 500 } });
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: ok.fetch,
      sleep: ok.sleep,
      clock: ok.clock,
      parseHtml,
    });
    expect(out.partial).toBe('http-error');
  });

  it('backs off once on a rate-limit answer, then continues', async () => {
    const { doc, page, now, timeZone } = start('desktop-group');
    let limited = false;
    const ok = fakeOk(chain);
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: async (url, init) => {
        if (!limited) {
          limited = true;
          return new Response('Слишком много запросов', { status: 429 });
        }
        return ok.fetch(url, init);
      },
      sleep: ok.sleep,
      clock: ok.clock,
      delayMs: 1000,
      parseHtml,
    });
    expect(out.partial).toBeNull();
    expect(ok.slept.some((ms) => ms >= 1900)).toBe(true);
  });

  it('does not request anything when the visible posts already reach the cut-off', async () => {
    for (const slug of ['mobile-group', 'no-avatar-cover']) {
      const { doc, page, now, timeZone } = start(slug);
      const ok = fakeOk(chain);
      const out = await collectOkPosts(doc, page, {
        now,
        timeZone,
        fetch: ok.fetch,
        sleep: ok.sleep,
        clock: ok.clock,
        parseHtml,
      });
      expect(ok.calls).toHaveLength(0);
      expect(out.partial).toBeNull();
      expect(out.posts).toEqual(page.posts);
    }
  });

  it('says partial, without requests, when no continuation is known', async () => {
    // ad-post: a desktop page without a marker that does not reach the cut-off
    const { doc, page, now, timeZone } = start('ad-post');
    const ok = fakeOk(chain);
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: ok.fetch,
      sleep: ok.sleep,
      clock: ok.clock,
      parseHtml,
    });
    expect(ok.calls).toHaveLength(0);
    expect(out.partial).toBe('unrecognised-page');
    expect(out.postsSince).toBe(page.postsSince);
  });

  it('reports a closed group as members-only', async () => {
    const { doc, page, now, timeZone } = start('closed-group');
    const ok = fakeOk(chain);
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      fetch: ok.fetch,
      sleep: ok.sleep,
      clock: ok.clock,
      parseHtml,
    });
    expect(ok.calls).toHaveLength(0);
    expect(out.partial).toBe('members-only');
  });
});

describe('okFeedPath', () => {
  it.each([
    ['https://ok.ru/group/70000001234567', '/group/70000001234567'],
    ['https://ok.ru/group/70000001234567/topics', '/group/70000001234567'],
    ['https://ok.ru/priozerskadm/about', '/priozerskadm'],
    ['https://ok.ru/dk?st.cmd=altGroupMain&st.groupId=70000001234567', '/group/70000001234567'],
  ])('%s → %s', (url, path) => {
    expect(okFeedPath(new URL(url), '70000001234567')).toBe(path);
  });
});

describe('m.ok.ru «Показать ещё» pages', () => {
  const mobileAnswer = (name: string) => readFileSync(join(FIXTURES_ROOT, 'ok', 'mobile-continuation', name), 'utf8');
  const base = 'https://m.ok.ru/dk?st.cmd=altGroupMain&st.groupId=70000001234567&st.page=';
  const byUrl: Record<string, string> = {
    [`${base}2`]: mobileAnswer('page-2.html'),
    [`${base}3`]: mobileAnswer('page-3.html'),
  };

  it('follows the same-origin next-page links with GET until the cut-off', async () => {
    const { doc, page, now, timeZone } = start('mobile-group');
    const urls: string[] = [];
    let t = 0;
    const out = await collectOkPosts(doc, page, {
      now,
      timeZone,
      cutoff: new Date('2025-08-31T21:00:00Z'),
      fetch: async (url, init) => {
        urls.push(`${init?.method ?? 'GET'} ${url}`);
        const body = byUrl[url];
        return new Response(body ?? '', { status: body ? 200 : 404 });
      },
      sleep: async (ms) => {
        t += ms;
      },
      clock: () => t,
      parseHtml,
    });
    expect(urls).toEqual([`GET ${base}2`, `GET ${base}3`]);
    expect(out.partial).toBeNull();
    expect(out.posts.map((p) => p.id).slice(-5)).toEqual([
      '155000000000205',
      '155000000000204',
      '155000000000203',
      '155000000000202',
      '155000000000201',
    ]);
    expect(out.posts.find((p) => p.id === '155000000000201')).toMatchObject({
      publishedAt: '2025-08-27T21:00:00.000Z',
      comments: 4,
      reposts: 1,
      likes: 21,
      source: 'ok-mobile:dom',
    });
    expect(out.postsSince).toBe('2025-08-27T21:00:00.000Z');
  });
});
