/**
 * Imported list records (zod-validated) and the merge of duplicates. Pure.
 */
import * as z from 'zod/mini';
import { SiteSchema } from '../types';
import { type LinkErrorReason, parseGroupLink, splitLinkLine } from './links';

export const ImportedGroupSchema = z.object({
  site: SiteSchema,
  key: z.string().check(z.minLength(4)),
  url: z.string(),
  name: z.nullable(z.string().check(z.maxLength(300))),
  audienceSize: z.nullable(z.number().check(z.int(), z.positive())),
  category: z.nullable(z.string().check(z.maxLength(200))),
  /** A «визитка» page (docs/rule-sets.md); null when the import does not say (a known group keeps its flag). */
  businessCard: z.optional(z.nullable(z.boolean())),
  /** 1-based line (paste) or row (CSV/XLSX, the header is row 1) it came from. */
  line: z.number().check(z.int(), z.positive()),
});
export type ImportedGroup = z.infer<typeof ImportedGroupSchema>;

export type ImportIssueReason =
  | LinkErrorReason
  /** The row has no link at all. */
  | 'missing-link'
  /** The audience size is not a positive whole number (the group itself is kept). */
  | 'bad-audience-size'
  /** The «визитка» cell is neither yes nor no (the group is kept without the flag). */
  | 'bad-business-card'
  /** No column with links was found in the file. */
  | 'no-link-column'
  /** The file could not be read. */
  | 'unreadable-file';

export interface ImportIssue {
  /** 1-based line or row; 0 for the whole file. */
  line: number;
  text: string;
  reason: ImportIssueReason;
  /** The group was kept despite the issue (e.g. a bad audience size). */
  kept: boolean;
}

export interface ImportDuplicate {
  line: number;
  key: string;
  /** The line the group was first seen on. */
  firstLine: number;
}

export interface ImportResult {
  groups: ImportedGroup[];
  issues: ImportIssue[];
  duplicates: ImportDuplicate[];
}

export interface RawRow {
  line: number;
  link: string;
  name?: string | null;
  audience?: string | number | null;
  category?: string | null;
  businessCard?: string | null;
}

const YES = new Set(['да', 'д', 'yes', 'y', 'true', '1', '+', 'x', 'х', 'v', '✓', '✔', 'визитка']);
const NO = new Set(['нет', 'н', 'no', 'n', 'false', '0', '-', '−', '—']);

/** «да», «1», «+», «визитка» → true; «нет», «0», «-» → false; empty → null; anything else → undefined (an issue). */
export function parseBusinessCard(value: string | null | undefined): boolean | null | undefined {
  const text = (value ?? '').trim().toLowerCase().replace(/ё/g, 'е');
  if (text === '') return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/** «12 345», «12345», 12345 → 12345; '' → null; anything else → NaN. */
export function parseAudienceSize(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : Number.NaN;
  const text = value.replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return Number.NaN;
  const n = Number(text);
  return n > 0 ? n : Number.NaN;
}

function clean(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, max);
}

/** Turns raw rows into validated groups; duplicates merged by key (later rows fill what earlier rows left empty). */
export function buildImport(rows: readonly RawRow[], extraIssues: ImportIssue[] = []): ImportResult {
  const byKey = new Map<string, ImportedGroup>();
  const issues: ImportIssue[] = [...extraIssues];
  const duplicates: ImportDuplicate[] = [];
  for (const row of rows) {
    const linkText = row.link.trim();
    if (linkText === '') {
      issues.push({ line: row.line, text: row.name ?? '', reason: 'missing-link', kept: false });
      continue;
    }
    const parsed = parseGroupLink(linkText);
    if (!parsed.ok) {
      issues.push({ line: row.line, text: linkText, reason: parsed.reason, kept: false });
      continue;
    }
    let audienceSize = parseAudienceSize(row.audience);
    if (audienceSize !== null && Number.isNaN(audienceSize)) {
      issues.push({ line: row.line, text: String(row.audience ?? ''), reason: 'bad-audience-size', kept: true });
      audienceSize = null;
    }
    let businessCard = parseBusinessCard(row.businessCard);
    if (businessCard === undefined) {
      issues.push({ line: row.line, text: String(row.businessCard ?? ''), reason: 'bad-business-card', kept: true });
      businessCard = null;
    }
    const category = clean(row.category, 200);
    // St Petersburg's page types: a category «визитка» marks the page as one unless the row says otherwise.
    if (businessCard === null && category?.toLowerCase() === 'визитка') businessCard = true;
    const candidate = ImportedGroupSchema.parse({
      site: parsed.link.site,
      key: parsed.link.key,
      url: parsed.link.url,
      name: clean(row.name, 300),
      audienceSize,
      category,
      ...(businessCard === null ? {} : { businessCard }),
      line: row.line,
    });
    const existing = byKey.get(candidate.key);
    if (existing === undefined) {
      byKey.set(candidate.key, candidate);
      continue;
    }
    duplicates.push({ line: row.line, key: candidate.key, firstLine: existing.line });
    byKey.set(candidate.key, {
      ...existing,
      name: existing.name ?? candidate.name,
      audienceSize: existing.audienceSize ?? candidate.audienceSize,
      category: existing.category ?? candidate.category,
      ...(existing.businessCard != null || candidate.businessCard != null
        ? { businessCard: existing.businessCard ?? candidate.businessCard }
        : {}),
    });
  }
  issues.sort((a, b) => a.line - b.line);
  return { groups: [...byKey.values()], issues, duplicates };
}

/** Pasted text: one link per line, any VK/OK form, optionally with a name next to it. Empty lines are skipped. */
export function parsePastedLinks(text: string): ImportResult {
  const rows: RawRow[] = [];
  const issues: ImportIssue[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const split = splitLinkLine(line);
    if (split === null) {
      issues.push({ line: index + 1, text: line, reason: 'not-a-link', kept: false });
      return;
    }
    rows.push({ line: index + 1, link: split.link, name: split.rest === '' ? null : split.rest });
  });
  return buildImport(rows, issues);
}
