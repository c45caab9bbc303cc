import { describe, expect, it } from 'vitest';
import { isProblem, rowInMonth, rowOf, sortRows } from '../../../lib/batch/rows';
import { rowFromRecords } from '../../../lib/export/from-history';
import type { AuditRecord, GroupRecord } from '../../../lib/ext/history';
import { makeAudit, type RowSpec } from '../export/factory';

const group: GroupRecord = {
  key: 'vk:@school5',
  site: 'vk',
  url: 'https://vk.com/school5',
  name: 'Школа № 5',
  id: null,
  screenName: 'school5',
  audienceSize: null,
  category: null,
  addedAt: '2026-11-01T00:00:00.000Z',
};

function record(audit: unknown): AuditRecord {
  // Stored pages have no posts
  const page = { site: 'vk' as const, url: group.url, id: '123', members: 4200 };
  return {
    groupKey: group.key,
    at: '2026-11-20T09:00:00.000Z',
    source: 'batch',
    rulesVersion: 1,
    status: 'complete',
    error: null,
    page,
    postCount: 12,
    audit: audit as AuditRecord['audit'],
    previous: null,
    metrics: null,
    settings: null,
  };
}

describe('rowOf: the batch table and the reports read a stored audit the same way', () => {
  it('takes the audience size the popup saved under the page id, as the report does', () => {
    const r = record(makeAudit({ score: 81.5 }));
    const sizes = { 'vk:123': 5000, 'vk:@school5': 1 };
    expect(rowOf(group, r, sizes).audienceSize).toBe(5000);
    expect(rowFromRecords(group, r, sizes).group.audienceSize).toBe(5000);
    expect(rowOf(group, r, sizes).predicted).toBe(81.5);
  });

  it('shows a stored audit that does not fit the contract as a failed read in both', () => {
    const broken = { ...makeAudit(), checks: [{ id: 'cover', status: 'maybe' }] };
    expect(rowOf(group, record(broken)).read).toBe('failed');
    expect(rowFromRecords(group, record(broken)).readStatus).toBe('failed');
  });

  it('drops a check this build does not know (a backup from a newer version) and keeps the rest', () => {
    const audit = makeAudit({ checks: { cover: 'fail' } });
    const newer = { ...audit, checks: [...audit.checks, { id: 'future-check', status: 'fail', reason: 'x' }] };
    const row = rowOf(group, record(newer));
    expect(row.read).toBe('complete');
    expect(row.checks.cover).toBe('fail');
    expect(Object.keys(row.checks)).not.toContain('future-check');
    expect(rowFromRecords(group, record(newer)).audit?.checks.map((c) => c.id)).not.toContain('future-check');
  });
});

// ---- the month a row is shown for, «нужно ещё», «только проблемные» (issue 17) ----

const weeks = (spec: [number, 'pass' | 'fail' | 'pending' | 'unknown'][]) => spec;

function twoMonths(opts: {
  current: ReturnType<typeof weeks>;
  previous: ReturnType<typeof weeks>;
  checks?: RowSpec['checks'];
  previousChecks?: RowSpec['checks'];
}): AuditRecord {
  const r = record(
    makeAudit({ month: { year: 2026, month: 12 }, weeks: opts.current, checks: opts.checks, score: 90 }),
  );
  return {
    ...r,
    at: '2026-12-06T09:00:00.000Z',
    previous: makeAudit({
      month: { year: 2026, month: 11 },
      weeks: opts.previous,
      checks: opts.previousChecks,
      score: 40,
    }) as unknown as AuditRecord['previous'],
  };
}

const running = { year: 2026, month: 12, week: 1 as const };
const allPass = weeks([
  [3, 'pass'],
  [3, 'pass'],
  [3, 'pass'],
  [3, 'pass'],
]);

describe('rowOf / rowInMonth: the month switch and the running week', () => {
  it('counts the posts still needed in the running week, 0 when met, unknown without an audit of that month', () => {
    const short = twoMonths({
      current: [
        [1, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: allPass,
    });
    expect(rowOf(group, short, {}, running).needed).toBe(2);
    const met = twoMonths({
      current: [
        [4, 'pass'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: allPass,
    });
    expect(rowOf(group, met, {}, running).needed).toBe(0);
    // Read in November, looked at in December: not known.
    expect(rowOf(group, short, {}, { year: 2027, month: 1, week: 1 }).needed).toBeNull();
    // Days 29–31: no week running.
    expect(rowOf(group, short, {}, null).needed).toBeNull();
    // No «Госорганизация» mark: posts do not help (#Н/Д).
    const nd = twoMonths({
      current: [
        [1, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: allPass,
      checks: { 'gov-mark': 'fail' },
    });
    expect(rowOf(group, nd, {}, running).needed).toBeNull();
    // An unreadable week is not a shortfall.
    const unread = twoMonths({
      current: [
        [0, 'unknown'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: allPass,
    });
    expect(rowOf(group, unread, {}, running).needed).toBeNull();
  });

  it('shows the month asked for: its weeks, ER and score; nothing for a month the read does not cover', () => {
    const r = twoMonths({
      current: [
        [3, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: [
        [3, 'pass'],
        [2, 'fail'],
        [3, 'pass'],
        [3, 'pass'],
      ],
    });
    const row = rowOf(group, r, {}, running);
    const november = rowInMonth(row, { year: 2026, month: 11 });
    expect(november.shown?.weeks.map((w) => w.posts)).toEqual([3, 2, 3, 3]);
    expect(november.predicted).toBe(40);
    const december = rowInMonth(row, { year: 2026, month: 12 });
    expect(december.shown?.weeks.map((w) => w.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(december.predicted).toBe(90);
    const october = rowInMonth(row, { year: 2026, month: 10 });
    expect(october.shown).toBeNull();
    expect(october.predicted).toBeNull();
    expect(october.er).toBeNull();
  });

  it('«только проблемные» keeps a group that lost the month that ended, though this month is clean so far', () => {
    const lostNovember = twoMonths({
      current: [
        [3, 'pass'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: [
        [0, 'fail'],
        [0, 'fail'],
        [0, 'fail'],
        [0, 'fail'],
      ],
      previousChecks: { frequency: 'fail' },
    });
    expect(isProblem(rowOf(group, lostNovember, {}, running))).toBe(true);
    const clean = twoMonths({
      current: [
        [3, 'pass'],
        [0, 'pending'],
        [0, 'pending'],
        [0, 'pending'],
      ],
      previous: allPass,
    });
    expect(isProblem(rowOf(group, clean, {}, running))).toBe(false);
  });

  it('sorts by «нужно ещё» most first, the groups where it is not known last either way', () => {
    const need = (key: string, posts: number | null) => {
      const g = { ...group, key, name: key };
      if (posts === null) return rowOf(g, null, {}, running);
      const r = twoMonths({
        current: [
          [posts, 'pending'],
          [0, 'pending'],
          [0, 'pending'],
          [0, 'pending'],
        ],
        previous: allPass,
      });
      return rowOf(g, r, {}, running);
    };
    const rows = [need('a', 3), need('b', null), need('c', 0), need('d', 2)];
    expect(sortRows(rows, 'needed', true).map((r) => [r.key, r.needed])).toEqual([
      ['c', 3],
      ['d', 1],
      ['a', 0],
      ['b', null],
    ]);
    expect(sortRows(rows, 'needed', false).map((r) => r.key)).toEqual(['a', 'd', 'c', 'b']);
  });
});
