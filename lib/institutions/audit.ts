/**
 * An institution as a whole (its pages on VK, OK, MAX, Telegram): per platform whether it has a page and whether
 * that page met the weekly norm this month; where the rule set asks, whether each VK/OK page links to the
 * institution's MAX channel (lib/institutions/max-link.ts); overall compliance — 'fail' only on proven failures (an
 * expected platform without a page, a failed week, a page read in full without the MAX link), 'pass' when every
 * expected platform is there, every page met the norm and every asked link was found, else 'unknown'. Pure; the lists
 * page and the reports feed it from their own rows. docs/institutions.md.
 */
import type { RuleSet } from '../audit/rules';
import { parsePlatformLink } from '../import/links';
import { type CheckStatus, isReadablePlatform, PLATFORMS, type Platform, type WeekStatus } from '../types';
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
}

/** What the rule set asks of an institution as a whole. */
export function institutionOptions(rules: RuleSet): InstitutionAuditOptions {
  return { expected: expectedPlatforms(rules), maxLinkRequired: rules.maxLinkRequired };
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
  let compliance: Compliance = 'unknown';
  if (missing.length > 0 || failed.length > 0 || maxLinks.some((l) => l.status === 'fail')) compliance = 'fail';
  else if (
    counted.length > 0 &&
    counted.every((p) => p.status === 'pass') &&
    maxLinks.every((l) => l.status === 'pass')
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
