/** The bench table: one row per measure, with its figure, its budget or target, and a verdict. */

/** ACCEPTED: over the target but within what was accepted for now (TimingTarget.accepted). */
export type Status = 'OK' | 'ACCEPTED' | 'OVER' | 'FAIL' | 'n/a';

export interface BudgetRow {
  group: string;
  measure: string;
  figure: string;
  target: string;
  status: Status;
}

export function judge(value: number, limit: number, accepted?: number): Status {
  if (!Number.isFinite(value)) return 'n/a';
  if (value <= limit) return 'OK';
  return accepted !== undefined && value <= accepted ? 'ACCEPTED' : 'OVER';
}

/** A plain-text table (also valid Markdown). */
export function renderTable(rows: readonly BudgetRow[]): string {
  const header: BudgetRow = { group: 'Area', measure: 'Measure', figure: 'Figure', target: 'Budget', status: 'n/a' };
  const cells = (r: BudgetRow) => [r.group, r.measure, r.figure, r.target, r === header ? 'Status' : r.status];
  const all = [header, ...rows].map(cells);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...all.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(all[0] ?? []), sep, ...all.slice(1).map(line)].join('\n');
}
