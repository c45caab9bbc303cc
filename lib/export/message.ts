/**
 * Ready messages to each group's admin: a numbered item per problem — what is wrong, what to do and by when, each
 * with its own deadline (the «Госорганизация» mark and the RKN registration first, methodology §1.8, §3.6, §3.7).
 * Plain text to copy to the clipboard, per group or all at once.
 */
import { monthOf } from '../calendar';
import { createT, formatDeadlineUntil, type Locale } from '../i18n';
import reportDicts from '../i18n/report';
import type { WeekNumber } from '../types';
import { currentEvaluationWeek, weekDays, weekDeadline } from './deadline';
import { type Problem, problemsOf } from './derive';
import { formatDecimal, formatScore } from './table';
import type { ReportRow } from './types';

export interface MessageOptions {
  locale?: Locale;
  /** The export time: picks the running evaluation week and its deadline. */
  now: Date;
  /** The rule set's zone. */
  timeZone: string;
}

export interface AdminMessage {
  name: string;
  url: string;
  problems: Problem[];
  text: string;
}

/** «до пятницы, 28 ноября, 23:59» — the deadline of the week running at `now` (next month's week 1 on days 29–31). */
export function currentDeadline(now: Date, timeZone: string) {
  const cur = currentEvaluationWeek(now, timeZone);
  if (cur) return { ...cur, deadline: weekDeadline(cur.year, cur.month, cur.week, timeZone) };
  const probe = new Date(now.getTime() + 4 * 86_400_000);
  const next = currentEvaluationWeek(probe, timeZone);
  if (!next) return null;
  return { ...next, week: 1 as const, deadline: weekDeadline(next.year, next.month, 1, timeZone) };
}

/** The dates a problem's deadline is stated with: the running evaluation week (or the next one on days 29–31). */
export interface DueContext {
  /** The month of the running week (for «1–7 декабря»). */
  month: number;
  /** The running week's number, when there is one. */
  week: WeekNumber | null;
  /** «понедельника, 7 декабря, 23:59»: the running week's last minute, after «до». */
  deadline: string;
  /** «понедельника, 28 декабря, 23:59»: the last evaluation week's end of that month (monthly figures). */
  monthEnd: string;
}

/** The deadline context of `now` in `timeZone` (empty strings when no week can be named). */
export function dueContext(now: Date, timeZone: string, locale: Locale): DueContext {
  const cur = currentDeadline(now, timeZone);
  if (!cur) return { month: monthOf(now, timeZone).month, week: null, deadline: '', monthEnd: '' };
  return {
    month: cur.month,
    week: cur.week,
    deadline: formatDeadlineUntil(cur.deadline, timeZone, locale),
    monthEnd: formatDeadlineUntil(weekDeadline(cur.year, cur.month, 4, timeZone), timeZone, locale),
  };
}

/**
 * «What is wrong», «what to do» and «by when» for a problem. Each kind has its own deadline: the running week's for
 * its posts and for the page's elements (checked at every weekly monitoring), every week from the running one for a
 * norm missed, the month's last week for ER and reach (monthly figures), «as soon as possible» for the
 * «Госорганизация» mark, the law's own terms for the RKN registration.
 */
export function describeProblem(
  p: Problem,
  locale: Locale,
  ctx: DueContext,
): { problem: string; fix: string; due: string } {
  const t = createT(reportDicts, locale);
  const week = ctx.week === null ? '' : weekDays(ctx.month, ctx.week, locale);
  const byWeek = ctx.deadline === '' ? t('due.asap') : t('due.until', { deadline: ctx.deadline });
  switch (p.kind) {
    case 'weeksFailed':
      return {
        problem: t('problem.weeksFailed', { count: p.weeks.length, weeks: p.weeks.join(', '), required: p.required }),
        fix: t('fix.weeksFailed', { required: p.required }),
        due: week === '' ? t('due.everyWeek') : t('due.everyWeekFrom', { days: week }),
      };
    case 'weekNeeded':
      return {
        problem: t('problem.weekNeeded', {
          days: weekDays(ctx.month, p.week, locale),
          posts: p.posts,
          required: p.required,
        }),
        fix: t('fix.weekNeeded', { needed: p.required - p.posts }),
        due: byWeek,
      };
    case 'engagement':
      return {
        problem: t('problem.engagement', { rate: formatDecimal(p.rate, locale, 2) }),
        fix: t('fix.engagement'),
        due: ctx.monthEnd === '' ? t('due.asap') : t('due.month', { deadline: ctx.monthEnd }),
      };
    case 'reach':
      return {
        problem: t('problem.reach', { reach: formatScore(p.reach, locale) }),
        fix: t('fix.reach'),
        due: ctx.monthEnd === '' ? t('due.asap') : t('due.month', { deadline: ctx.monthEnd }),
      };
    case 'gov-mark':
      return { problem: t('problem.gov-mark'), fix: t('fix.gov-mark'), due: t('due.govMark') };
    case 'rkn':
      return { problem: t('problem.rkn'), fix: t('fix.rkn'), due: t('due.rkn') };
    case 'rknPending':
      return { problem: t('problem.rknPending'), fix: t('fix.rknPending'), due: t('due.rknPending') };
    default:
      return {
        problem: t(`problem.${p.kind}`),
        fix: t(`fix.${p.kind}`),
        due: ctx.deadline === '' ? t('due.asap') : t('due.items', { deadline: ctx.deadline }),
      };
  }
}

/** Legal matters first: the mark, then the RKN registration, then the rest in the order `problemsOf` found them. */
const FIRST: Partial<Record<Problem['kind'], number>> = { 'gov-mark': 0, rkn: 1, rknPending: 1 };

/** The message for one group, or null when it has nothing to fix. */
export function adminMessage(row: ReportRow, options: MessageOptions): AdminMessage | null {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const cur = currentDeadline(options.now, options.timeZone);
  const audited = row.audit?.month;
  // Shortfall of the running week only when the audit is of the running month.
  const running =
    cur && audited && cur.year === audited.year && cur.month === audited.month && cur.week ? cur.week : null;
  const found = problemsOf(row, running);
  if (found.length === 0) return null;
  const problems = found
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (FIRST[a.p.kind] ?? 2) - (FIRST[b.p.kind] ?? 2) || a.i - b.i)
    .map(({ p }) => p);
  const ctx = dueContext(options.now, options.timeZone, locale);
  const lines: string[] = [t('msg.greeting'), '', t('msg.intro', { name: row.group.name, url: row.group.url })];
  problems.forEach((p, i) => {
    const d = describeProblem(p, locale, ctx);
    lines.push(
      '',
      `${i + 1}. ${d.problem}`,
      `   ${t('msg.fix', { fix: d.fix })}`,
      `   ${t('msg.due', { due: d.due })}`,
    );
  });
  lines.push('', t('msg.thanks'));
  return { name: row.group.name, url: row.group.url, problems, text: lines.join('\n') };
}

/** Messages for every group with problems, in list order. */
export function adminMessages(rows: readonly ReportRow[], options: MessageOptions): AdminMessage[] {
  const out: AdminMessage[] = [];
  for (const row of rows) {
    const m = adminMessage(row, options);
    if (m) out.push(m);
  }
  return out;
}

/** All messages as one text to copy, separated by a rule line; a «no issues» line when none. */
export function allMessagesText(rows: readonly ReportRow[], options: MessageOptions): string {
  const messages = adminMessages(rows, options);
  if (messages.length === 0) return createT(reportDicts, options.locale ?? 'ru')('msg.none');
  return messages.map((m) => m.text).join('\n\n————————————\n\n');
}
