/**
 * The audience size a stored group's reach indicator uses, one rule for the batch table, its set indicators and the
 * reports: the size entered for the group in its list, else the size the user saved in the popup's settings — kept
 * there under the page's key (`site:<numeric id>`, as the popup knows it) — else under the list's key (which is
 * `site:@name` for a group added by its short name). Pure.
 */
import type { AuditRecord, GroupRecord } from '../history/records';

export type AudienceSizes = Readonly<Record<string, number>>;

export function audienceSizeFor(
  group: Pick<GroupRecord, 'key' | 'site' | 'id' | 'audienceSize'>,
  record: Pick<AuditRecord, 'page'> | null | undefined,
  sizes: AudienceSizes = {},
): number | null {
  if (group.audienceSize !== null) return group.audienceSize;
  const pageId = record?.page?.id;
  const id = typeof pageId === 'string' && pageId !== '' ? pageId : group.id;
  return (id ? sizes[`${group.site}:${id}`] : undefined) ?? sizes[group.key] ?? null;
}
