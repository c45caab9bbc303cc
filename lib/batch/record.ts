/**
 * From a read page and its audits to the history record: the page without its posts, both months' audits, the
 * numbers the set indicators and the trend need, and the settings used. Pure.
 */
import { itemPresences } from '../audit/items';
import type { Audit } from '../audit/types';
import type { AuditMetrics, AuditRecord, SettingsSnapshot } from '../history/records';
import { textPostsOf } from '../institutions/text-posts';
import type { CommunityPage, Presence } from '../types';

type WeekLike = Pick<Audit['month']['weeks'][number], 'posts' | 'required' | 'status'>;

/** Weekly posts as `scoreGroupSet` reads them: a failed week with enough posts (no «Госорганизация» mark) is #Н/Д. */
export function weeklyPostsOf(weeks: readonly WeekLike[]): (number | null)[] {
  return weeks.map((w) => (w.status === 'fail' && w.posts >= w.required ? null : w.posts));
}

function checkStatus(audit: Pick<Audit, 'checks'>, id: string): string {
  return audit.checks.find((c) => c.id === id)?.status ?? 'unknown';
}

export function metricsOf(page: CommunityPage, audit: Audit, previous: Audit | null): AuditMetrics {
  const d = audit.engagementDetail;
  const p = previous?.engagementDetail;
  return {
    year: audit.month.year,
    month: audit.month.month,
    weeks: weeklyPostsOf(audit.month.weeks),
    weekStatuses: audit.month.weeks.map((w) => w.status),
    frequency: checkStatus(audit, 'frequency'),
    prevYear: previous?.month.year ?? null,
    prevMonth: previous?.month.month ?? null,
    prevWeeks: previous === null ? null : weeklyPostsOf(previous.month.weeks),
    prevFrequency: previous === null ? null : checkStatus(previous, 'frequency'),
    prevEngagement:
      p === undefined ? null : { likes: p.likes, comments: p.comments, reposts: p.reposts, views: p.views },
    items: itemPresences(page),
    er: audit.engagement.rate,
    achievement: audit.engagement.achievement,
    likes: d.likes,
    comments: d.comments,
    reposts: d.reposts,
    views: d.views,
    members: page.members,
    reach: audit.breakdown.reach,
    predictedScore: audit.predictedScore,
  };
}

/**
 * The page as stored: everything but the posts (counts, and each own post's time and first words for «Публикация
 * сначала в MAX»: lib/institutions/text-posts.ts; no page HTML is ever kept).
 */
export function pageSummary(page: CommunityPage): NonNullable<AuditRecord['page']> {
  const { posts, scheduledPosts, ...rest } = page;
  return { ...rest, postCount: posts.length, scheduledCount: scheduledPosts?.length ?? null, ...textPostsOf(page) };
}

/** Strips the posts' id lists from an audit to keep records small (counts stay). */
function compactAudit(audit: Audit): Record<string, unknown> {
  return {
    ...audit,
    engagementDetail: {
      ...audit.engagementDetail,
      countedPostIds: audit.engagementDetail.countedPostIds.slice(0, 200),
    },
  };
}

export interface RecordInput {
  page: CommunityPage;
  audit: Audit;
  previous: Audit | null;
  at: Date;
  source: AuditRecord['source'];
  settings: SettingsSnapshot;
}

export function auditRecordOf(input: RecordInput): Omit<AuditRecord, 'id' | 'groupKey'> {
  const { page, audit, previous } = input;
  return {
    at: input.at.toISOString(),
    source: input.source,
    rulesVersion: audit.rulesVersion,
    status: page.partial ? 'partial' : 'complete',
    error: page.partial ?? null,
    page: pageSummary(page),
    postCount: page.posts.length,
    audit: compactAudit(audit),
    previous: previous === null ? null : compactAudit(previous),
    metrics: metricsOf(page, audit, previous),
    settings: input.settings,
  };
}

export function failedRecordOf(
  at: Date,
  source: AuditRecord['source'],
  error: string,
  settings: SettingsSnapshot,
  rulesVersion: number,
  page: CommunityPage | null = null,
): Omit<AuditRecord, 'id' | 'groupKey'> {
  return {
    at: at.toISOString(),
    source,
    rulesVersion,
    status: 'failed',
    error,
    page: page === null ? null : pageSummary(page),
    postCount: page?.posts.length ?? 0,
    audit: null,
    previous: null,
    metrics: null,
    settings,
  };
}

/** A stored presence value; anything but 'present' or 'missing' reads as 'unknown'. */
export function storedPresence(v: unknown): Presence {
  return v === 'present' || v === 'missing' ? v : 'unknown';
}
