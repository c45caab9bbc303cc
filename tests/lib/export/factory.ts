/**
 * Test factory: Audit-shaped objects per the issue-2 contract, until the engine (lib/audit) is used directly.
 */
import type { ReportAudit, ReportRow } from '../../../lib/export/types';
import type { CheckId, CheckStatus, CommunityPage, Presence, WeekNumber, WeekStatus } from '../../../lib/types';

export interface RowSpec {
  name?: string;
  url?: string;
  site?: 'vk' | 'ok';
  members?: number | null;
  audienceSize?: number | null;
  weeks?: [number, WeekStatus][];
  checks?: Partial<Record<CheckId, CheckStatus | [CheckStatus, string]>>;
  rate?: number | null;
  achievement?: number | null;
  score?: number | null;
  range?: { min: number; max: number } | null;
  readStatus?: ReportRow['readStatus'];
  checkedAt?: string;
  error?: string;
  noAudit?: boolean;
  month?: { year: number; month: number };
  /** Pooled counters of the counted posts; default: 1000 views and the reactions giving `rate`. */
  counters?: { likes: number; comments: number; reposts: number; views: number };
}

const ALL: CheckId[] = [
  'cover',
  'avatar',
  'description',
  'pos-widget',
  'gov-mark',
  'frequency',
  'engagement',
  'reach',
  'rkn-registration',
];

export function makeAudit(spec: RowSpec = {}): ReportAudit {
  const weeks = spec.weeks ?? [
    [4, 'pass'],
    [3, 'pass'],
    [1, 'pending'],
    [0, 'pending'],
  ];
  const checks = ALL.map((id) => {
    const v = spec.checks?.[id] ?? (id === 'rkn-registration' ? 'not-applicable' : id === 'reach' ? 'unknown' : 'pass');
    const [status, reason] = Array.isArray(v) ? v : [v, v === 'unknown' ? 'input-missing' : 'ok'];
    return { id, status, reason };
  });
  const rate = spec.rate === undefined ? 2.33 : spec.rate;
  const achievement = spec.achievement === undefined ? 77.67 : spec.achievement;
  const status = (id: CheckId) => checks.find((c) => c.id === id)?.status;
  const items = (['cover', 'avatar', 'description', 'pos-widget'] as const).map(status);
  const known = items.filter((s) => s === 'pass' || s === 'fail').length;
  const members = spec.members === undefined ? 1234 : spec.members;
  const audience = spec.audienceSize ?? null;
  return {
    checks,
    month: {
      year: spec.month?.year ?? 2026,
      month: spec.month?.month ?? 11,
      // As the engine: the first pending week is the running one (contains `now`), the later ones are to come.
      weeks: weeks.map(([posts, status], i) => ({
        week: (i + 1) as WeekNumber,
        posts,
        required: 3,
        status,
        current: status === 'pending' && weeks.findIndex(([, s]) => s === 'pending') === i,
      })),
    },
    engagement: { rate, achievement },
    predictedScore: spec.score === undefined ? 88.3 : spec.score,
    predictedRange: spec.range === undefined ? null : spec.range,
    breakdown: {
      frequency: weeks.some(([, s]) => s === 'fail') ? 0 : 100,
      engagement: achievement,
      reach: members !== null && audience !== null && audience > 0 ? Math.min((members / audience) * 100, 100) : null,
      minRequirements: known === 0 ? null : (items.filter((s) => s === 'pass').length / known) * 100,
    },
    engagementDetail: spec.counters ?? {
      likes: rate === null ? 0 : Math.round(rate * 10),
      comments: 0,
      reposts: 0,
      views: rate === null ? 0 : 1000,
    },
  };
}

const PRESENCE = { pass: 'present', fail: 'missing' } as const;

/** What the reader saw, consistent with the audit's check (unknown when the check could not tell). */
function seen(spec: RowSpec, id: CheckId): Presence {
  const v = spec.checks?.[id] ?? 'pass';
  const s = Array.isArray(v) ? v[0] : v;
  return s === 'pass' || s === 'fail' ? PRESENCE[s] : 'unknown';
}

export function makePage(spec: RowSpec = {}): CommunityPage {
  return {
    site: spec.site ?? 'vk',
    url: spec.url ?? 'https://vk.com/club1',
    id: '1',
    name: spec.name ?? 'Школа №1',
    members: spec.members === undefined ? 1234 : spec.members,
    avatar: seen(spec, 'avatar'),
    cover: seen(spec, 'cover'),
    description: seen(spec, 'description'),
    descriptionText: 'Описание',
    posWidget: seen(spec, 'pos-widget'),
    govMark: seen(spec, 'gov-mark'),
    registryLink: null,
    posts: [],
    layout: 'test',
    postsSince: '2026-10-25T00:00:00Z',
  };
}

export function makeRow(spec: RowSpec = {}): ReportRow {
  const members = spec.members === undefined ? 1234 : spec.members;
  return {
    group: {
      name: spec.name ?? 'Школа №1',
      url: spec.url ?? 'https://vk.com/club1',
      site: spec.site ?? 'vk',
      members,
      audienceSize: spec.audienceSize,
    },
    page: spec.noAudit ? null : makePage(spec),
    audit: spec.noAudit ? null : makeAudit(spec),
    readStatus: spec.readStatus ?? (spec.noAudit ? 'failed' : 'complete'),
    checkedAt: spec.checkedAt ?? '2026-11-26T08:02:00Z',
    error: spec.error,
  };
}

/** A deterministic mixed list of `n` groups (varied statuses, some unreadable, hostile names). */
export function makeList(n: number): ReportRow[] {
  const rows: ReportRow[] = [];
  const names = ['=HYPERLINK("http://evil","x")', '+79991234567', '-1', '@SUM(A1:A2)', '<script>alert(1)</script>'];
  for (let i = 0; i < n; i += 1) {
    const kind = i % 7;
    rows.push(
      makeRow({
        name: names[i] ?? `МБОУ «Школа №${i + 1}» г. Челябинска`,
        url: i % 2 ? `https://ok.ru/group/${1000 + i}` : `https://vk.com/club${1000 + i}`,
        site: i % 2 ? 'ok' : 'vk',
        members: kind === 3 ? 12_500 + i : 300 + i * 17,
        audienceSize: kind === 2 ? null : 1000 + i,
        weeks: [[3 + (i % 4), 'pass'], kind === 1 ? [1, 'fail'] : [5, 'pass'], [i % 3, 'pending'], [0, 'pending']],
        checks: {
          cover: kind === 4 ? 'fail' : 'pass',
          'gov-mark': kind === 5 ? 'fail' : kind === 6 ? 'unknown' : 'pass',
          frequency: kind === 1 || kind === 5 ? 'fail' : ['unknown', 'in-progress'],
          engagement: i % 3 === 0 ? 'pass' : 'fail',
          reach: kind === 2 ? ['unknown', 'input-missing'] : 'fail',
          'rkn-registration': kind === 3 ? (i % 2 ? 'fail' : ['unknown', 'application-pending']) : 'not-applicable',
        },
        rate: i % 3 === 0 ? 3.5 : 1.25 + (i % 10) / 10,
        achievement: i % 3 === 0 ? 100 : Math.round(((1.25 + (i % 10) / 10) / 3) * 10000) / 100,
        score: kind === 2 ? null : 40 + (i % 50),
        range: kind === 2 ? { min: 30, max: 50.55 } : null,
        noAudit: i % 11 === 10,
        error: i % 11 === 10 ? 'HTTP 403' : undefined,
        readStatus: i % 11 === 10 ? 'failed' : i % 13 === 12 ? 'partial' : 'complete',
      }),
    );
  }
  return rows;
}
