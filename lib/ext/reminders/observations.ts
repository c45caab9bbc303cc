/** What the notifier observes of a group: from a fresh re-read or from the latest stored audit. */
import { storedPresence } from '../../batch/record';
import type { AuditRecord } from '../../history/records';
import type { GroupObservation } from '../../planning/notify';
import { latestAudits } from '../history';

/** An observation from a stored page summary and audit (a reminder, popup or batch read). */
export function observationOf(
  key: string,
  page: Record<string, unknown> | null,
  auditValue: Record<string, unknown> | null,
  readAt: string | null,
): GroupObservation | null {
  if (!page) return null;
  const audit = auditValue as unknown as GroupObservation['audit'] & { checks?: { id: string; status: string }[] };
  const rkn = audit?.checks?.find((c) => c.id === 'rkn-registration')?.status;
  const obs: GroupObservation = {
    key,
    name: typeof page.name === 'string' ? page.name : null,
    govMark: storedPresence(page.govMark),
    members: typeof page.members === 'number' ? page.members : null,
    rknStatus: rkn === 'pass' || rkn === 'fail' || rkn === 'unknown' || rkn === 'not-applicable' ? rkn : null,
    audit: audit?.month ? audit : null,
  };
  if (readAt) obs.readAt = readAt;
  return obs;
}

/**
 * The latest stored audits (popup visits, batch runs) of groups the background could not re-read itself — Chrome's
 * service worker has no DOMParser. Only reads newer than the notifier's memory count (the notifier checks).
 */
export async function historyObservations(
  keys: readonly string[],
  latest: (keys: readonly string[]) => Promise<Map<string, AuditRecord>> = latestAudits,
): Promise<GroupObservation[]> {
  if (keys.length === 0) return [];
  const records = await latest(keys).catch(() => new Map<string, AuditRecord>());
  const out: GroupObservation[] = [];
  for (const [key, r] of records) {
    if (r.status === 'failed') continue;
    const obs = observationOf(key, r.page, r.audit, r.at);
    if (obs) out.push(obs);
  }
  return out;
}
