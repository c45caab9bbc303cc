/**
 * The same audits for every surface the vocabulary test walks (popup, badge, XLSX, CSV, printed report; the lists
 * page and the messages too): engine audits of pages that between them reach every week and check state.
 */
import { auditCommunity } from '../../lib/audit/audit';
import type { Audit } from '../../lib/audit/types';
import { previousMonthEnd } from '../../lib/calendar';
import type { ReportRow } from '../../lib/export/types';
import type { CommunityPage, Post } from '../../lib/types';

export const ZONE = 'Europe/Moscow';
/** Tuesday 17 November 2026, 12:00 in Moscow: week 3 is running, week 4 to come. */
export const NOW = new Date('2026-11-17T09:00:00.000Z');

let seq = 0;
const post = (at: string, extra: Partial<Post> = {}): Post => ({
  id: `-1_${++seq}`,
  publishedAt: at,
  likes: 5,
  comments: 1,
  reposts: 0,
  views: 100,
  pinned: false,
  ad: false,
  repost: false,
  ...extra,
});
const posts = (n: number, at: string) => Array.from({ length: n }, () => post(at));

function page(extra: Partial<CommunityPage>): CommunityPage {
  return {
    site: 'vk',
    url: 'https://vk.com/club1',
    id: '1',
    name: 'Школа № 1',
    members: 1500,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: 'Официальная страница',
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    posts: [],
    layout: 'vk-g3',
    postsSince: '2026-10-01T00:00:00.000Z',
    descriptionComplete: true,
    access: 'open',
    ...extra,
  };
}

/** October: weeks 1, 2, 4 met, week 3 short (1 post). November: weeks 1–2 met, week 3 running with 1 post. */
const season = [
  ...posts(3, '2026-10-02T09:00:00Z'),
  ...posts(3, '2026-10-09T09:00:00Z'),
  ...posts(1, '2026-10-16T09:00:00Z'),
  ...posts(3, '2026-10-23T09:00:00Z'),
  ...posts(3, '2026-11-02T09:00:00Z'),
  ...posts(4, '2026-11-09T09:00:00Z'),
  ...posts(1, '2026-11-16T09:00:00Z'),
];

export interface Case {
  name: string;
  page: CommunityPage;
  audit: Audit;
  audienceSize?: number;
}

function make(name: string, p: CommunityPage, now: Date, audienceSize?: number): Case {
  return { name, page: p, audit: auditCommunity(p, { now, timeZone: ZONE, audienceSize }), audienceSize };
}

export const CASES: Case[] = [
  // running, upcoming, met weeks; frequency running; reach without an audience size; RKN not required
  make('Месяц идёт', page({ posts: season }), NOW),
  // the ended month: a failed week, frequency failed, ER and reach decided
  make(
    'Прошлый месяц с невыполненной неделей',
    page({ posts: season, members: 800 }),
    previousMonthEnd(NOW, ZONE),
    1000,
  ),
  // #Н/Д: no «Госорганизация» mark — every week and the month say so; missing cover and ПОС
  make(
    'Группа без отметки (#Н/Д)',
    page({ posts: season, govMark: 'missing', cover: 'missing', posWidget: 'missing' }),
    NOW,
  ),
  // posts not read back far enough: ended weeks unknown; unknown items; over 10 000 with an application pending
  make(
    'Прочитаны не все недели',
    page({
      posts: season.slice(-1),
      postsSince: '2026-11-15T00:00:00.000Z',
      avatar: 'unknown',
      description: 'unknown',
      members: 14_000,
      registryApplication: '12345678',
    }),
    NOW,
    20_000,
  ),
  // over 10 000, neither a registry link nor the «А+» mark seen, and the mark could not be checked: «не видно»
  make('Регистрации в РКН не видно', page({ posts: season, members: 12_000, aPlusMark: 'unknown' }), NOW, 20_000),
];

/** A case as an export row (what the exports, the printed report and the messages read). */
export function rowOf(c: Case): ReportRow {
  return {
    group: {
      name: c.name,
      url: c.page.url,
      site: c.page.site,
      members: c.page.members,
      audienceSize: c.audienceSize ?? null,
    },
    page: c.page,
    audit: c.audit,
    readStatus: 'complete',
    checkedAt: NOW.toISOString(),
  };
}
