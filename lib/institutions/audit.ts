/**
 * An institution as a whole (its pages on VK, OK, MAX, Telegram): per platform whether it has a page and whether
 * that page met the weekly norm this month; where the rule set asks, whether each VK/OK page links to the
 * institution's MAX channel (lib/institutions/max-link.ts); overall compliance — 'fail' only on proven failures (an
 * expected platform without a page, a failed week, a page read in full without the MAX link, a week of posts proven
 * not first in MAX: lib/institutions/max-first.ts), 'pass' when every expected platform is there, every page met the
 * norm, every asked link was found and every week was MAX first where asked, else 'unknown'. Pure; the lists
 * page and the reports feed it from their own rows. docs/institutions.md.
 */
import type { RuleSet } from '../audit/rules';
import { parsePlatformLink } from '../import/links';
import { type CheckStatus, isReadablePlatform, PLATFORMS, type Platform, type WeekStatus } from '../types';
import { type MaxFirstMonth, type MaxFirstOptions, maxFirstMonth, type PageTexts } from './max-first';
import { type MaxLinkPage, type MaxLinkReason, maxLinkCheck } from './max-link';

export type ReadState = 'complete' | 'partial' | 'failed' | 'never';
export type MonthState = 'pass' | 'fail' | 'progress' | 'unknown';

/** The month's state from its frequency check and week statuses (the reports' «Частотность выполнена»). */
export function monthState(frequency: string | null | undefined, weeks: readonly (WeekStatus | null)[]): MonthState {
  if (frequency === 'pass' || frequency === 'fail') return frequency;
  if (weeks.includes('fail')) return 'fail';
  if (weeks.includes('pending') && !weeks.includes('unknown') && !weeks.includes(null)) return 'progress';
  return 'unknown';
}

/** What the institution view needs of one page (from a results-table row or a report row). */
export interface InstitutionPage {
  key: string;
  site: Platform;
  url: string;
  /** The month's weekly norm: met, failed, in progress (weeks running, none failed), unknown; null: never read
   * or entered. */
  month: MonthState | null;
  read: ReadState;
  source: 'page' | 'manual';
  /** What the last read of a VK/OK page found of its links (null: never read or not a read page). */
  links?: MaxLinkPage | null;
  /** «MAX first»: the stored page's posts with first words (VK/OK) or MAX posts entered (lib/institutions/max-first.ts). */
  texts?: PageTexts | null;
  /** ISO instant of the last read (VK/OK): posts published later are not known. */
  at?: string | null;
}

/** «Ссылка на канал MAX» on one VK/OK page of the institution. */
export interface PageMaxLink {
  key: string;
  site: Platform;
  url: string;
  status: CheckStatus;
  reason: MaxLinkReason;
}

/** A platform of the institution: its pages and their combined month status. */
export interface PlatformState {
  platform: Platform;
  /** The rule set expects the institution to be on this platform. */
  expected: boolean;
  keys: string[];
  /** 'missing': expected, no page; 'none': not expected, no page; else the pages' month: fail > unknown > pass. */
  status: 'pass' | 'fail' | 'unknown' | 'pending' | 'missing' | 'none';
}

export type Compliance = 'pass' | 'fail' | 'unknown';

export interface InstitutionAudit {
  id: string;
  name: string;
  pages: InstitutionPage[];
  platforms: PlatformState[];
  compliance: Compliance;
  /** What makes it fail, for messages: platforms missing and platforms whose norm failed. */
  missing: Platform[];
  failed: Platform[];
  /** The MAX-link check of each VK/OK page, when the rule set asks for the link and the institution has a MAX page. */
  maxLinks: PageMaxLink[];
  /** «Публикация сначала в MAX» per week of the month asked, when the rule set asks and the institution has a MAX
   * page and a VK/OK page; null otherwise. */
  maxFirst: MaxFirstMonth | null;
}

function pageStatus(page: InstitutionPage): PlatformState['status'] {
  if (page.month === 'progress') return 'pending';
  return page.month ?? 'unknown';
}

function combined(statuses: readonly PlatformState['status'][]): PlatformState['status'] {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('unknown')) return 'unknown';
  if (statuses.includes('pending')) return 'pending';
  return 'pass';
}

/** Platforms the rule set expects every institution to be on (none until a regional preset asks). */
export function expectedPlatforms(rules: RuleSet): Platform[] {
  return [...rules.expectedPlatforms];
}

export interface InstitutionAuditOptions {
  /** Platforms the rule set expects every institution to be on (none by default: only its own pages count). */
  expected?: readonly Platform[];
  /** The VK/OK pages must link to the institution's MAX channel (Sverdlovsk). */
  maxLinkRequired?: boolean;
  /** Check «MAX first» for this month (Sverdlovsk's `maxFirst`). */
  maxFirst?: MaxFirstOptions;
}

/** What the rule set asks of an institution as a whole; «MAX first» needs the month shown and the time now. */
export function institutionOptions(
  rules: RuleSet,
  at?: { year: number; month: number; now: Date },
): InstitutionAuditOptions {
  const out: InstitutionAuditOptions = { expected: expectedPlatforms(rules), maxLinkRequired: rules.maxLinkRequired };
  if (rules.maxFirst && at !== undefined) out.maxFirst = { ...at, timeZone: rules.timeZone };
  return out;
}

/** «MAX first» of the institution's VK/OK pages against the MAX posts entered for all its MAX pages. */
function maxFirstOf(pages: readonly InstitutionPage[], options: MaxFirstOptions): MaxFirstMonth | null {
  const max = pages.filter((p) => p.site === 'max');
  const read = pages.filter((p) => isReadablePlatform(p.site));
  if (max.length === 0 || read.length === 0) return null;
  const completeOf = (p: InstitutionPage) => p.texts?.maxComplete ?? [];
  // a month is complete when every MAX page of the institution says so
  const complete = completeOf(max[0] as InstitutionPage).filter((m) =>
    max.every((p) => completeOf(p).some((c) => c.year === m.year && c.month === m.month)),
  );
  return maxFirstMonth(
    read.map((p) => ({
      key: p.key,
      site: p.site,
      posts: p.read === 'never' ? null : (p.texts?.textPosts ?? null),
      since: p.texts?.textPostsSince ?? null,
      until: p.at ?? null,
    })),
    { posts: max.flatMap((p) => p.texts?.maxPosts ?? []), complete },
    options,
  );
}

/** The institution's MAX channels as list keys (`max:@name`, `max:-id`, `max:join:…`), from the pages' addresses. */
function maxKeysOf(pages: readonly InstitutionPage[]): string[] {
  const keys: string[] = [];
  for (const page of pages) {
    if (page.site !== 'max') continue;
    const parsed = parsePlatformLink(page.url);
    keys.push(parsed.ok ? parsed.link.key : page.key);
  }
  return keys;
}

export function auditInstitution(
  institution: { id: string; name: string },
  pages: readonly InstitutionPage[],
  options: InstitutionAuditOptions = {},
): InstitutionAudit {
  const expected = new Set(options.expected ?? []);
  const platforms = PLATFORMS.map((platform): PlatformState => {
    const own = pages.filter((p) => p.site === platform);
    const status =
      own.length === 0 ? (expected.has(platform) ? 'missing' : 'none') : combined(own.map((p) => pageStatus(p)));
    return { platform, expected: expected.has(platform), keys: own.map((p) => p.key), status };
  });
  const counted = platforms.filter((p) => p.status !== 'none');
  const missing = counted.filter((p) => p.status === 'missing').map((p) => p.platform);
  const failed = counted.filter((p) => p.status === 'fail').map((p) => p.platform);
  const maxKeys = maxKeysOf(pages);
  const maxLinks =
    options.maxLinkRequired === true && maxKeys.length > 0
      ? pages
          .filter((p) => isReadablePlatform(p.site))
          .map((p): PageMaxLink => {
            const r = maxLinkCheck(p.links ?? null, maxKeys, { required: true });
            return { key: p.key, site: p.site, url: p.url, status: r.status, reason: r.reason };
          })
      : [];
  const maxFirst = options.maxFirst === undefined ? null : maxFirstOf(pages, options.maxFirst);
  let compliance: Compliance = 'unknown';
  if (
    missing.length > 0 ||
    failed.length > 0 ||
    maxLinks.some((l) => l.status === 'fail') ||
    maxFirst?.status === 'fail'
  )
    compliance = 'fail';
  else if (
    counted.length > 0 &&
    counted.every((p) => p.status === 'pass') &&
    maxLinks.every((l) => l.status === 'pass') &&
    (maxFirst === null || maxFirst.status === 'pass')
  )
    compliance = 'pass';
  return {
    id: institution.id,
    name: institution.name,
    pages: [...pages],
    platforms,
    compliance,
    missing,
    failed,
    maxLinks,
    maxFirst,
  };
}

/** Groups pages by institution, in the order of their first page; pages of no institution are left out. */
export function groupByInstitution<T extends { institutionId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    if (row.institutionId === null) continue;
    const list = out.get(row.institutionId) ?? [];
    list.push(row);
    out.set(row.institutionId, list);
  }
  return out;
}
