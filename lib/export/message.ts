/**
 * Ready messages to each group's admin: a numbered item per problem — what is wrong, what to do and by when, each
 * with its own deadline (the «Госорганизация» mark and the RKN registration first, docs/methodology.md §1.8, §3.6, §3.7; the
 * RKN steps as docs/rkn-registration.md gives them: the current procedure, then the 2024 one); an institution's
 * pages in one message (docs/institutions.md). Plain text to copy to the clipboard, per group or all at once.
 */
import type { RuleSet } from '../audit/rules';
import { monthOf } from '../calendar';
import { createT, formatDeadlineUntil, formatNumber, type Locale } from '../i18n';
import { maxFirstDicts, maxFirstProblem } from '../i18n/max-first';
import reportDicts, { type ReportKey } from '../i18n/report';
import type { WeekNumber } from '../types';
import { currentEvaluationWeek, weekDays, weekDeadline } from './deadline';
import { type Problem, problemsOf } from './derive';
import { institutionsOf, type ReportInstitution } from './institutions';
import { formatDecimal, formatScore } from './table';
import type { ReportRow } from './types';

export interface MessageOptions {
  locale?: Locale;
  /** The export time: picks the running evaluation week and its deadline. */
  now: Date;
  /** The rule set's zone. */
  timeZone: string;
  /** The rule set (which platforms an institution must be on). */
  rules?: RuleSet;
  /** The month evaluated («MAX first»); default: the month containing `now`. */
  period?: { year: number; month: number };
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
    case 'rknUnseen': {
      const threshold = p.threshold === null ? '' : formatNumber(p.threshold, locale);
      return {
        problem: t(`problem.${p.kind}`, { threshold }),
        fix: t(`fix.${p.kind}`),
        due: t(p.kind === 'rkn' ? 'due.rkn' : 'due.asap'),
      };
    }
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
const FIRST: Partial<Record<Problem['kind'], number>> = { 'gov-mark': 0, rkn: 1, rknUnseen: 1, rknPending: 1 };

interface Described {
  problems: Problem[];
  items: { problem: string; fix: string; due: string }[];
}

/** A group's problems, legal matters first, each described with its deadline; null when it has nothing to fix. */
function describedProblems(row: ReportRow, options: MessageOptions): Described | null {
  const locale = options.locale ?? 'ru';
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
  return { problems, items: problems.map((p) => describeProblem(p, locale, ctx)) };
}

/** Numbered items from `first`: what is wrong, what to do, by when. */
function itemLines(items: Described['items'], t: ReturnType<typeof createT<ReportKey>>, first = 1): string[] {
  return items.flatMap((d, i) => [
    '',
    `${first + i}. ${d.problem}`,
    `   ${t('msg.fix', { fix: d.fix })}`,
    `   ${t('msg.due', { due: d.due })}`,
  ]);
}

/** The message for one group, or null when it has nothing to fix. */
export function adminMessage(row: ReportRow, options: MessageOptions): AdminMessage | null {
  const t = createT(reportDicts, options.locale ?? 'ru');
  const d = describedProblems(row, options);
  if (d === null) return null;
  const lines: string[] = [t('msg.greeting'), '', t('msg.intro', { name: row.group.name, url: row.group.url })];
  lines.push(...itemLines(d.items, t), '', t('msg.thanks'));
  return { name: row.group.name, url: row.group.url, problems: d.problems, text: lines.join('\n') };
}

/**
 * One message for an institution: the platforms it lacks, then each page with something to fix (VK, OK, MAX,
 * Telegram), its items numbered on through the message, each with its deadline. Null when nothing is to fix.
 */
export function institutionMessage(inst: ReportInstitution, options: MessageOptions): AdminMessage | null {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const pages = inst.rows
    .map((row) => ({ row, d: describedProblems(row, options) }))
    .filter((p): p is { row: ReportRow; d: Described } => p.d !== null);
  const missing = inst.audit.missing;
  const noLink = inst.audit.maxLinks.filter((l) => l.status === 'fail');
  const notFirst = inst.audit.maxFirst?.weeks.filter((w) => w.status === 'fail') ?? [];
  if (pages.length === 0 && missing.length === 0 && noLink.length === 0 && notFirst.length === 0) return null;
  const lines: string[] = [t('msg.greeting'), '', t('msg.introInstitution', { name: inst.audit.name })];
  let n = 1;
  if (missing.length > 0) {
    const platforms = missing.map((p) => t(`site.${p}`)).join(', ');
    const ctx = dueContext(options.now, options.timeZone, locale);
    lines.push(
      ...itemLines(
        [
          {
            problem: t('problem.platformMissing', { platforms }),
            fix: t('fix.platformMissing'),
            due: ctx.monthEnd === '' ? t('due.asap') : t('due.until', { deadline: ctx.monthEnd }),
          },
        ],
        t,
        n,
      ),
    );
    n += 1;
  }
  if (noLink.length > 0) {
    // the MAX link is a page element: asked for by the running week's end, like the description (docs/max.md)
    const ctx = dueContext(options.now, options.timeZone, locale);
    const due = ctx.deadline === '' ? t('due.asap') : t('due.until', { deadline: ctx.deadline });
    const maxUrl = inst.rows.find((r) => r.group.site === 'max')?.group.url ?? '';
    const items = noLink.map((link) => ({
      problem: t('problem.maxLinkMissing', { site: t(`site.${link.site}`), url: link.url }),
      fix: t('fix.maxLinkMissing', { url: maxUrl }),
      due,
    }));
    lines.push(...itemLines(items, t, n));
    n += items.length;
  }
  if (notFirst.length > 0) {
    // «сначала в MAX»: a habit to fix from the next post on, by the running week's end (docs/max.md)
    const tm = createT(maxFirstDicts, locale);
    const ctx = dueContext(options.now, options.timeZone, locale);
    const due = ctx.deadline === '' ? t('due.asap') : t('due.until', { deadline: ctx.deadline });
    const items = notFirst.map((w) => ({
      problem: maxFirstProblem(w, locale, options.timeZone),
      fix: tm('fix'),
      due,
    }));
    lines.push(...itemLines(items, t, n));
    n += items.length;
  }
  for (const { row, d } of pages) {
    const site = t(`site.${row.group.site}`);
    const head = row.source === 'manual' ? 'msg.pageManual' : 'msg.page';
    lines.push('', t(head, { site, url: row.group.url }), ...itemLines(d.items, t, n));
    n += d.items.length;
  }
  lines.push('', t('msg.thanks'));
  return {
    name: inst.audit.name,
    url: inst.rows[0]?.group.url ?? '',
    problems: pages.flatMap((p) => p.d.problems),
    text: lines.join('\n'),
  };
}

/** Messages for every group with problems, in list order; an institution's pages make one message. */
export function adminMessages(rows: readonly ReportRow[], options: MessageOptions): AdminMessage[] {
  const out: AdminMessage[] = [];
  const period = options.period ?? monthOf(options.now, options.timeZone);
  const at = { ...period, now: options.now };
  const institutions = new Map(institutionsOf(rows, options.rules, at).map((i) => [i.audit.id, i]));
  for (const row of rows) {
    const id = row.group.institution?.id;
    const inst = id === undefined ? undefined : institutions.get(id);
    if (inst !== undefined) {
      // the institution's message goes where its first page is
      if (inst.rows[0] !== row) continue;
      const m = institutionMessage(inst, options);
      if (m) out.push(m);
      continue;
    }
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
