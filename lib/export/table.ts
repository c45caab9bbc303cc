/**
 * The monitoring table shared by the XLSX and CSV writers: one column definition per official column, each giving a
 * typed cell for a `ReportRow`. The writers only decide how a typed cell is encoded.
 */

import { WEEK_NUMBERS } from '../calendar';
import { createT, type Locale } from '../i18n';
import { readIssueWord } from '../i18n/read-issues';
import reportDicts from '../i18n/report';
import {
  type CheckState,
  checkState,
  checkTone,
  checkWord,
  isExcluded,
  monthState,
  type Tone as StateTone,
  weekStates,
  weekTone,
  weekWord,
} from '../i18n/vocabulary';
import type { CheckId } from '../types';
import { API_LAYOUT } from '../vkapi/layout';
import { findCheck, membersOf, presenceOf, reachPercent, readStatusOf } from './derive';
import type { ReportRow } from './types';

/** A state's tone (lib/i18n/vocabulary.ts), or none = no colour (names, numbers that are not states). */
export type Tone = StateTone | 'none';

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

/** A check's state in a row: from its audit, else from what the reader saw of the page element. */
export function rowCheckState(row: ReportRow, id: CheckId, field?: Parameters<typeof presenceOf>[1]): CheckState {
  const check = findCheck(row.audit, id);
  if (check) return checkState(check);
  const p = field ? presenceOf(row, field) : 'unknown';
  return p === 'present' ? 'pass' : p === 'missing' ? 'fail' : 'unknown';
}

/** Each week's state of a row's month, in order (null weeks: no audit). */
export function rowWeekStates(row: ReportRow) {
  const weeks = row.audit?.month.weeks ?? [];
  return weekStates(weeks, isExcluded(row.audit));
}

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
  const state = (id: CheckId, header: string, field?: Parameters<typeof presenceOf>[1], width = 12): Column => ({
    id: field ?? id,
    header,
    width,
    cell: (row) => {
      // MAX/Telegram pages have none of these items in the methodology
      if (row.source === 'manual' && field) return text(t('inst.none'));
      if (!row.audit && !field) return { kind: 'empty' };
      const s = rowCheckState(row, id, field);
      return text(checkWord(id, s, locale), checkTone(s));
    },
  });
  const weekCols: Column[] = WEEK_NUMBERS.flatMap((week, i): Column[] => {
    const weekState = (row: ReportRow) =>
      row.audit?.month.weeks.some((w) => w.week === week) ? rowWeekStates(row)[i] : undefined;
    return [
      {
        id: `week${week}`,
        header: t('col.week', { week }),
        width: 11,
        cell: (row) => {
          const w = row.audit?.month.weeks.find((x) => x.week === week);
          const s = weekState(row);
          return w && s ? int(shownPosts(w), weekTone(s)) : { kind: 'empty' };
        },
      },
      {
        id: `week${week}State`,
        header: t('col.weekState', { week }),
        width: 13,
        cell: (row) => {
          const s = weekState(row);
          return s ? text(weekWord(s, locale), weekTone(s)) : { kind: 'empty' };
        },
      },
    ];
  });
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
    state('gov-mark', t('col.govMark'), 'govMark'),
    state('cover', t('col.cover'), 'cover'),
    state('avatar', t('col.avatar'), 'avatar'),
    state('description', t('col.description'), 'description'),
    state('pos-widget', t('col.posWidget'), 'posWidget'),
    ...weekCols,
    {
      id: 'frequency',
      header: t('col.frequency'),
      width: 14,
      cell: (row) => {
        if (!row.audit) return { kind: 'empty' };
        const s = monthState(row.audit);
        return text(checkWord('frequency', s, locale), checkTone(s));
      },
    },
    {
      id: 'er',
      header: t('col.er'),
      width: 9,
      cell: (row) => {
        const rate = row.audit?.engagement.rate ?? null;
        const check = findCheck(row.audit, 'engagement');
        return pct(rate, rate === null || !check ? 'none' : checkTone(checkState(check)));
      },
    },
    {
      id: 'achievement',
      header: t('col.achievement'),
      width: 12,
      cell: (row) => pct(row.audit?.engagement.achievement ?? null),
    },
    { id: 'reach', header: t('col.reach'), width: 9, cell: (row) => pct(reachPercent(row)) },
    state('rkn-registration', t('col.rkn'), undefined, 15),
    {
      id: 'score',
      header: t('col.score'),
      width: 14,
      cell: (row) => {
        const a = row.audit;
        if (!a) return { kind: 'empty' };
        if (isExcluded(a)) return text(checkWord('frequency', 'excluded', locale), 'fail');
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
        const { status, issue } = readStatusOf(row);
        const word = t(`read.${status}`);
        const tone: Tone = status === 'complete' ? 'none' : status === 'partial' ? 'warn' : 'fail';
        // where the figures came from, when not the pages (docs/vk-api.md)
        const via = row.page?.layout === API_LAYOUT ? ` (${t('read.viaApi')})` : '';
        return text(`${issue ? `${word}: ${readIssueWord(issue, locale)}` : word}${via}`, tone);
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
