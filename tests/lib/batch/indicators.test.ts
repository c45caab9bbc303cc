import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { type SetMember, setIndicators } from '../../../lib/batch/indicators';
import { runBatch } from '../../../lib/batch/runner';
import { newRun } from '../../../lib/batch/state';
import {
  type AuditMetrics,
  addGroupsToList,
  closeHistory,
  createList,
  getGroups,
  latestAudits,
  updateGroup,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { parsePastedLinks } from '../../../lib/import';
import { depsFor, FakeWorld, NOW, weeklySpec } from './fake-world';

function metrics(weeks: (number | null)[], frequency: string, r: [number, number, number, number]): AuditMetrics {
  return {
    year: 2026,
    month: 10,
    weeks,
    weekStatuses: [],
    frequency,
    prevYear: null,
    prevMonth: null,
    prevWeeks: null,
    prevFrequency: null,
    prevEngagement: null,
    items: { cover: 'present', avatar: 'present', description: 'present', 'pos-widget': 'present' },
    er: null,
    achievement: null,
    likes: r[0],
    comments: r[1],
    reposts: r[2],
    views: r[3],
    members: null,
    reach: null,
    predictedScore: null,
  };
}

describe('setIndicators', () => {
  it('computes a calendar month: each group by its audit of that month, stale reads counted only for the page', () => {
    const read = (year: number, month: number, weeks: number[], frequency: string, prev: number[] | null) => ({
      ...metrics(weeks, frequency, [10, 0, 0, 1000]),
      year,
      month,
      prevYear: month === 1 ? year - 1 : year,
      prevMonth: month === 1 ? 12 : month - 1,
      prevWeeks: prev,
      prevFrequency: prev === null ? null : prev.every((w) => w >= 3) ? 'pass' : 'fail',
      prevEngagement: { likes: 20, comments: 0, reposts: 0, views: 1000 },
    });
    const members: SetMember[] = [
      // Read on 3 December: December running, November decided (passed).
      { metrics: read(2026, 12, [3, 0, 0, 0], 'unknown', [3, 3, 3, 3]), audienceSize: null },
      // Read on 3 December: November failed.
      { metrics: read(2026, 12, [1, 0, 0, 0], 'unknown', [3, 2, 3, 3]), audienceSize: null },
      // Read in October, never since: neither November nor December.
      { metrics: read(2026, 10, [3, 3, 3, 3], 'pass', [3, 3, 3, 3]), audienceSize: null },
    ];
    const november = setIndicators(members, { period: { year: 2026, month: 11 } });
    expect(november).toMatchObject({ period: { year: 2026, month: 11 }, audited: 2, decided: 2, passed: 1 });
    expect(november.frequency).toBe(50);
    // The month before each December read: 20 reactions per 1000 views.
    expect(november.engagementRate).toBe(2);
    // Items are the pages as they are: all three groups.
    expect(november.itemsKnown).toBe(12);
    const december = setIndicators(members, { period: { year: 2026, month: 12 } });
    expect(december).toMatchObject({ audited: 2, decided: 0, undecided: 2, frequency: null });
    expect(december.engagementRate).toBe(1);
  });

  it('chelyabinsk-2026: «визитка» groups out of the frequency, the factor of mark, ПОС and design, no reach', () => {
    const all = { cover: 'present', avatar: 'present', description: 'present', 'pos-widget': 'present' } as const;
    const v2 = (items: AuditMetrics['items']): AuditMetrics['items'] => ({
      ...all,
      'gov-mark': 'present',
      design: 'present',
      ...items,
    });
    const members: SetMember[] = [
      { metrics: { ...metrics([3, 3, 3, 3], 'pass', [30, 6, 0, 1000]), items: v2({}) }, audienceSize: null },
      {
        metrics: { ...metrics([3, 1, 3, 3], 'fail', [0, 0, 0, 0]), items: v2({ 'pos-widget': 'missing' }) },
        audienceSize: null,
      },
      {
        metrics: { ...metrics([0, 0, 0, 0], 'fail', [0, 0, 0, 0]), items: v2({}) },
        audienceSize: null,
        businessCard: true,
      },
      // stored before rule set v2: no mark (unknown), design derived from the three (avatar missing)
      {
        metrics: { ...metrics([4, 4, 4, 4], 'pass', [0, 0, 0, 0]), items: { ...all, avatar: 'missing' } },
        audienceSize: null,
      },
    ];
    const r = setIndicators(members, { rules: RULE_PRESETS['chelyabinsk-2026'] });
    expect(r).toMatchObject({ decided: 3, passed: 2, undecided: 0, businessCards: 1, itemsPresent: 9, itemsKnown: 11 });
    expect(r.frequency).toBeCloseTo(200 / 3, 12);
    expect(r.engagementRate).toBe(3.6);
    expect(r.engagement).toBe(100);
    expect(r.reach).toBeNull();
    // factor 9/11 = 0.82 → round(18 · 0.75) = 14 points; 0.5 · 66.67 + 0.5 · 100 − 14 = 69.335 → 69.34
    expect(r.breakdown).toMatchObject({ factor: 0.82, penalty: 14, frequency: 66.67, engagement: 100 });
    expect(r.total).toBe(69.34);
    // The federal rule counts the visit card (1 of 4 decided groups fails more) and needs reach for a total.
    const federal = setIndicators(members);
    expect(federal).toMatchObject({ decided: 4, passed: 2, businessCards: 0, total: null });
  });

  it('reproduces the methodology worked example: 25 %, ER 2.33 %, achievement 77.67 %', () => {
    const members: SetMember[] = [
      { metrics: metrics([10, 3, 5, 8], 'pass', [200, 15, 4, 1000]), audienceSize: null },
      { metrics: metrics([3, 3, 3, 1], 'fail', [5, 3, 8, 100]), audienceSize: null },
      { metrics: metrics([0, 0, 20, 0], 'fail', [0, 0, 10, 560]), audienceSize: null },
      { metrics: metrics([3, 4, null, 5], 'fail', [2000, 560, 78, 122000]), audienceSize: null },
    ];
    const result = setIndicators(members);
    expect(result.frequency).toBe(25);
    expect(result.engagementRate).toBe(2.33);
    expect(result.engagement).toBe(77.67);
    expect(result).toMatchObject({ decided: 4, undecided: 0, passed: 1, reactions: 2883, views: 123660 });
    expect(result.minRequirements).toBe(100);
    expect(result.reach).toBeNull();
    expect(result.total).toBeNull();
  });

  it('counts undecided months apart, never as failed, and leaves unread groups out', () => {
    const result = setIndicators([
      { metrics: metrics([3, 3, 3, 3], 'pass', [0, 0, 0, 0]), audienceSize: null },
      { metrics: metrics([3, 3, 3, 1], 'unknown', [0, 0, 0, 0]), audienceSize: null },
      { metrics: null, audienceSize: 100 },
    ]);
    expect(result).toMatchObject({
      groups: 3,
      audited: 2,
      decided: 1,
      undecided: 1,
      frequency: 100,
      engagementRate: null,
    });
  });
});

describe('set indicators from a batch run (hand computation)', () => {
  let dbName = '';
  beforeEach(() => {
    dbName = `ind-${Math.random()}`;
    useHistoryDatabase(dbName);
  });
  afterEach(() => closeHistory(dbName));

  it('matches the hand-computed frequency, ER, minimum requirements, reach and total', async () => {
    const world = new FakeWorld();
    const per = { likes: 5, comments: 1, reposts: 0 };
    const specs = [
      weeklySpec('1', [3, 3, 3, 3], { ...per, views: 500, members: 1000 }), // passed
      weeklySpec('2', [3, 1, 3, 0], { ...per, views: 1000, members: 500 }), // week 2 failed
      weeklySpec('3', [4, 4, 4, 1], { ...per, views: 200, members: 3000 }), // week 4 running: undecided
      weeklySpec('4', [3, 3, 3, 3], { ...per, views: 400, govMark: 'missing' }), // #Н/Д: failed
      weeklySpec('5', [5, 5, 5, 5], { ...per, views: 300, cover: 'missing' }), // passed, no cover
    ];
    const urls = specs.map((s) => `https://vk.com/club${s.id}`);
    specs.forEach((s, i) => {
      world.page(urls[i] ?? '', s);
    });
    const list = await createList('Район', NOW);
    if (!list.ok) throw new Error('list');
    const imported = parsePastedLinks(urls.join('\n'));
    await addGroupsToList(list.value.id, imported.groups, NOW);
    await updateGroup('vk:1', { audienceSize: 2000 });
    await updateGroup('vk:2', { audienceSize: 1000 });
    await updateGroup('vk:3', { audienceSize: 2000 });
    await runBatch(
      newRun('r', list.value.id, imported.groups, NOW),
      depsFor(world, { pacingMs: 10 }),
      new AbortController().signal,
    );

    const groups = await getGroups(imported.groups.map((g) => g.key));
    const latest = await latestAudits(groups.map((g) => g.key));
    const result = setIndicators(
      groups.map((g) => ({ metrics: latest.get(g.key)?.metrics ?? null, audienceSize: g.audienceSize })),
    );

    // Frequency: decided 1, 2, 4, 5 → passed 1 and 5 → 2 / 4 = 50 %; group 3 undecided.
    expect(result).toMatchObject({ decided: 4, undecided: 1, passed: 2, frequency: 50 });
    // ER: 64 posts × 6 reactions = 384; views 12·500 + 7·1000 + 13·200 + 12·400 + 20·300 = 26 400 → 1.4545 → 1.45 %.
    expect(result.reactions).toBe(384);
    expect(result.views).toBe(26_400);
    expect(result.engagementRate).toBe(1.45);
    expect(result.engagement).toBe(48.33);
    // Minimum requirements: 19 of 20 items present.
    expect(result.minRequirements).toBe(95);
    // Reach: (1000 + 500 + 3000) / (2000 + 1000 + 2000) = 90 %.
    expect(result.reach).toBe(90);
    // Total: (0.5·50 + 0.3·48.33 + 0.2·90) · 0.95 = 54.62405.
    expect(result.total).toBeCloseTo(54.62405, 6);
  });
});
