/**
 * Ready messages to each group's admin: what is wrong, what to do, the deadline of the current evaluation week,
 * the RKN steps when needed (docs/rkn-registration.md: the current procedure, then the 2024 one). Plain text to copy to the clipboard, per group or all at once.
 */
import type { RuleSet } from '../audit/rules';
import { createT, formatDeadlineUntil, formatNumber, type Locale } from '../i18n';
import reportDicts, { type ReportKey } from '../i18n/report';
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

interface Described {
  problems: Problem[];
  main: { problem: string; fix: string }[];
  rkn: { problem: string; fix: string }[];
  /** «пятницы, 28 ноября, 23:59», '' without a running week. */
  deadline: string;
}

/** A group's problems, described: the main ones and the RKN steps apart; null when it has nothing to fix. */
function describedProblems(row: ReportRow, options: MessageOptions): Described | null {
  const locale = options.locale ?? 'ru';
  const cur = currentDeadline(options.now, options.timeZone);
  const audited = row.audit?.month;
  // Shortfall of the running week only when the audit is of the running month.
  const running =
    cur && audited && cur.year === audited.year && cur.month === audited.month && cur.week ? cur.week : null;
  const problems = problemsOf(row, running);
  if (problems.length === 0) return null;
  const deadline = cur ? formatDeadlineUntil(cur.deadline, options.timeZone, locale) : '';
  const ctx = { month: cur?.month ?? audited?.month ?? 1, deadline };
  const isRkn = (p: Problem) => p.kind === 'rkn' || p.kind === 'rknUnseen' || p.kind === 'rknPending';
  return {
    problems,
    main: problems.filter((p) => !isRkn(p)).map((p) => describeProblem(p, locale, ctx)),
    rkn: problems.filter(isRkn).map((p) => describeProblem(p, locale, ctx)),
    deadline,
  };
}

/** The lines of one page's problems: what is wrong, what to do, the RKN steps. */
function problemLines(d: Described, t: ReturnType<typeof createT<ReportKey>>): string[] {
  const lines: string[] = [];
  for (const m of d.main) lines.push(`• ${m.problem}`);
  if (d.main.length > 0) {
    lines.push('', t('msg.todo'));
    for (const m of d.main) lines.push(`• ${m.fix}`);
  }
  if (d.rkn.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(t('msg.rknTitle'));
    for (const r of d.rkn) lines.push(`• ${r.problem}`, `  ${r.fix}`);
  }
  return lines;
}

/** The message for one group, or null when it has nothing to fix. */
export function adminMessage(row: ReportRow, options: MessageOptions): AdminMessage | null {
  const t = createT(reportDicts, options.locale ?? 'ru');
  const d = describedProblems(row, options);
  if (d === null) return null;
  const lines: string[] = [t('msg.greeting'), '', t('msg.intro', { name: row.group.name, url: row.group.url })];
  lines.push(...problemLines({ ...d, rkn: [] }, t));
  if (d.main.length > 0 && d.deadline) lines.push('', t('msg.deadline', { deadline: d.deadline }));
  if (d.rkn.length > 0) lines.push('', ...problemLines({ ...d, main: [] }, t));
  lines.push('', t('msg.thanks'));
  return { name: row.group.name, url: row.group.url, problems: d.problems, text: lines.join('\n') };
}

/**
 * One message for an institution: the platforms it lacks, then each page with something to fix (VK, OK, MAX,
 * Telegram), with one deadline. Null when nothing is to fix.
 */
export function institutionMessage(inst: ReportInstitution, options: MessageOptions): AdminMessage | null {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const pages = inst.rows
    .map((row) => ({ row, d: describedProblems(row, options) }))
    .filter((p): p is { row: ReportRow; d: Described } => p.d !== null);
  const missing = inst.audit.missing;
  const noLink = inst.audit.maxLinks.filter((l) => l.status === 'fail');
  if (pages.length === 0 && missing.length === 0 && noLink.length === 0) return null;
  const lines: string[] = [t('msg.greeting'), '', t('msg.introInstitution', { name: inst.audit.name })];
  if (missing.length > 0) {
    const platforms = missing.map((p) => t(`site.${p}`)).join(', ');
    lines.push(`• ${t('problem.platformMissing', { platforms })}`, `  ${t('fix.platformMissing')}`);
  }
  const maxUrl = inst.rows.find((r) => r.group.site === 'max')?.group.url ?? '';
  for (const link of noLink) {
    lines.push(
      `• ${t('problem.maxLinkMissing', { site: t(`site.${link.site}`), url: link.url })}`,
      `  ${t('fix.maxLinkMissing', { url: maxUrl })}`,
    );
  }
  let deadline = '';
  for (const { row, d } of pages) {
    const site = t(`site.${row.group.site}`);
    const head = row.source === 'manual' ? 'msg.pageManual' : 'msg.page';
    lines.push('', t(head, { site, url: row.group.url }), ...problemLines(d, t));
    if (d.main.length > 0 && d.deadline) deadline = d.deadline;
  }
  if (deadline) lines.push('', t('msg.deadline', { deadline }));
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
  const institutions = new Map(institutionsOf(rows, options.rules).map((i) => [i.audit.id, i]));
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
