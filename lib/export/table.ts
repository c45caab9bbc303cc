/**
 * The monitoring table shared by the XLSX and CSV writers: one column definition per official column, each giving a
 * typed cell for a `ReportRow`. The writers only decide how a typed cell is encoded.
 */
import { WEEK_NUMBERS } from '../calendar';
import { createT, type Locale } from '../i18n';
import reportDicts, { type ReportKey } from '../i18n/report';
import { frequencyState, membersOf, presenceOf, reachPercent, rknState, weekOf } from './derive';
import type { ReportRow } from './types';

/** pass = green, fail = red, warn = amber (in progress / pending), none = no colour. */
export type Tone = 'pass' | 'fail' | 'warn' | 'none';

export type Cell =
  | { kind: 'text'; text: string; tone?: Tone }
  | { kind: 'number'; value: number /** Excel number format */; format: string; decimals: number; tone?: Tone }
  | { kind: 'date'; instant: Date }
  | { kind: 'empty'; tone?: Tone };

export interface Column {
  id: string;
  header: string;
  /** Width in characters (XLSX). */
  width: number;
  cell: (row: ReportRow) => Cell;
}

const text = (t: string, tone?: Tone): Cell => ({ kind: 'text', text: t, tone });
const int = (v: number | null, tone?: Tone): Cell =>
  v === null ? { kind: 'empty', tone } : { kind: 'number', value: v, format: '0', decimals: 0, tone };
const pct = (v: number | null, tone?: Tone): Cell =>
  v === null ? { kind: 'empty', tone } : { kind: 'number', value: v, format: '0.00', decimals: 2, tone };

const PRESENCE_TONE = { present: 'pass', missing: 'fail', unknown: 'none' } as const;

/** `x` rounded to `digits` decimals with a decimal comma in Russian («78,40» / "78.40"), no grouping. */
export function formatDecimal(x: number, locale: Locale, digits: number): string {
  const f = 10 ** digits;
  const s = (Math.round(x * f) / f).toFixed(digits);
  return locale === 'ru' ? s.replace('.', ',') : s;
}

/** One decimal, as on the dashboard («78,4» / "78.4"). */
export function formatScore(x: number, locale: Locale): string {
  return formatDecimal(x, locale, 1);
}

export interface MonitoringOptions {
  /** Add the «Учреждение» column (some row belongs to an institution). */
  institutions?: boolean;
}

/** A week's posts as the exports show them: none for a MAX/Telegram week whose count was not entered. */
export function shownPosts(week: { posts: number } | undefined): number | null {
  if (week === undefined || (week as { entered?: boolean }).entered === false) return null;
  return week.posts;
}

export function monitoringColumns(locale: Locale, options: MonitoringOptions = {}): Column[] {
  const t = createT(reportDicts, locale);
  const presence = (id: string, key: ReportKey, field: Parameters<typeof presenceOf>[1]): Column => ({
    id,
    header: t(key),
    width: 12,
    cell: (row) => {
      // MAX/Telegram pages have none of these items in the methodology
      if (row.source === 'manual') return text(t('inst.none'));
      const p = presenceOf(row, field);
      return text(t(`presence.${p}`), PRESENCE_TONE[p]);
    },
  });
  const weekCols: Column[] = WEEK_NUMBERS.map((week) => ({
    id: `week${week}`,
    header: t('col.week', { week }),
    width: 11,
    cell: (row) => {
      const w = weekOf(row, week);
      if (!w) return { kind: 'empty' };
      const tone: Tone =
        w.status === 'pass' ? 'pass' : w.status === 'fail' ? 'fail' : w.status === 'pending' ? 'warn' : 'none';
      return int(shownPosts(w), tone);
    },
  }));
  const institution: Column[] = options.institutions
    ? [
        {
          id: 'institution',
          header: t('col.institution'),
          width: 32,
          cell: (row) => (row.group.institution ? text(row.group.institution.name) : { kind: 'empty' }),
        },
      ]
    : [];
  return [
    { id: 'name', header: t('col.name'), width: 40, cell: (row) => text(row.group.name) },
    ...institution,
    { id: 'url', header: t('col.url'), width: 32, cell: (row) => text(row.group.url) },
    { id: 'site', header: t('col.site'), width: 14, cell: (row) => text(t(`site.${row.group.site}`)) },
    { id: 'members', header: t('col.members'), width: 12, cell: (row) => int(membersOf(row)) },
    presence('govMark', 'col.govMark', 'govMark'),
    presence('cover', 'col.cover', 'cover'),
    presence('avatar', 'col.avatar', 'avatar'),
    presence('description', 'col.description', 'description'),
    presence('posWidget', 'col.posWidget', 'posWidget'),
    ...weekCols,
    {
      id: 'frequency',
      header: t('col.frequency'),
      width: 14,
      cell: (row) => {
        if (!row.audit) return { kind: 'empty' };
        const s = frequencyState(row);
        const tone: Tone = s === 'pass' ? 'pass' : s === 'fail' ? 'fail' : s === 'progress' ? 'warn' : 'none';
        return text(t(`freq.${s}`), tone);
      },
    },
    {
      id: 'er',
      header: t('col.er'),
      width: 9,
      cell: (row) => {
        const rate = row.audit?.engagement.rate ?? null;
        return pct(rate, rate === null ? 'none' : rate >= 3 ? 'pass' : 'fail');
      },
    },
    {
      id: 'achievement',
      header: t('col.achievement'),
      width: 12,
      cell: (row) => pct(row.audit?.engagement.achievement ?? null),
    },
    { id: 'reach', header: t('col.reach'), width: 9, cell: (row) => pct(reachPercent(row)) },
    {
      id: 'rkn',
      header: t('col.rkn'),
      width: 15,
      cell: (row) => {
        if (!row.audit) return { kind: 'empty' };
        const s = rknState(row);
        const tone: Tone =
          s === 'pass' ? 'pass' : s === 'fail' ? 'fail' : s === 'pending' || s === 'unseen' ? 'warn' : 'none';
        return text(t(`rkn.${s}`), tone);
      },
    },
    {
      id: 'score',
      header: t('col.score'),
      width: 14,
      cell: (row) => {
        const a = row.audit;
        if (!a) return { kind: 'empty' };
        if (a.predictedScore !== null) return { kind: 'number', value: a.predictedScore, format: '0.0', decimals: 1 };
        if (a.predictedRange) {
          return text(
            t('range', {
              min: formatScore(a.predictedRange.min, locale),
              max: formatScore(a.predictedRange.max, locale),
            }),
          );
        }
        return { kind: 'empty' };
      },
    },
    {
      id: 'completeness',
      header: t('col.completeness'),
      width: 14,
      cell: (row) => {
        if (row.source === 'manual') {
          return row.audit === null ? text(t('source.notEntered'), 'warn') : text(t('read.manual'));
        }
        const word = t(`read.${row.readStatus}`);
        const tone: Tone = row.readStatus === 'complete' ? 'none' : row.readStatus === 'partial' ? 'warn' : 'fail';
        return text(row.error ? `${word}: ${row.error}` : word, tone);
      },
    },
    {
      id: 'checkedAt',
      header: t('col.checkedAt'),
      width: 17,
      cell: (row) => ({ kind: 'date', instant: new Date(row.checkedAt) }),
    },
  ];
}
