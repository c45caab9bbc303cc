import { describe, expect, it } from 'vitest';
import { engagementFromTotals } from '../../../lib/audit/engagement';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { trendOf } from '../../../lib/batch/trend';
import type { AuditRecord } from '../../../lib/ext/history';

function record(at: string, prevEngagement: { likes: number; comments: number; reposts: number; views: number }) {
  return {
    groupKey: 'vk:1',
    at,
    source: 'batch',
    rulesVersion: 1,
    status: 'complete',
    error: null,
    page: null,
    postCount: 0,
    audit: null,
    previous: null,
    settings: null,
    metrics: {
      year: 2026,
      month: 11,
      weeks: [3, 3, 3, 1],
      weekStatuses: [],
      frequency: 'pass',
      prevYear: 2026,
      prevMonth: 10,
      prevWeeks: [3, 2, 3, 3],
      prevFrequency: 'fail',
      prevEngagement,
      items: {},
      er: 2.5,
      achievement: 100,
      likes: 0,
      comments: 0,
      reposts: 0,
      views: 0,
      members: null,
      reach: null,
      predictedScore: null,
    },
  } satisfies AuditRecord;
}

describe('trendOf', () => {
  it("rounds the previous month's ER exactly as the engine does", () => {
    // 171 / 2400 = 7.125 %: half-way, where a plain Math.round on binary floats gives 7.12
    const points = trendOf([record('2026-11-20T09:00:00.000Z', { likes: 171, comments: 0, reposts: 0, views: 2400 })]);
    expect(points.map((p) => [p.month, p.er])).toEqual([
      [10, engagementFromTotals(171, 2400, DEFAULT_RULES).rate],
      [11, 2.5],
    ]);
    expect(points[0]?.er).toBe(7.13);
  });

  it('has no ER for a previous month without views', () => {
    const points = trendOf([record('2026-11-20T09:00:00.000Z', { likes: 5, comments: 0, reposts: 0, views: 0 })]);
    expect(points[0]?.er).toBeNull();
  });
});
