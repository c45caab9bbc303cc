/**
 * The printable report as an HTML string (the report page shows it; the browser prints it to PDF).
 * For one group or a list: title block, the set's indicators, a bar chart of weekly posts (inline SVG), then one
 * A4 page per group with the checklist, the weeks, ER, the predicted score with its formula and what to fix.
 * Readable in black and white: every status is a word with a symbol, colour is only a hint.
 * Every text that comes from a page or a user is escaped: a group named `<script>` prints as text.
 */
import { DEFAULT_RULES, type RuleSet } from '../audit/rules';
import { WEEK_NUMBERS } from '../calendar';
import { createT, formatMonth, type Locale } from '../i18n';
import { readIssueWord } from '../i18n/read-issues';
import reportDicts, { type ReportKey } from '../i18n/report';
import {
  CHECK_MARK,
  checkState,
  checkTone,
  checkWord,
  isExcluded,
  TONE_FILL,
  type Tone,
  WEEK_MARK,
  weekTone,
  weekWord,
} from '../i18n/vocabulary';
import { formatDateTime } from './csv';
import { currentEvaluationWeek, weekDays } from './deadline';
import { CHECK_ORDER, findCheck, membersOf, problemsOf, readStatusOf, scoreInputs } from './derive';
import { fmtNumber } from './fast';
import { formulaText } from './formula';
import { hasInstitutions, institutionColumns, institutionsOf, manualSourceText } from './institutions';
import { describeProblem, dueContext } from './message';
import { describeRuleSet } from './rule-set';
import { type Cell, formatScore, rowWeekStates, shownPosts } from './table';
import type { ReportMeta, ReportRow, SetIndicators } from './types';

export interface ReportOptions {
  locale?: Locale;
  /** The rule set used: its weights and penalty mode make the formula shown next to the scores. */
  rules?: RuleSet;
  /** Groups per chart block (one block per printed page). */
  chartRowsPerPage?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s) links become hrefs (no `javascript:`). */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export const REPORT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #000; background: #fff; margin: 0; }
.report { max-width: 186mm; margin: 0 auto; padding: 4mm 0; }
h1 { font-size: 16pt; margin: 0 0 3mm; }
h2 { font-size: 13pt; margin: 0 0 1.5mm; overflow-wrap: anywhere; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0; }
.meta { margin: 0 0 4mm; border-collapse: collapse; }
.meta th { text-align: left; font-weight: normal; color: #333; padding: 0.5mm 4mm 0.5mm 0; }
table.grid { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
table.grid th, table.grid td { border: 0.3mm solid #000; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
table.grid th { background: #e6e6e6; font-weight: bold; }
td.num { text-align: right; white-space: nowrap; }
.st-pass { background: ${TONE_FILL.pass}; }
.st-fail { background: ${TONE_FILL.fail}; font-weight: bold; }
.st-warn { background: ${TONE_FILL.warn}; }
.st-neutral { background: ${TONE_FILL.neutral}; }
.sub { color: #333; font-size: 9pt; overflow-wrap: anywhere; }
.note { color: #333; font-size: 8.5pt; }
.formula { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt; }
ol.fix { margin: 1mm 0; padding-left: 5mm; font-size: 9pt; line-height: 1.3; }
ol.fix li { margin: 0 0 1mm; }
.page { break-before: page; page-break-before: always; }
.group { break-inside: avoid-page; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 0 0 4mm; }
.chart svg { width: 100%; height: auto; }
.toolbar { position: sticky; top: 0; background: #f4f4f4; border-bottom: 1px solid #ccc; padding: 8px; text-align: center; }
.toolbar button { font: inherit; padding: 4px 16px; }
.toolbar .gp-export { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-left: 12px; }
.toolbar .gp-export button { padding: 4px 10px; }
@media print { .no-print { display: none !important; } .report { padding: 0; } }
`;

/** Why a check is 'unknown', for the kinds the user can act on (engine reason codes), after its word. */
const REASON_DETAIL: Partial<Record<string, ReportKey>> = {
  'input-missing': 'reason.inputMissing',
  'page-not-readable': 'reason.notReadable',
};

/** The vocabulary's tone as a cell class (REPORT_CSS: light fills, readable in black and white with the marks). */
const toneClass = (tone: Tone): string => `st-${tone}`;

function pct(x: number | null, locale: Locale, digits = 2): string {
  return x === null ? '—' : `${fmtNumber(x, locale, digits)}%`;
}

/** The chart of weekly posts per group: black = week met, white = not met, grey = running or no data. */
export function weeklyChartSvg(rows: readonly ReportRow[], locale: Locale, firstNumber = 1): string {
  const label = 210;
  const colW = 112;
  const rowH = 18;
  const top = 22;
  const width = label + colW * 4;
  const height = top + rowH * rows.length + 4;
  const max = Math.max(6, ...rows.flatMap((r) => (r.audit?.month.weeks ?? []).map((w) => w.posts)));
  const scale = (colW - 30) / max;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" font-family="DejaVu Sans, Arial, sans-serif" font-size="9">`,
  ];
  const t = createT(reportDicts, locale);
  for (const w of WEEK_NUMBERS) {
    const x = label + colW * (w - 1);
    parts.push(`<text x="${x + 2}" y="12" font-weight="bold">${escapeHtml(t('report.weekCol'))} ${w}</text>`);
    parts.push(`<line x1="${x}" y1="16" x2="${x}" y2="${height}" stroke="#999" stroke-width="0.5"/>`);
  }
  rows.forEach((row, i) => {
    const states = rowWeekStates(row);
    const y = top + i * rowH;
    const prefix = `${i + firstNumber}. `;
    const room = 36 - prefix.length;
    const name = row.group.name.length > room ? `${row.group.name.slice(0, room - 1).trimEnd()}…` : row.group.name;
    parts.push(`<text x="0" y="${y + 12}" font-size="8.5">${escapeHtml(`${prefix}${name}`)}</text>`);
    for (const w of WEEK_NUMBERS) {
      const x = label + colW * (w - 1) + 2;
      const index = row.audit?.month.weeks.findIndex((k) => k.week === w) ?? -1;
      const wk = row.audit?.month.weeks[index];
      if (!wk || shownPosts(wk) === null) {
        parts.push(`<text x="${x}" y="${y + 12}">—</text>`);
        continue;
      }
      const state = states[index] ?? 'unknown';
      const tone = weekTone(state);
      const fill = tone === 'pass' ? '#000' : tone === 'fail' ? '#fff' : '#bbb';
      const len = Math.max(wk.posts * scale, 1);
      parts.push(
        `<rect x="${x}" y="${y + 3}" width="${len.toFixed(1)}" height="${rowH - 7}" fill="${fill}" stroke="#000" stroke-width="0.8"/>`,
      );
      const req = x + wk.required * scale;
      parts.push(
        `<line x1="${req.toFixed(1)}" y1="${y + 1}" x2="${req.toFixed(1)}" y2="${y + rowH - 2}" stroke="#000" stroke-dasharray="2 1.5" stroke-width="0.8"/>`,
      );
      const mark = state === 'pass' ? '' : ` ${WEEK_MARK[state]}`;
      const labelX = Math.max(x + len, req) + 3;
      parts.push(`<text x="${labelX.toFixed(1)}" y="${y + 12}">${wk.posts}${mark}</text>`);
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

/** «полные», or «частичные: группа закрыта» / «не прочитано: страница не найдена» (never a raw code). */
function readStatusText(row: ReportRow, locale: Locale): string {
  const t = createT(reportDicts, locale);
  const { status, issue } = readStatusOf(row);
  return issue ? `${t(`read.${status}`)}: ${readIssueWord(issue, locale)}` : t(`read.${status}`);
}

function metaTable(meta: ReportMeta, locale: Locale): string {
  const t = createT(reportDicts, locale);
  const rows: [string, string][] = [];
  if (meta.organisation) rows.push([t('report.organisation'), meta.organisation]);
  rows.push([t('report.list'), meta.listName]);
  rows.push([t('report.period'), formatMonth(meta.period.year, meta.period.month, locale)]);
  rows.push([t('report.date'), formatDateTime(new Date(meta.generatedAt), meta.timeZone)]);
  return `<table class="meta">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
}

/** Which rule set the scores use: its name, source, what the formula does not say, what is inferred. */
function ruleSetBlock(rules: RuleSet, locale: Locale): string {
  const t = createT(reportDicts, locale);
  const d = describeRuleSet(rules, locale);
  const lines = [d.source, ...d.details, d.penalty?.published ?? null].filter((x): x is string => x !== null);
  const inferred = d.penalty?.inferred
    ? `<p class="note" data-inferred><strong>${escapeHtml(t('report.inferred'))}:</strong> ${escapeHtml(d.penalty.inferred)}</p>`
    : '';
  return [
    `<p class="rule-set" data-preset="${escapeHtml(rules.preset)}"><strong>${escapeHtml(t('report.rules'))}:</strong> ${escapeHtml(d.name)}</p>`,
    `<p class="note">${lines.map(escapeHtml).join('; ')}</p>`,
    inferred,
  ].join('');
}

function indicatorsTable(ind: SetIndicators, locale: Locale, rules: RuleSet, formula: string): string {
  const t = createT(reportDicts, locale);
  const b = ind.breakdown;
  const rows: [string, string][] = [
    [t('summary.groups'), fmtNumber(ind.groups, locale)],
    [t('summary.audited'), fmtNumber(ind.audited, locale)],
    [t('summary.frequency'), pct(ind.frequency, locale)],
    [t('summary.passed'), fmtNumber(ind.passed, locale)],
    [t('summary.decided'), fmtNumber(ind.decided, locale)],
    [t('summary.undecided'), fmtNumber(ind.undecided, locale)],
    [t('summary.engagementRate'), pct(ind.engagementRate, locale)],
    [t('summary.engagement'), pct(ind.engagement, locale)],
    [t('summary.reach'), pct(ind.reach, locale)],
    [t('summary.reachGroups'), fmtNumber(ind.reachGroups, locale)],
    [t('summary.minRequirements'), pct(ind.minRequirements, locale)],
    ...(b !== null && b.factor !== null
      ? [
          [t('summary.penalty'), `k = ${fmtNumber(b.factor, locale, 2)} → −${fmtNumber(b.penalty, locale, 0)}`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(ind.businessCards > 0
      ? [[t('summary.businessCards'), fmtNumber(ind.businessCards, locale)] as [string, string]]
      : []),
    [
      t('summary.total'),
      ind.total === null
        ? '—'
        : `${rules.roundParts ? fmtNumber(ind.total, locale, 2) : formatScore(ind.total, locale)}%`,
    ],
  ];
  return [
    `<h3>${escapeHtml(t('report.indicators'))}</h3>`,
    `<table class="grid">${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td class="num">${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    `<p class="note">${escapeHtml(t('report.formula'))}: <span class="formula">${escapeHtml(formula)}</span>. ${escapeHtml(t('report.erNote'))}</p>`,
  ].join('');
}

function groupSection(row: ReportRow, meta: ReportMeta, locale: Locale, formula: string, pageClass: string): string {
  const t = createT(reportDicts, locale);
  const out: string[] = [`<section class="group ${pageClass}">`];
  out.push(`<h2>${escapeHtml(row.group.name)}</h2>`);
  const href = safeHref(row.group.url);
  const link = href ? `<a href="${escapeHtml(href)}">${escapeHtml(row.group.url)}</a>` : escapeHtml(row.group.url);
  const members = membersOf(row);
  const manual = row.source === 'manual';
  const checked = Number.isNaN(Date.parse(row.checkedAt))
    ? null
    : `${escapeHtml(t('report.checkedAt'))}: ${escapeHtml(formatDateTime(new Date(row.checkedAt), meta.timeZone).replace(' ', '\u00a0'))}`;
  const sub = [
    escapeHtml(t(`site.${row.group.site}`)),
    link,
    row.group.institution ? `${escapeHtml(t('report.institution'))}: ${escapeHtml(row.group.institution.name)}` : null,
    members === null ? null : `${escapeHtml(t('report.members'))}: ${escapeHtml(fmtNumber(members, locale))}`,
    manual
      ? `${escapeHtml(t('report.source'))}: ${escapeHtml(manualSourceText(row, meta.timeZone, locale))}`
      : `${escapeHtml(t('report.readStatus'))}: ${escapeHtml(readStatusText(row, locale))}`,
    manual ? null : checked,
  ].filter((x): x is string => x !== null);
  out.push(`<p class="sub">${sub.join(' · ')}</p>`);
  const audit = row.audit;
  if (!audit) {
    out.push(`<p><strong>${escapeHtml(t(manual ? 'report.noFigures' : 'report.noAudit'))}</strong></p></section>`);
    return out.join('');
  }

  out.push(`<h3>${escapeHtml(t('report.checklist'))}</h3><table class="grid"><thead><tr>`);
  out.push(`<th>${escapeHtml(t('report.check'))}</th><th>${escapeHtml(t('report.status'))}</th></tr></thead><tbody>`);
  for (const id of CHECK_ORDER) {
    const c = findCheck(audit, id);
    // a MAX/Telegram page has no cover, ПОС, ER… in the methodology: only its weeks and RKN are listed
    if (c?.reason === 'not-on-platform') continue;
    const state = c ? checkState(c) : 'unknown';
    const tone = checkTone(state);
    const detail =
      state === 'unknown' && c
        ? manual && c.reason === 'input-missing'
          ? 'reason.figuresMissing'
          : REASON_DETAIL[c.reason]
        : undefined;
    const word = `${CHECK_MARK[state]} ${checkWord(id, state, locale)}${detail ? `: ${t(detail)}` : ''}`;
    out.push(
      `<tr><td>${escapeHtml(t(`check.${id}`))}</td><td class="${toneClass(tone)}">${escapeHtml(word)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  out.push(`<h3>${escapeHtml(t('report.weeks'))}</h3><table class="grid"><thead><tr>`);
  for (const k of ['report.weekCol', 'report.days', 'report.posts', 'report.required', 'report.status'] as const) {
    out.push(`<th>${escapeHtml(t(k))}</th>`);
  }
  out.push('</tr></thead><tbody>');
  const states = rowWeekStates(row);
  for (const w of WEEK_NUMBERS) {
    const i = audit.month.weeks.findIndex((x) => x.week === w);
    const wk = audit.month.weeks[i];
    const state = states[i] ?? 'unknown';
    const tone = weekTone(state);
    out.push(
      `<tr><td>${w}</td><td>${escapeHtml(weekDays(audit.month.month, w, locale))}</td>` +
        `<td class="num">${shownPosts(wk) ?? '—'}</td><td class="num">${wk ? wk.required : '—'}</td>` +
        `<td class="${toneClass(tone)}" data-state="${state}">${escapeHtml(`${WEEK_MARK[state]} ${weekWord(state, locale)}`)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  if (!manual) scoreSections(out, row, audit, locale, formula);
  fixSection(out, row, audit, meta, locale);
  out.push('</section>');
  return out.join('');
}

/** Engagement and the predicted score: what a read VK/OK page has (not MAX/Telegram figures entered by hand). */
function scoreSections(
  out: string[],
  row: ReportRow,
  audit: NonNullable<ReportRow['audit']>,
  locale: Locale,
  formula: string,
): void {
  const t = createT(reportDicts, locale);
  out.push(`<h3>${escapeHtml(t('report.er'))}</h3>`);
  const { rate, achievement } = audit.engagement;
  out.push(
    `<p>${escapeHtml(
      rate === null
        ? t('report.erUnknown')
        : t('report.erLine', {
            rate: fmtNumber(rate, locale, 2),
            achievement: achievement === null ? '—' : fmtNumber(achievement, locale, 2),
          }),
    )} <span class="note">${escapeHtml(t('report.erNote'))}</span></p>`,
  );

  out.push(`<h3>${escapeHtml(t('report.score'))}</h3>`);
  const score = isExcluded(audit)
    ? t('report.scoreExcluded')
    : audit.predictedScore !== null
      ? t('report.scoreValue', { score: formatScore(audit.predictedScore, locale) })
      : audit.predictedRange
        ? t('report.scoreRange', {
            min: formatScore(audit.predictedRange.min, locale),
            max: formatScore(audit.predictedRange.max, locale),
          })
        : t('report.scoreUnknown');
  const inputs = scoreInputs(row);
  const fmt = (x: number | null) => (x === null ? t('report.unknownInput') : formatScore(x, locale));
  out.push(`<p><strong>${escapeHtml(score)}</strong></p>`);
  out.push(
    `<p class="note">${escapeHtml(t('report.formula'))}: <span class="formula">${escapeHtml(formula)}</span>; ${escapeHtml(
      t('report.inputs', {
        f: fmt(inputs.f),
        e: fmt(inputs.e),
        r: fmt(inputs.r),
        m: fmt(inputs.m),
        n: inputs.n ?? '?',
      }),
    )}</p>`,
  );
}

function fixSection(
  out: string[],
  row: ReportRow,
  audit: NonNullable<ReportRow['audit']>,
  meta: ReportMeta,
  locale: Locale,
): void {
  const t = createT(reportDicts, locale);
  out.push(`<h3>${escapeHtml(t('report.fix'))}</h3>`);
  const now = new Date(meta.generatedAt);
  const cur = currentEvaluationWeek(now, meta.timeZone);
  const running = cur && cur.year === audit.month.year && cur.month === audit.month.month ? cur.week : null;
  const problems = problemsOf(row, running);
  if (problems.length === 0) {
    out.push(`<p>${escapeHtml(t('report.nothingToFix'))}</p>`);
  } else {
    const ctx = dueContext(now, meta.timeZone, locale);
    out.push('<ol class="fix">');
    for (const p of problems) {
      const d = describeProblem(p, locale, ctx);
      out.push(
        `<li><strong>${escapeHtml(d.problem)}</strong> ${escapeHtml(d.fix)} <em>${escapeHtml(t('msg.due', { due: d.due }))}</em></li>`,
      );
    }
    out.push('</ol>');
  }
}

function cellText(cell: Cell, locale: Locale): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return fmtNumber(cell.value, locale, cell.decimals);
  return '—';
}

/** The institutions table: one row per institution, a column per platform, the MAX figures, the whole. */
function institutionsTable(rows: readonly ReportRow[], meta: ReportMeta, locale: Locale, rules: RuleSet): string {
  const t = createT(reportDicts, locale);
  const columns = institutionColumns(locale, meta.timeZone, rules);
  const head = columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const body = institutionsOf(rows, rules, { ...meta.period, now: new Date(meta.generatedAt) })
    .map((inst) => {
      const cells = columns.map((c) => {
        const cell = c.cell(inst);
        const tone =
          'tone' in cell && cell.tone === 'pass' ? 'st-pass' : 'tone' in cell && cell.tone === 'fail' ? 'st-fail' : '';
        return `<td class="${tone}">${escapeHtml(cellText(cell, locale))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<section class="institutions page"><h3>${escapeHtml(t('report.institutions'))}</h3><table class="grid"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

/** The report's body markup (no <html>): what the report page puts into its container. */
export function buildReportBody(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  indicators: SetIndicators,
  options: ReportOptions = {},
): string {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const rules = options.rules ?? DEFAULT_RULES;
  const formula = formulaText(rules, locale);
  const single = rows.length === 1;
  const out: string[] = ['<main class="report">'];
  out.push(`<header><h1>${escapeHtml(single ? t('report.titleGroup') : t('report.title'))}</h1>`);
  out.push(metaTable(meta, locale));
  out.push(ruleSetBlock(rules, locale));
  out.push('</header>');
  if (rows.length === 0) {
    out.push(`<p>${escapeHtml(t('report.empty'))}</p></main>`);
    return out.join('');
  }
  if (!single) {
    out.push(indicatorsTable(indicators, locale, rules, formula));
    if (hasInstitutions(rows)) out.push(institutionsTable(rows, meta, locale, rules));
    const per = options.chartRowsPerPage ?? 40;
    for (let i = 0; i < rows.length; i += per) {
      out.push(`<section class="chart page"><h3>${escapeHtml(t('report.chart'))}</h3>`);
      out.push(weeklyChartSvg(rows.slice(i, i + per), locale, i + 1));
      out.push(`<p class="note">${escapeHtml(t('report.chartLegend'))}</p></section>`);
    }
  }
  rows.forEach((row) => {
    out.push(groupSection(row, meta, locale, formula, single ? '' : 'page'));
  });
  out.push('</main>');
  return out.join('');
}

/** A complete standalone HTML document (for saving or printing outside the extension). */
export function buildReportHtml(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  indicators: SetIndicators,
  options: ReportOptions = {},
): string {
  const locale = options.locale ?? 'ru';
  const t = createT(reportDicts, locale);
  const title = `${rows.length === 1 ? t('report.titleGroup') : t('report.title')} — ${meta.listName}`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>${buildReportBody(rows, meta, indicators, options)}</body></html>`;
}

/** Printed pages the report takes when every group fits one page: front, chart pages, one per group. */
export function expectedPageCount(groups: number, chartRowsPerPage = 40): number {
  if (groups <= 1) return 1;
  return 1 + Math.ceil(groups / chartRowsPerPage) + groups;
}
