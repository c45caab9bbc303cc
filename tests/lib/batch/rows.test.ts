import { describe, expect, it } from 'vitest';
import { rowOf } from '../../../lib/batch/rows';
import { rowFromRecords } from '../../../lib/export/from-history';
import type { AuditRecord, GroupRecord } from '../../../lib/ext/history';
import { makeAudit } from '../export/factory';

const group: GroupRecord = {
  key: 'vk:@school5',
  site: 'vk',
  url: 'https://vk.com/school5',
  name: 'Школа № 5',
  id: null,
  screenName: 'school5',
  audienceSize: null,
  category: null,
  addedAt: '2026-11-01T00:00:00.000Z',
};

function record(audit: unknown): AuditRecord {
  // Stored pages have no posts
  const page = { site: 'vk' as const, url: group.url, id: '123', members: 4200 };
  return {
    groupKey: group.key,
    at: '2026-11-20T09:00:00.000Z',
    source: 'batch',
    rulesVersion: 1,
    status: 'complete',
    error: null,
    page,
    postCount: 12,
    audit: audit as AuditRecord['audit'],
    previous: null,
    metrics: null,
    settings: null,
  };
}

describe('rowOf: the batch table and the reports read a stored audit the same way', () => {
  it('takes the audience size the popup saved under the page id, as the report does', () => {
    const r = record(makeAudit({ score: 81.5 }));
    const sizes = { 'vk:123': 5000, 'vk:@school5': 1 };
    expect(rowOf(group, r, sizes).audienceSize).toBe(5000);
    expect(rowFromRecords(group, r, sizes).group.audienceSize).toBe(5000);
    expect(rowOf(group, r, sizes).predicted).toBe(81.5);
  });

  it('shows a stored audit that does not fit the contract as a failed read in both', () => {
    const broken = { ...makeAudit(), checks: [{ id: 'cover', status: 'maybe' }] };
    expect(rowOf(group, record(broken)).read).toBe('failed');
    expect(rowFromRecords(group, record(broken)).readStatus).toBe('failed');
  });

  it('drops a check this build does not know (a backup from a newer version) and keeps the rest', () => {
    const audit = makeAudit({ checks: { cover: 'fail' } });
    const newer = { ...audit, checks: [...audit.checks, { id: 'future-check', status: 'fail', reason: 'x' }] };
    const row = rowOf(group, record(newer));
    expect(row.read).toBe('complete');
    expect(row.checks.cover).toBe('fail');
    expect(Object.keys(row.checks)).not.toContain('future-check');
    expect(rowFromRecords(group, record(newer)).audit?.checks.map((c) => c.id)).not.toContain('future-check');
  });
});
