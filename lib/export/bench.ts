/**
 * Export timing for the bench (scripts/bench.ts): builds the XLSX, the CSV and the printable HTML of a list and
 * reports how long each took. Target: a 300-group list in under 2 s in total.
 */
import { DEFAULT_RULES, type RuleSet } from '../audit/rules';
import { buildCsv } from './csv';
import { computeSetIndicators } from './derive';
import { allMessagesText } from './message';
import { buildReportHtml } from './report-html';
import type { ReportMeta, ReportRow } from './types';
import { buildXlsx } from './xlsx';

export interface ExportTimings {
  groups: number;
  xlsxMs: number;
  csvMs: number;
  htmlMs: number;
  messagesMs: number;
  totalMs: number;
  xlsxBytes: number;
  csvBytes: number;
  htmlBytes: number;
}

/** Runs every export once on `rows`; `clock` defaults to performance.now. */
export async function measureExports(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  rules: RuleSet = DEFAULT_RULES,
  clock: () => number = () => performance.now(),
): Promise<ExportTimings> {
  const t0 = clock();
  const indicators = computeSetIndicators(rows, rules);
  const blob = await buildXlsx([{ meta, rows, indicators }], { rules });
  const t1 = clock();
  const csv = buildCsv(rows, { timeZone: meta.timeZone });
  const t2 = clock();
  const html = buildReportHtml(rows, meta, indicators, { rules });
  const t3 = clock();
  allMessagesText(rows, { now: new Date(meta.generatedAt), timeZone: meta.timeZone });
  const t4 = clock();
  return {
    groups: rows.length,
    xlsxMs: t1 - t0,
    csvMs: t2 - t1,
    htmlMs: t3 - t2,
    messagesMs: t4 - t3,
    totalMs: t4 - t0,
    xlsxBytes: blob.size,
    csvBytes: new TextEncoder().encode(csv).length,
    htmlBytes: new TextEncoder().encode(html).length,
  };
}
