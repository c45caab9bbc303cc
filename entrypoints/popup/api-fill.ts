/**
 * The popup's use of the VK API (loaded only after the first render, docs/vk-api.md): when a key is saved and the
 * browser allowed the API hosts, one groups.getById for the open VK community; its answer fills what the page reading
 * left unknown and is compared field by field (lib/vkapi/compare.ts). No key, no permission or not a VK community:
 * null, and nothing is sent.
 */
import { vkApiAccess } from '../../lib/ext/vk-api-key';
import type { CommunityPage } from '../../lib/types';
import { createTransport } from '../../lib/vkapi/client';
import { type ApiComparison, mergeApiHeader } from '../../lib/vkapi/compare';
import { VkApiError } from '../../lib/vkapi/errors';
import { GROUP_FIELDS, groupsOfAnswer } from '../../lib/vkapi/map';

export interface ApiFill {
  /** The page with the API's header fields merged in, and the field-by-field comparison. */
  merge(page: CommunityPage): { page: CommunityPage; comparison: ApiComparison | null };
}

export async function loadApiFill(page: CommunityPage, now: Date): Promise<ApiFill | null> {
  if (page.site !== 'vk' || page.id === null) return null;
  const access = await vkApiAccess();
  if (access === null) return null;
  const id = page.id;
  let failure: string;
  try {
    const transport = createTransport({ key: access.key, fetch: (url, init) => fetch(url, init), timeoutMs: 10_000 });
    const answer = await transport.send(
      'groups.getById',
      { group_id: id, fields: GROUP_FIELDS },
      new AbortController().signal,
    );
    const group = groupsOfAnswer(answer.response).find((g) => String(g.id) === id);
    if (group) return { merge: (p) => mergeApiHeader(p, group, now) };
    failure = 'the answer has no such community';
  } catch (error) {
    failure = error instanceof VkApiError ? `error ${error.code}` : 'no answer';
  }
  return {
    merge: (p) => ({
      page: { ...p, diagnostics: [...(p.diagnostics ?? []), { name: 'api', message: `[vk] VK API: ${failure}` }] },
      comparison: null,
    }),
  };
}
