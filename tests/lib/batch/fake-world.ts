/**
 * A fake VK/OK world for the batch runner: pages as small JSON documents, a fake clock and sleep, a fetch that
 * answers by URL (with per-URL scripts for rate limits and captchas). Shared by the runner tests and the bench.
 */
import { auditCommunity } from '../../../lib/audit/audit';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import type { BatchDeps, BatchStore, CollectPosts, ReadPage } from '../../../lib/batch/runner';
import { historyStore } from '../../../lib/ext/batch-store';
import type { CommunityPage, Post } from '../../../lib/types';

export const NOW = new Date('2026-11-26T09:00:00Z'); // Thursday, day 26 in Moscow: week 4 is running.

export interface GroupSpec {
  site?: 'vk' | 'ok';
  id: string;
  name: string;
  members: number | null;
  access?: CommunityPage['access'];
  /** Posts per day-of-month in November and October: { '2026-11-03': 2 }. */
  postsByDay: Record<string, number>;
  likes?: number;
  comments?: number;
  reposts?: number;
  views?: number;
  cover?: CommunityPage['cover'];
  avatar?: CommunityPage['avatar'];
  description?: CommunityPage['description'];
  posWidget?: CommunityPage['posWidget'];
  govMark?: CommunityPage['govMark'];
}

/** A spec with `weekly` posts in each week 1–4 of November (days 1, 8, 15, 22) and October. */
export function weeklySpec(id: string, weekly: readonly number[], extra: Partial<GroupSpec> = {}): GroupSpec {
  const postsByDay: Record<string, number> = {};
  weekly.forEach((n, i) => {
    const day = String(1 + 7 * i + 1).padStart(2, '0');
    postsByDay[`2026-11-${day}`] = n;
    postsByDay[`2026-10-${day}`] = n;
  });
  return {
    id,
    name: `Группа ${id}`,
    members: 1000,
    postsByDay,
    likes: 10,
    comments: 2,
    reposts: 1,
    views: 500,
    ...extra,
  };
}

function postsOf(spec: GroupSpec): Post[] {
  const posts: Post[] = [];
  for (const [day, n] of Object.entries(spec.postsByDay)) {
    for (let i = 0; i < n; i++) {
      posts.push({
        id: `-${spec.id}_${day}_${i}`,
        publishedAt: `${day}T09:0${i % 10}:00.000Z`,
        likes: spec.likes ?? 0,
        comments: spec.comments ?? 0,
        reposts: spec.reposts ?? 0,
        views: spec.views ?? 0,
        pinned: false,
        ad: false,
        repost: false,
      });
    }
  }
  posts.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  return posts;
}

export function pageOf(spec: GroupSpec, url: string): CommunityPage {
  return {
    site: spec.site ?? 'vk',
    url,
    id: spec.id,
    name: spec.name,
    members: spec.members,
    avatar: spec.avatar ?? 'present',
    cover: spec.cover ?? 'present',
    description: spec.description ?? 'present',
    descriptionText: 'Школа. Телефон 8 (351) 000-00-00',
    posWidget: spec.posWidget ?? 'present',
    govMark: spec.govMark ?? 'present',
    registryLink: null,
    posts: postsOf(spec),
    layout: 'fake',
    postsSince: '2026-09-01T00:00:00.000Z',
    access: spec.access ?? 'open',
  };
}

/** The page body a fake server returns: the spec as JSON inside a tiny HTML shell, padded like a real page. */
export function bodyOf(spec: GroupSpec, padding = 0): string {
  return `<html><body><script type="application/json" id="spec">${JSON.stringify(spec)}</script>${'<div></div>'.repeat(padding)}</body></html>`;
}

/** DOMParser-equivalent for the fake pages: keeps only the spec. */
export const parseFake = (html: string): Document => {
  const match = /<script type="application\/json" id="spec">(.*?)<\/script>/s.exec(html);
  return { spec: match?.[1] ?? null } as unknown as Document;
};

export const readFake: ReadPage = (doc, url) => {
  const text = (doc as unknown as { spec: string | null }).spec;
  if (text === null) return null;
  return pageOf(JSON.parse(text) as GroupSpec, url);
};

export type Responder = (attempt: number) => { status: number; body: string; url?: string } | Error;

export class FakeWorld {
  t = 0;
  /** Start times of every request, in order, with its URL. */
  requests: { at: number; url: string }[] = [];
  private attempts = new Map<string, number>();
  routes = new Map<string, Responder>();
  fetchCost = 5;
  onFetch?: (url: string) => void;

  clock = () => this.t;
  sleep = async (ms: number) => {
    this.t += ms;
  };
  fetch = async (url: string) => {
    this.requests.push({ at: this.t, url });
    this.onFetch?.(url);
    const attempt = (this.attempts.get(url) ?? 0) + 1;
    this.attempts.set(url, attempt);
    this.t += this.fetchCost;
    const route = this.routes.get(url);
    if (route === undefined) return new Response('<html>Not found</html>', { status: 404 });
    const answer = route(attempt);
    if (answer instanceof Error) throw answer;
    const res = new Response(answer.body, { status: answer.status, headers: { 'content-type': 'text/html' } });
    Object.defineProperty(res, 'url', { value: answer.url ?? url });
    return res;
  };

  page(url: string, spec: GroupSpec, padding = 0) {
    this.routes.set(url, () => ({ status: 200, body: bodyOf(spec, padding) }));
  }
}

/** A collector that fetches `pages` more wall pages through the runner's paced fetch (and reads nothing new). */
export function fakeCollector(pages: number): CollectPosts {
  return async (input) => {
    for (let i = 1; i <= pages; i++) {
      const res = await input.fetch(`${input.url}?offset=${i * 10}`);
      await res.text();
      if (res.status === 429) return { ...input.page, partial: 'rate-limit' };
    }
    return input.page;
  };
}

export function depsFor(
  world: FakeWorld,
  overrides: Partial<BatchDeps> = {},
  store: BatchStore = historyStore(),
): BatchDeps {
  return {
    fetch: world.fetch,
    sleep: world.sleep,
    clock: world.clock,
    now: () => new Date(NOW.getTime() + world.t),
    parse: parseFake,
    readPage: readFake,
    audit: auditCommunity,
    store,
    rules: DEFAULT_RULES,
    rulesVersion: DEFAULT_RULES.version,
    timeZone: 'Europe/Moscow',
    pacingMs: 1000,
    dailyCap: 10_000,
    ...overrides,
  };
}
