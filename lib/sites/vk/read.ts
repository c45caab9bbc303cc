/**
 * The VK community-page reader: Document in, CommunityPage out. Never throws; 'missing' only on a recognised layout;
 * every value records its source. Sources in order of trust: API data (bridge or `apiPrefetchCache`) → `data-exec`
 * JSON → G3 data-testid → G2 classes → G1 classes → m.vk.com.
 *
 * This file only orchestrates: ./layout.ts works out the page (community or not, generation, access, id), each
 * header field has its reader in ./fields/, the posts are read in ./posts.ts, and every selector and text marker is
 * data in ./selectors.ts (docs/architecture.md: where each kind of change goes).
 */
import type { Access, CommunityPage } from '../../types';
import { unknownPage, validatePage } from '../core/page';
import type { VkReadOptions } from './context';
import { vkIdFromUrl } from './detect';
import { readAPlusMark } from './fields/a-plus';
import { readAvatar } from './fields/avatar';
import { readCover } from './fields/cover';
import { readDescription } from './fields/description';
import { readGovMark } from './fields/gov-mark';
import { readMembers } from './fields/members';
import { readMessengerLinks } from './fields/messenger-links';
import { readName } from './fields/name';
import { readPosWidget } from './fields/pos-widget';
import { readRegistry } from './fields/registry';
import { readId, startRead } from './layout';
import { readWall } from './posts';

export type { VkApiData, VkReadOptions } from './context';

export function readVkPage(doc: Document, url: URL, options: VkReadOptions): CommunityPage | null {
  try {
    return readUnsafe(doc, url, options);
  } catch (error) {
    // A reader bug must not break the page: report it and answer 'unknown'.
    return validatePage(
      unknownPage('vk', url.href, {
        id: vkIdFromUrl(url),
        diagnostics: [{ name: 'reader', message: `[vk] reader error: ${String(error).slice(0, 200)}` }],
      }),
    );
  }
}

function readUnsafe(doc: Document, url: URL, options: VkReadOptions): CommunityPage | null {
  const r = startRead(doc, url, options);
  if (!r) return null;
  const id = readId(r);
  const name = readName(r);
  const { members, membersRange } = readMembers(r);
  const avatar = readAvatar(r);
  const cover = readCover(r);
  const description = readDescription(r);
  const posWidget = readPosWidget(r);
  const govMark = readGovMark(r);
  const wall = readWall(r, id);
  const registry = readRegistry(r, description, wall.pinnedRoots);
  const aPlusMark = readAPlusMark(r);
  const access: Access = r.access ?? (r.headerGen && wall.found ? 'open' : 'unknown');

  const page: CommunityPage = {
    site: 'vk',
    url: url.href,
    id,
    name,
    members,
    avatar,
    cover,
    description: description.description,
    descriptionText: description.descriptionText,
    posWidget,
    govMark,
    registryLink: registry.registryLink,
    posts: wall.scheduledView ? [] : wall.published,
    layout: r.headerGen ?? wall.generation ?? 'unknown',
    postsSince: wall.postsSince,
    membersRange,
    registryApplication: registry.registryApplication,
    messengerLinks: readMessengerLinks(r, description.descriptionText),
    aPlusMark,
    access,
    scheduledPosts: wall.scheduledView || wall.scheduled.length > 0 ? wall.scheduled : null,
    sources: r.ctx.sources,
    diagnostics: r.ctx.diagnostics,
    readAt: options.now.toISOString(),
    partial: null,
  };
  if (description.descriptionComplete !== undefined) page.descriptionComplete = description.descriptionComplete;
  return validatePage(page);
}
