/**
 * «Публикация сначала в MAX» end to end without a browser: a VK page's stored record (the first words its read kept,
 * lib/batch/record.ts) and a MAX page's hand-entered posts (lib/institutions/manual.ts) → the institution's weeks, its
 * compliance, the printed report's column and the admin message's item. Sverdlovsk preset only.
 */
import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { pageSummary } from '../../../lib/batch/record';
import { rowFromRecords } from '../../../lib/export/from-history';
import { institutionColumns, institutionsOf } from '../../../lib/export/institutions';
import { allMessagesText } from '../../../lib/export/message';
import type { ReportRow } from '../../../lib/export/types';
import { AuditRecordSchema, type GroupRecord } from '../../../lib/history/records';
import { manualRecordOf } from '../../../lib/institutions/manual';
import { pageTextsOf } from '../../../lib/institutions/max-first';
import { type ManualMonth, ManualMonthSchema } from '../../../lib/institutions/types';
import type { CommunityPage, Post } from '../../../lib/types';
import { makeRow } from './factory';

const SVERDLOVSK = RULE_PRESETS.sverdlovsk;
const ZONE = SVERDLOVSK.timeZone;
const NOW = new Date('2026-12-20T09:00:00Z');
const SCHOOL = { id: 'i1', name: 'Школа №5' };
const TEXT = 'Уважаемые родители! Приглашаем на новогодний утренник в актовом зале';

const post = (id: string, at: string, extra: Partial<Post> = {}): Post => ({
  id,
  publishedAt: at,
  likes: 0,
  comments: 0,
  reposts: 0,
  views: 0,
  pinned: false,
  ad: false,
  repost: false,
  ...extra,
});

function vkPage(): CommunityPage {
  return {
    site: 'vk',
    url: 'https://vk.com/school5',
    id: '5',
    name: 'Школа №5',
    members: 900,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: null,
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    layout: 'vk-g2',
    postsSince: '2026-11-01T00:00:00.000Z',
    posts: [
      post('-5_3', '2026-12-09T06:00:00.000Z', { textStart: TEXT }),
      post('-5_2', '2026-12-08T06:00:00.000Z', { textStart: 'Реклама: лучшие курсы английского', ad: true }),
      post('-5_1', '2026-12-02T06:00:00.000Z', { textStart: 'Репост новости министерства образования', repost: true }),
    ],
  };
}

function maxGroup(): GroupRecord {
  return {
    key: 'max:@s5_gos',
    site: 'max',
    url: 'https://max.ru/s5_gos',
    name: 'Школа №5',
    id: null,
    screenName: 's5_gos',
    audienceSize: null,
    category: null,
    addedAt: '2026-12-01T00:00:00Z',
    institutionId: 'i1',
  };
}

function rows(maxAt: string, postsComplete: boolean): ReportRow[] {
  const vk: ReportRow = {
    ...makeRow({ name: 'Школа №5', url: 'https://vk.com/school5', checkedAt: '2026-12-19T09:00:00Z' }),
  };
  vk.page = pageSummary(vkPage()) as unknown as CommunityPage;
  vk.group.institution = SCHOOL;
  const month: ManualMonth = {
    groupKey: 'max:@s5_gos',
    year: 2026,
    month: 12,
    subscribers: 300,
    weeks: [3, 3, null, null],
    aPlus: 'unknown',
    posts: [{ at: maxAt, text: 'Уважаемые родители! Приглашаем на новогодний утренник' }],
    postsComplete,
    enteredAt: '2026-12-19T10:00:00.000Z',
  };
  const record = manualRecordOf(maxGroup(), [month], { now: NOW, rules: SVERDLOVSK });
  const max = rowFromRecords(maxGroup(), record ?? undefined, {}, SCHOOL);
  return [vk, max];
}

const at = { year: 2026, month: 12, now: NOW };

describe('what the records keep', () => {
  it('a read page keeps its own posts’ times and first words (no ads, no reposts) and their coverage', () => {
    const texts = pageTextsOf(pageSummary(vkPage()));
    expect(texts.textPosts).toEqual([{ at: '2026-12-09T06:00:00.000Z', text: TEXT }]);
    expect(texts.textPostsSince).toBe('2026-11-01T00:00:00.000Z');
  });

  it('the stored schemas take records with and without the new fields (old data)', () => {
    const summary = pageSummary(vkPage());
    const record = { groupKey: 'vk:5', at: NOW.toISOString(), source: 'batch', rulesVersion: 3, status: 'complete' };
    const base = { ...record, error: null, postCount: 3, audit: null, previous: null, metrics: null, settings: null };
    expect(AuditRecordSchema.safeParse({ ...base, page: summary }).success).toBe(true);
    const { textPosts, textPostsSince, ...old } = summary;
    expect(AuditRecordSchema.safeParse({ ...base, page: old }).success).toBe(true);
    const month = {
      groupKey: 'max:@s5_gos',
      year: 2026,
      month: 12,
      subscribers: null,
      weeks: [null, null, null, null],
    };
    const entry = { ...month, aPlus: 'unknown', posts: [], enteredAt: NOW.toISOString() };
    expect(ManualMonthSchema.safeParse(entry).success).toBe(true);
    expect(ManualMonthSchema.safeParse({ ...entry, postsComplete: true }).success).toBe(true);
  });

  it('a record from before has none: not known', () => {
    const { textPosts, textPostsSince, ...old } = pageSummary(vkPage());
    expect(pageTextsOf(old).textPosts).toBeNull();
    expect(pageTextsOf({ textPosts: 'x' }).textPosts).toBeNull();
  });
});

describe('an institution under the Sverdlovsk preset', () => {
  it('passes week 2 when the MAX post came first', () => {
    const [inst] = institutionsOf(rows('2026-12-09T05:30:00.000Z', false), SVERDLOVSK, at);
    expect(inst?.audit.maxFirst?.weeks.map((w) => [w.status, w.reason])).toEqual([
      ['pass', 'no-posts'],
      ['pass', 'all-first'],
      ['pending', 'running'],
      ['pending', 'upcoming'],
    ]);
  });

  it('fails week 2 when the MAX post came later and the MAX month is complete: column and message say so', () => {
    const all = rows('2026-12-09T07:00:00.000Z', true);
    const [inst] = institutionsOf(all, SVERDLOVSK, at);
    expect(inst?.audit.maxFirst?.weeks[1]).toMatchObject({ status: 'fail', reason: 'posts-late', late: 1 });
    expect(inst?.audit.compliance).toBe('fail');
    const column = institutionColumns('ru', ZONE, SVERDLOVSK).find((c) => c.id === 'max-first');
    const cell = inst === undefined ? undefined : column?.cell(inst);
    expect(cell).toMatchObject({ kind: 'text', tone: 'fail' });
    expect(cell?.kind === 'text' ? cell.text : '').toContain('2: не выполнена');
    expect(cell?.kind === 'text' ? cell.text : '').toContain(
      '«Уважаемые родители! Приглашаем на новогодний утренник…», 9 декабря 11:00 — в MAX позже (9 декабря 12:00)',
    );
    const text = allMessagesText(all, { now: NOW, timeZone: ZONE, rules: SVERDLOVSK, period: at });
    expect(text).toContain('Неделя 2: посты вышли не сначала в MAX');
    expect(text).toContain('Публикуйте пост сначала в канале MAX');
    const en = allMessagesText(all, { now: NOW, timeZone: ZONE, rules: SVERDLOVSK, period: at, locale: 'en' });
    expect(en).toContain('Week 2: posts did not go out in MAX first');
  });

  it('says nothing proven when the MAX month is not marked complete', () => {
    const all = rows('2026-12-09T07:00:00.000Z', false);
    const [inst] = institutionsOf(all, SVERDLOVSK, at);
    expect(inst?.audit.maxFirst?.weeks[1]).toMatchObject({ status: 'unknown', reason: 'max-incomplete' });
    expect(allMessagesText(all, { now: NOW, timeZone: ZONE, rules: SVERDLOVSK, period: at })).not.toContain(
      'сначала в MAX',
    );
  });

  it('is not shown under rule sets without «MAX first»', () => {
    const all = rows('2026-12-09T07:00:00.000Z', true);
    expect(institutionsOf(all, DEFAULT_RULES, at)[0]?.audit.maxFirst).toBeNull();
    expect(institutionColumns('ru', ZONE, DEFAULT_RULES).some((c) => c.id === 'max-first')).toBe(false);
  });
});
