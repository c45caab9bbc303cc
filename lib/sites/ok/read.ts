/**
 * Одноклассники group reader: a `Document` of ok.ru / m.ok.ru → `CommunityPage` (site 'ok'), or null when the page
 * is not a group. Never throws; 'missing' only on a recognised layout; every value records its source. Much of OK's
 * markup is not attested (docs/markup.md §8): each field's reader in ./fields/ says when it may answer 'missing'.
 *
 * This file only orchestrates: ./layout.ts works out the page (layout, access, id), ./areas.ts the areas several
 * fields read, each header field has its reader in ./fields/, the posts are read in ./posts.ts, and every selector and
 * text marker is data in ./selectors.ts (docs/architecture.md: where each kind of change goes). Posts
 * (docs/markup.md §15.4): `div.groups_post-w` wall items (main page and topics) and `.feed-w` feed items; another
 * group's item and «Может быть интересно» recommendations are left out (./posts.ts).
 */
import type { CommunityPage } from '../../types';
import { oldestNonPinned } from '../core/collect';
import { ReadContext } from '../core/context';
import { unknownPage, validatePage } from '../core/page';
import type { ReadOptions } from '../types';
import { headerElementsOf, outsideKnown, scanOutsidePosts } from './areas';
import type { OkRead } from './context';
import { isOkCommunityCandidate, isOkHost, okGroupIdFromUrl } from './detect';
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
import { accessOf, type Ctx, detectLayout, groupIdOf, isProfilePage, type OkLayout } from './layout';
import { readOkPostItems } from './posts';
import { OK_SELECTORS } from './selectors';

function blankPage(url: URL, options: ReadOptions, layout: OkLayout): CommunityPage {
  return unknownPage('ok', url.href, { layout, readAt: options.now.toISOString() });
}

/** Read an OK page. null: not an OK group page (profile, feed, another site, a screen name that is no group). */
export function readOkPage(doc: Document, url: URL, options: ReadOptions): CommunityPage | null {
  if (!isOkHost(url) || !isOkCommunityCandidate(url)) return null;
  const byUrl = okGroupIdFromUrl(url) !== null;
  try {
    return readGroup(doc, url, options, byUrl);
  } catch (error) {
    if (!byUrl) return null;
    const page = blankPage(url, options, 'unknown');
    page.diagnostics = [{ name: 'reader', message: `[ok] reader error: ${String(error).slice(0, 200)}` }];
    return validatePage(page);
  }
}

function readGroup(doc: Document, url: URL, options: ReadOptions, byUrl: boolean): CommunityPage | null {
  const where = url.pathname + url.search;
  const ctx: Ctx = new ReadContext({
    site: 'ok',
    selectors: OK_SELECTORS,
    doc,
    where,
    onDiagnostic: options.onDiagnostic,
  });
  const layout = detectLayout(ctx, doc);
  const recognised = layout !== 'unknown';
  const gid = groupIdOf(ctx, doc, url);

  if (!byUrl) {
    // A person's page may link to groups (`st.groupId=` in its groups block): such links prove nothing.
    const strong = gid.source !== null && gid.source !== 'url' && gid.source !== 'link:st.groupId';
    const groupEvidence = recognised || (gid.id !== null && strong);
    if (isProfilePage(ctx, doc) || !groupEvidence) return null;
  }

  const page = blankPage(url, options, layout);
  page.id = gid.id;
  if (gid.source) ctx.source('id', gid.source);
  const body = doc.body ?? doc.documentElement;
  const outside = body ? scanOutsidePosts(body) : { text: '', links: [], tiles: [] };
  const access = body ? accessOf(outside.text, layout) : 'unknown';
  const r: OkRead = { ctx, doc, url, options, layout, recognised, access, outside };
  page.access = access;

  const name = readName(r);
  page.name = name.name;
  const members = readMembers(r);
  page.members = members.members;
  if (members.membersRange) page.membersRange = members.membersRange;
  page.avatar = readAvatar(r);
  page.cover = readCover(r);
  const description = readDescription(r);
  page.description = description.description;
  page.descriptionText = description.descriptionText;
  if (description.descriptionComplete !== undefined) page.descriptionComplete = description.descriptionComplete;
  const known = outsideKnown(r, description);
  page.posWidget = readPosWidget(r, known);
  const header = headerElementsOf(ctx, doc, name.el);
  page.govMark = readGovMark(header.elements);
  page.messengerLinks = readMessengerLinks(r, page.descriptionText, known);

  // ---- posts ----
  const feedRoot = ctx.optionalOne('feed', doc) ?? doc;
  if (recognised && feedRoot === doc && access === 'open') ctx.miss('feed', layout);
  const read = readOkPostItems(ctx, feedRoot, layout, page.id, options);
  page.posts = read.map((x) => x.post);
  if (recognised && access === 'open' && page.posts.length > 0) page.postsSince = oldestNonPinned(page.posts);

  const pinnedRoots = read.filter((x) => x.post.pinned).map((x) => x.item);
  const registry = readRegistry(r, description, header.roots, pinnedRoots);
  page.registryLink = registry.registryLink;
  page.registryApplication = registry.registryApplication;
  page.aPlusMark = readAPlusMark(r, header.elements);

  page.sources = ctx.sources;
  if (ctx.diagnostics.length > 0) page.diagnostics = ctx.diagnostics;
  return validatePage(page);
}
