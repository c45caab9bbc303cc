/**
 * Imported list records (zod-validated), institutions (one row = one institution's pages on VK, OK, MAX, Telegram),
 * hand-entered MAX/Telegram figures and the merge of duplicates. Pure. See docs/institutions.md.
 */
import * as z from 'zod/mini';
import { type Platform, PlatformSchema } from '../types';
import { type LinkErrorReason, type PlatformLink, parsePlatformLink, splitLinksLine } from './links';

export const ImportedGroupSchema = z.object({
  site: PlatformSchema,
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

/** One institution: its pages (keys of `ImportResult.groups`) on the platforms its row named. */
export interface ImportedInstitution {
  line: number;
  name: string | null;
  category: string | null;
  keys: string[];
}

/** Platforms whose figures are entered by hand (never read). */
export type ManualPlatform = Extract<Platform, 'max' | 'telegram'>;

/** Figures of a MAX/Telegram page from the file's figure columns. `month` null: the file named none (the caller
 * applies the current month). */
export interface ImportedFigures {
  line: number;
  key: string;
  month: { year: number; month: number } | null;
  subscribers: number | null;
  /** Posts in evaluation weeks 1–4; null = not given. */
  weeks: (number | null)[];
}

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
  | 'unreadable-file'
  /** A platform column holds a link of another platform (kept under its real platform). */
  | 'wrong-platform-column'
  /** One institution names two pages of one platform (both kept). */
  | 'two-pages-same-platform'
  /** A page already belongs to an institution of an earlier row (it stays there). */
  | 'page-in-two-institutions'
  /** `max.ru/@name` (does not open in MAX) kept as `max.ru/name`. */
  | 'max-at-form'
  /** A post's link, kept as its channel. */
  | 'post-link'
  /** A figure (subscribers, posts of a week) is not a whole number ≥ 0 (left empty). */
  | 'bad-figure'
  /** The month is not «12.2026», «2026-12» or «декабрь 2026» (the current month is used). */
  | 'bad-month'
  /** Figures for a platform the row has no page on (not imported). */
  | 'figures-without-page';

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
  institutions: ImportedInstitution[];
  figures: ImportedFigures[];
}

export const emptyImport = (issues: ImportIssue[] = []): ImportResult => ({
  groups: [],
  issues,
  duplicates: [],
  institutions: [],
  figures: [],
});

export interface RawFigures {
  platform: ManualPlatform;
  subscribers?: string | number | null;
  /** Weeks 1–4 in order; missing entries = not given. */
  weeks?: (string | number | null | undefined)[];
}

export interface RawRow {
  line: number;
  /** The generic link cell: one link, or several (a row of an institution's pages). */
  link: string;
  /** Cells of platform columns («ВК», «ОК», «MAX», «Telegram»). */
  links?: { platform: Platform; text: string }[];
  name?: string | null;
  audience?: string | number | null;
  category?: string | null;
  figures?: RawFigures[];
  month?: string | null;
  /** The row is one institution even with a single page (the table has platform columns). */
  institution?: boolean;
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

/** A hand-entered figure: a whole number ≥ 0 («1 200», 0); '' → null; anything else → NaN. */
export function parseFigure(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : Number.NaN;
  const text = value.replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

const MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'мая|май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const MONTH_STEMS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** «12.2026», «12/2026», «2026-12», «2026-12-01T00:00:00.000Z» (an Excel date), «декабрь 2026», «Dec 2026». */
export function parseMonth(value: string | null | undefined): { year: number; month: number } | null | 'bad' {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return null;
  const ok = (year: number, month: number) =>
    month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? { year, month } : ('bad' as const);
  let m = /^(\d{1,2})\s*[./-]\s*(\d{4})(?:\s*г\.?)?$/.exec(text);
  if (m) return ok(Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})(?:-\d{2}(?:t[\d:.]+z?)?)?$/.exec(text);
  if (m) return ok(Number(m[1]), Number(m[2]));
  m = /^([a-zа-яё]+)\.?\s+(\d{4})(?:\s*г(?:ода?)?\.?)?$/.exec(text);
  if (m?.[1] !== undefined) {
    const word = m[1];
    const ru = MONTH_STEMS.findIndex((stem) => new RegExp(`^(?:${stem})`).test(word));
    const en = MONTH_STEMS_EN.findIndex((stem) => word.startsWith(stem));
    const index = ru >= 0 ? ru : en;
    if (index >= 0) return ok(Number(m[2]), index + 1);
  }
  return 'bad';
}

function clean(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, max);
}

/** The link texts of a cell: every link token in it, or the whole text when it has none (reported as not a link). */
function linkTexts(cell: string): string[] {
  const text = cell.trim();
  if (text === '') return [];
  return splitLinksLine(text)?.links ?? [text];
}

/** Turns raw rows into validated groups and institutions; duplicates merged by key (later rows fill what earlier rows
 * left empty); a page named by two institutions stays with the first. */
export function buildImport(rows: readonly RawRow[], extraIssues: ImportIssue[] = []): ImportResult {
  const byKey = new Map<string, ImportedGroup>();
  const issues: ImportIssue[] = [...extraIssues];
  const duplicates: ImportDuplicate[] = [];
  const institutions: ImportedInstitution[] = [];
  const figures: ImportedFigures[] = [];
  /** Which institution (index) a key belongs to. */
  const owner = new Map<string, number>();
  const issue = (line: number, text: string, reason: ImportIssueReason, kept: boolean) =>
    issues.push({ line, text, reason, kept });

  for (const row of rows) {
    const texts: { text: string; column: Platform | null }[] = [
      ...linkTexts(row.link).map((text) => ({ text, column: null })),
      ...(row.links ?? []).flatMap((l) => linkTexts(l.text).map((text) => ({ text, column: l.platform }))),
    ];
    if (texts.length === 0) {
      issue(row.line, row.name ?? '', 'missing-link', false);
      continue;
    }
    const pages: PlatformLink[] = [];
    for (const { text, column } of texts) {
      const parsed = parsePlatformLink(text);
      if (!parsed.ok) {
        issue(row.line, text, parsed.reason, false);
        continue;
      }
      if (column !== null && parsed.link.site !== column) issue(row.line, text, 'wrong-platform-column', true);
      if (parsed.link.note !== undefined) issue(row.line, text, parsed.link.note, true);
      pages.push(parsed.link);
    }
    if (pages.length === 0) continue;

    let audienceSize = parseAudienceSize(row.audience);
    if (audienceSize !== null && Number.isNaN(audienceSize)) {
      issue(row.line, String(row.audience ?? ''), 'bad-audience-size', true);
      audienceSize = null;
    }
    let businessCard = parseBusinessCard(row.businessCard);
    if (businessCard === undefined) {
      issue(row.line, String(row.businessCard ?? ''), 'bad-business-card', true);
      businessCard = null;
    }
    const name = clean(row.name, 300);
    const category = clean(row.category, 200);
    // St Petersburg's page types: a category «визитка» marks the page as one unless the row says otherwise.
    if (businessCard === null && category?.toLowerCase() === 'визитка') businessCard = true;
    const isInstitution = row.institution === true || new Set(pages.map((p) => p.key)).size > 1;
    const index = institutions.length;
    const keys: string[] = [];
    const platforms = new Set<Platform>();
    for (const link of pages) {
      const candidate = ImportedGroupSchema.parse({
        site: link.site,
        key: link.key,
        url: link.url,
        name,
        audienceSize,
        category,
        ...(businessCard === null ? {} : { businessCard }),
        line: row.line,
      });
      const existing = byKey.get(candidate.key);
      if (existing === undefined) byKey.set(candidate.key, candidate);
      else if (!keys.includes(candidate.key)) {
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
      if (!isInstitution || keys.includes(link.key)) continue;
      const first = owner.get(link.key);
      if (first !== undefined) {
        issue(row.line, link.url, 'page-in-two-institutions', true);
        continue;
      }
      if (platforms.has(link.site)) issue(row.line, link.url, 'two-pages-same-platform', true);
      platforms.add(link.site);
      owner.set(link.key, index);
      keys.push(link.key);
    }
    if (isInstitution && keys.length > 0) institutions.push({ line: row.line, name, category, keys });

    const figureRows = (row.figures ?? []).filter(
      (f) => parseFigure(f.subscribers) !== null || (f.weeks ?? []).some((w) => parseFigure(w) !== null),
    );
    if (figureRows.length === 0) continue;
    let month = parseMonth(row.month);
    if (month === 'bad') {
      issue(row.line, row.month ?? '', 'bad-month', true);
      month = null;
    }
    for (const f of figureRows) {
      const page = pages.find((p) => p.site === f.platform);
      if (page === undefined) {
        issue(row.line, f.platform, 'figures-without-page', false);
        continue;
      }
      const figure = (value: string | number | null | undefined): number | null => {
        const n = parseFigure(value);
        if (n !== null && Number.isNaN(n)) {
          issue(row.line, String(value), 'bad-figure', true);
          return null;
        }
        return n;
      };
      figures.push({
        line: row.line,
        key: page.key,
        month,
        subscribers: figure(f.subscribers),
        weeks: [0, 1, 2, 3].map((i) => figure(f.weeks?.[i])),
      });
    }
  }
  issues.sort((a, b) => a.line - b.line);
  return { groups: [...byKey.values()], issues, duplicates, institutions, figures };
}

/** A name for grouping pasted lines: case, «ё», quotes and spacing do not matter. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pasted text: one page per line (any VK, OK, MAX or Telegram form, optionally with a name next to it), or one
 * institution per line (a row copied from Excel: name, then its links). Lines of one link with the same name and
 * different platforms form one institution. Empty lines are skipped.
 */
export function parsePastedLinks(text: string): ImportResult {
  const rows: RawRow[] = [];
  const issues: ImportIssue[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const split = splitLinksLine(line);
    if (split === null) {
      issues.push({ line: index + 1, text: line, reason: 'not-a-link', kept: false });
      return;
    }
    rows.push({ line: index + 1, link: split.links.join(' '), name: split.rest === '' ? null : split.rest });
  });
  // Same-name single-link lines on different platforms: one institution (first line's number and name).
  const buckets = new Map<string, RawRow[]>();
  for (const row of rows) {
    const links = linkTexts(row.link);
    if (row.name == null || links.length !== 1) continue;
    const bucket = buckets.get(nameKey(row.name)) ?? [];
    bucket.push(row);
    buckets.set(nameKey(row.name), bucket);
  }
  const merged = new Set<RawRow>();
  const replacement = new Map<RawRow, RawRow>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const platforms = bucket.map((r) => {
      const parsed = parsePlatformLink(r.link);
      return parsed.ok ? parsed.link.site : null;
    });
    if (platforms.includes(null) || new Set(platforms).size !== platforms.length) continue;
    const [first, ...others] = bucket;
    if (first === undefined) continue;
    replacement.set(first, { ...first, link: bucket.map((r) => r.link).join(' '), institution: true });
    for (const r of others) merged.add(r);
  }
  const grouped = rows.filter((r) => !merged.has(r)).map((r) => replacement.get(r) ?? r);
  return buildImport(grouped, issues);
}
