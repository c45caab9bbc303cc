/**
 * Ready messages to each group's admin: what is wrong, what to do, the deadline of the current evaluation week,
 * the RKN steps when needed (docs/rkn-registration.md: the current procedure, then the 2024 one). Plain text to copy to the clipboard, per group or all at once.
 */
import { createT, formatDeadlineUntil, formatNumber, type Locale } from '../i18n';
import reportDicts from '../i18n/report';
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

/** One line of «what is wrong» and one of «what to do» for a problem. */
export function describeProblem(
  p: Problem,
  locale: Locale,
  ctx: { month: number; deadline: string },
): { problem: string; fix: string } {
  const t = createT(reportDicts, locale);
  switch (p.kind) {
    case 'weeksFailed':
      return {
        problem: t('problem.weeksFailed', { count: p.weeks.length, weeks: p.weeks.join(', '), required: p.required }),
        fix: t('fix.weeksFailed', { required: p.required }),
      };
    case 'weekNeeded':
      return {
        problem: t('problem.weekNeeded', {
          days: weekDays(ctx.month, p.week, locale),
          posts: p.posts,
          required: p.required,
        }),
        fix: t('fix.weekNeeded', { needed: p.required - p.posts, deadline: ctx.deadline }),
      };
    case 'engagement':
      return { problem: t('problem.engagement', { rate: formatDecimal(p.rate, locale, 2) }), fix: t('fix.engagement') };
    case 'reach':
      return { problem: t('problem.reach', { reach: formatScore(p.reach, locale) }), fix: t('fix.reach') };
    case 'rkn':
    case 'rknUnseen': {
      const threshold = p.threshold === null ? '' : formatNumber(p.threshold, locale);
      return { problem: t(`problem.${p.kind}`, { threshold }), fix: t(`fix.${p.kind}`) };
    }
    case 'rknPending':
      return { problem: t('problem.rknPending'), fix: t('fix.rknPending') };
    default:
      return { problem: t(`problem.${p.kind}`), fix: t(`fix.${p.kind}`) };
  }
}

/** The message for one group, or null when it has nothing to fix. */
export function adminMessage(row: ReportRow, options: MessageOptions): AdminMessage | null {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const cur = currentDeadline(options.now, options.timeZone);
  const audited = row.audit?.month;
  // Shortfall of the running week only when the audit is of the running month.
  const running =
    cur && audited && cur.year === audited.year && cur.month === audited.month && cur.week ? cur.week : null;
  const problems = problemsOf(row, running);
  if (problems.length === 0) return null;
  const deadline = cur ? formatDeadlineUntil(cur.deadline, options.timeZone, locale) : '';
  const ctx = { month: cur?.month ?? audited?.month ?? 1, deadline };
  const described = problems.map((p) => describeProblem(p, locale, ctx));
  const isRkn = (k: Problem['kind'] | undefined) => k === 'rkn' || k === 'rknUnseen' || k === 'rknPending';
  const rkn = problems.filter((p) => isRkn(p.kind));
  const main = described.filter((_, i) => !isRkn(problems[i]?.kind));
  const rknDescribed = described.filter((_, i) => isRkn(problems[i]?.kind));
  const lines: string[] = [t('msg.greeting'), '', t('msg.intro', { name: row.group.name, url: row.group.url })];
  for (const d of main) lines.push(`• ${d.problem}`);
  if (main.length > 0) {
    lines.push('', t('msg.todo'));
    for (const d of main) lines.push(`• ${d.fix}`);
    if (deadline) lines.push('', t('msg.deadline', { deadline }));
  }
  if (rkn.length > 0) {
    lines.push('', t('msg.rknTitle'));
    for (const d of rknDescribed) lines.push(`• ${d.problem}`, `  ${d.fix}`);
  }
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
