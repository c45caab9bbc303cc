/**
 * The open page read from its markup, compared with `groups.getById` for the same community (the popup, when a key is
 * saved): the fields the reader left unknown are filled from the API, and every field where both told something
 * different is listed, so the diagnostics and the developer snapshot show which reading was wrong. Pure.
 *
 * On a disagreement: the member count is the API's (exact; the page may show «12,3K»); a presence item is 'present'
 * if either says so (a false «нет» in a report is the worst error); the registry link is the reader's.
 */
import { messengerLinksOf } from '../sites/messengers';
import type { CommunityPage, Presence } from '../types';
import { type ApiGroupAnswer, GROUP_SOURCE, pageFromApi } from './map';

export type ComparedField =
  | 'name'
  | 'members'
  | 'avatar'
  | 'cover'
  | 'description'
  | 'posWidget'
  | 'govMark'
  | 'registryLink';

export interface FieldComparison {
  field: ComparedField;
  reader: string | number | null;
  api: string | number | null;
  /** What the popup shows. */
  result: string | number | null;
  /** 'filled': the reader could not tell; 'agree'; 'disagree'. */
  kind: 'filled' | 'agree' | 'disagree';
}

export interface ApiComparison {
  /** The community's id as asked. */
  id: string;
  at: string;
  fields: FieldComparison[];
}

const PRESENCE: readonly ComparedField[] = ['avatar', 'cover', 'description', 'posWidget', 'govMark'];

export function mergeApiHeader(
  page: CommunityPage,
  group: ApiGroupAnswer,
  now: Date,
): { page: CommunityPage; comparison: ApiComparison } {
  const api = pageFromApi({ group, url: page.url, wall: null, now });
  const out: CommunityPage = { ...page, sources: { ...page.sources }, diagnostics: [...(page.diagnostics ?? [])] };
  const sources = out.sources as Record<string, string>;
  const fields: FieldComparison[] = [];
  const note = (c: FieldComparison) => {
    fields.push(c);
    if (c.kind === 'disagree') {
      out.diagnostics?.push({
        name: `api:${c.field}`,
        message: `reader ${String(c.reader)} ≠ API ${String(c.api)} → ${String(c.result)}`,
      });
    }
  };

  for (const field of PRESENCE) {
    const reader = page[field as 'avatar'] as Presence;
    const fromApi = api[field as 'avatar'] as Presence;
    if (fromApi === 'unknown') continue;
    if (reader === 'unknown') {
      (out as Record<string, unknown>)[field] = fromApi;
      sources[field] = api.sources?.[field] ?? GROUP_SOURCE;
      if (field === 'description') {
        out.descriptionText = api.descriptionText;
        out.descriptionComplete = true;
        // the MAX-link check reads the description too: its addresses join the reader's links
        if (out.messengerLinks) {
          out.messengerLinks = [
            ...new Set([...out.messengerLinks, ...messengerLinksOf([], api.descriptionText, page.url)]),
          ];
        }
      }
      note({ field, reader, api: fromApi, result: fromApi, kind: 'filled' });
    } else if (reader === fromApi) note({ field, reader, api: fromApi, result: reader, kind: 'agree' });
    else {
      (out as Record<string, unknown>)[field] = 'present';
      if (fromApi === 'present') sources[field] = api.sources?.[field] ?? GROUP_SOURCE;
      note({ field, reader, api: fromApi, result: 'present', kind: 'disagree' });
    }
  }

  if (api.members !== null) {
    const range = page.membersRange;
    if (page.members === null) {
      out.members = api.members;
      out.membersRange = null;
      sources.members = GROUP_SOURCE;
      note({ field: 'members', reader: null, api: api.members, result: api.members, kind: 'filled' });
    } else if (page.members === api.members || (range && api.members >= range.min && api.members <= range.max)) {
      out.members = api.members;
      out.membersRange = null;
      note({ field: 'members', reader: page.members, api: api.members, result: api.members, kind: 'agree' });
    } else {
      out.members = api.members;
      out.membersRange = null;
      sources.members = GROUP_SOURCE;
      note({ field: 'members', reader: page.members, api: api.members, result: api.members, kind: 'disagree' });
    }
  }

  if (api.name !== null) {
    if (page.name === null) {
      out.name = api.name;
      sources.name = GROUP_SOURCE;
      note({ field: 'name', reader: null, api: api.name, result: api.name, kind: 'filled' });
    } else
      note({
        field: 'name',
        reader: page.name,
        api: api.name,
        result: page.name,
        kind: page.name === api.name ? 'agree' : 'disagree',
      });
  }

  if (api.registryLink !== null) {
    if (page.registryLink === null) {
      out.registryLink = api.registryLink;
      out.registryApplication = null;
      sources.registryLink = GROUP_SOURCE;
      note({ field: 'registryLink', reader: null, api: api.registryLink, result: api.registryLink, kind: 'filled' });
    } else {
      const same = page.registryLink === api.registryLink;
      note({
        field: 'registryLink',
        reader: page.registryLink,
        api: api.registryLink,
        result: page.registryLink,
        kind: same ? 'agree' : 'disagree',
      });
    }
  }

  return { page: out, comparison: { id: String(group.id), at: now.toISOString(), fields } };
}
