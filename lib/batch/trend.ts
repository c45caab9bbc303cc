/**
 * A group's trend from its audit history: one point per evaluated month (weekly posts and ER), the newest audit of
 * each month winning; a previous-month audit stored with a later read fills months not audited themselves. Pure.
 */
import { engagementFromTotals } from '../audit/engagement';
import { DEFAULT_RULES } from '../audit/rules';
import type { AuditRecord } from '../history/records';

export interface TrendPoint {
  year: number;
  month: number;
  /** Posts per evaluation week 1–4 (null = #Н/Д). */
  weeks: (number | null)[];
  er: number | null;
  /** ISO instant of the audit the point comes from. */
  at: string;
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;

export function trendOf(audits: readonly AuditRecord[], months = 6): TrendPoint[] {
  const byMonth = new Map<number, TrendPoint & { fromPrevious: boolean }>();
  const sorted = [...audits].sort((a, b) => b.at.localeCompare(a.at));
  for (const record of sorted) {
    const m = record.metrics;
    if (m === null || record.status === 'failed') continue;
    const current = monthIndex(m.year, m.month);
    const existing = byMonth.get(current);
    if (existing === undefined || existing.fromPrevious) {
      byMonth.set(current, {
        year: m.year,
        month: m.month,
        weeks: m.weeks,
        er: m.er,
        at: record.at,
        fromPrevious: false,
      });
    }
    if (m.prevYear !== null && m.prevMonth !== null && m.prevWeeks !== null) {
      const prev = monthIndex(m.prevYear, m.prevMonth);
      if (!byMonth.has(prev)) {
        const e = m.prevEngagement;
        // The engine's own ER rounding (the rule set only matters for the achievement, which is not used here)
        const er =
          e === null ? null : engagementFromTotals(e.likes + e.comments + e.reposts, e.views, DEFAULT_RULES).rate;
        byMonth.set(prev, {
          year: m.prevYear,
          month: m.prevMonth,
          weeks: m.prevWeeks,
          er,
          at: record.at,
          fromPrevious: true,
        });
      }
    }
  }
  return [...byMonth.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(-months)
    .map(([, { fromPrevious: _, ...point }]) => point);
}
