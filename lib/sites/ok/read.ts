/**
 * Одноклассники group reader: a `Document` of ok.ru / m.ok.ru → `CommunityPage` (site 'ok'), or null when the page
 * is not a group. Never throws. Built on the shared framework (selectors as data, one count parser, one date-label
 * parser with OK's format table). Honesty rules for OK, where much of the markup is not attested (docs/markup.md §8):
 * - avatar: 'missing' only for OK's known "no photo" stub URL (`/res/stub_<w>x<h>.gif`); other built-in `/res/`
 *   images and an absent `<img>` are 'unknown';
 * - cover and «Госорганизация»: OK's DOM for them is not known, so their absence is 'unknown', never 'missing';
 * - ПОС: 'missing' only on a recognised, open group layout with its menu block found and its whole description on
 *   the page (read in full, or proved empty), whose links (unwrapped, `logExternal` / `outLinkWarning`) and tiles
 *   show no ПОС anywhere outside the posts;
 * - description: 'missing' only when the «О группе» panel was recognised and holds nothing but its heading, its known
 *   rows and an empty description, and the page declares none in its meta description;
 * - posts (docs/markup.md §15.4): `div.groups_post-w` wall items (main page and topics) and `.feed-w` feed items;
 *   another group's item and «Может быть интересно» recommendations are left out (posts.ts).
 */
import { parseCountRange } from '../../parse/counts';
import type { CommunityPage } from '../../types';
import { ReadContext } from '../core/context';
import { unknownPage, validatePage } from '../core/page';
import { meta, multilineText, norm, textOf } from '../core/text';
import { aPlusMarkOf } from '../gov/a-plus';
import { findRegistryApplication, findRegistryLinkIn, findRegistryLinkInText } from '../gov/registry';
import { messengerLinksOf } from '../messengers';
import { oldestNonPinned } from '../paginate';
import type { ReadOptions } from '../types';
import { isOkCommunityCandidate, isOkHost, okGroupIdFromUrl } from './detect';
import {
  avatarPresence,
  coverPresence,
  govMarkOf,
  headerElementsOf,
  imageUrlOf,
  type OutsidePosts,
  posWidgetOf,
  scanOutsidePosts,
} from './header';
import { accessOf, type Ctx, detectLayout, groupIdOf, isProfilePage, type OkLayout } from './layout';
import { readOkPostItems } from './posts';
import { OK_A_PLUS_MARKERS, OK_SELECTORS, OK_TEXTS } from './selectors';

/** The panel's text, without its heading, its known rows and the (empty) description element, is empty. */
function panelHoldsNoDescription(ctx: Ctx, panel: Element, desc: Element | null): boolean {
  const clone = panel.cloneNode(true) as Element;
  const known = ctx.union('infoPanelRow', panel);
  // the same elements in the clone, by their place among the panel's elements
  const all = Array.from(panel.getElementsByTagName('*'));
  const cloned = Array.from(clone.getElementsByTagName('*'));
  for (const el of [...known, ...(desc && panel.contains(desc) ? [desc] : [])]) cloned[all.indexOf(el)]?.remove();
  let rest = norm(clone.textContent);
  for (const heading of OK_TEXTS.aboutHeading.words) if (rest.startsWith(heading)) rest = rest.slice(heading.length);
  return rest.trim() === '';
}

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
  const ctx: Ctx = new ReadContext({
    site: 'ok',
    selectors: OK_SELECTORS,
    doc,
    where: url.pathname + url.search,
    onDiagnostic: options.onDiagnostic,
  });
  const base = url.href;
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
  const outside: OutsidePosts = body ? scanOutsidePosts(body) : { text: '', links: [], tiles: [] };
  const access = body ? accessOf(outside.text, layout) : 'unknown';
  page.access = access;

  // ---- name ----
  const nameMatch = ctx.match('name', doc);
  const nameText = nameMatch ? textOf(nameMatch.el) : '';
  if (nameMatch && nameText) {
    page.name = nameText;
    ctx.sourceOf('name', nameMatch);
  } else {
    const og = meta(doc, 'og:title');
    if (og) {
      page.name = og;
      ctx.source('name', 'meta:og:title');
    }
    if (recognised) ctx.miss('name', layout);
  }

  // ---- members ----
  const membersMatch = ctx.match('members', doc) ?? ctx.match('membersLink', doc);
  const range = membersMatch ? parseCountRange(textOf(membersMatch.el)) : null;
  if (membersMatch && range) {
    page.members = range.value;
    if (!range.exact) page.membersRange = { min: range.min, max: range.max };
    ctx.sourceOf('members', membersMatch);
  } else if (recognised) ctx.miss('members', layout);

  // ---- avatar, cover ----
  const avatarMatch = ctx.match('avatar', doc);
  if (avatarMatch) {
    const avatar = avatarPresence(imageUrlOf(avatarMatch.el), base);
    // A stub under an unrecognised layout may not be the group's own avatar: say 'unknown'.
    page.avatar = avatar === 'missing' && !recognised ? 'unknown' : avatar;
    ctx.sourceOf('avatar', avatarMatch);
  } else if (recognised) ctx.miss('avatar', layout);
  const coverMatch = ctx.match('cover', doc);
  if (coverMatch) {
    page.cover = coverPresence(imageUrlOf(coverMatch.el), base);
    ctx.sourceOf('cover', coverMatch);
  }

  // ---- description ----
  const descMatch = ctx.match('description', doc);
  const moreControls = descMatch
    ? [
        ...ctx.union('descriptionMore', descMatch.el),
        ...ctx
          .union('descriptionControl', descMatch.el)
          .filter((el) => OK_TEXTS.more.words.includes(norm(el.textContent))),
      ]
    : [];
  const descText = descMatch ? multilineText(descMatch.el, (el) => moreControls.includes(el)) : '';
  const metaDesc = meta(doc, 'og:description') ?? meta(doc, 'description');
  if (descMatch && descText) {
    page.description = 'present';
    page.descriptionText = descText;
    page.descriptionComplete = moreControls.length === 0;
    ctx.sourceOf('description', descMatch);
  } else if (metaDesc) {
    page.description = 'present';
    page.descriptionText = metaDesc;
    page.descriptionComplete = false;
    ctx.source('description', 'meta:og:description');
  } else {
    const panel = ctx.match('infoPanel', doc);
    if (panel && recognised && panelHoldsNoDescription(ctx, panel.el, descMatch?.el ?? null)) {
      // Evidence for 'missing': the «О группе» panel is on the page and holds nothing but its heading, its known
      // rows (category, address) and an empty description element; the page's meta tags declare no description
      // either (checked above). A panel with text we cannot place may hold a description under a new class: 'unknown'.
      page.description = 'missing';
      page.descriptionComplete = true;
      ctx.sourceOf('description', panel);
    } else if (recognised && !panel) ctx.miss('infoPanel', layout);
  }

  // ---- ПОС, gov mark ----
  // Evidence for 'missing' (ПОС, and no messenger links): a recognised open group whose whole page outside the posts
  // was scanned, with the places such links live on the page: the group menu (links and widgets) and the whole
  // description (a ПОС link is often written there: desktop-group). The topics tab shows no «О группе» panel, and a
  // description cut at «ещё» may hide the link: then the absence proves nothing ('unknown').
  const menuFound = ctx.optionalOne('menu', doc) !== null;
  if (recognised && !menuFound) ctx.miss('menu', layout);
  const wholeDescription =
    page.description === 'missing' || (descMatch !== null && descText !== '' && page.descriptionComplete === true);
  const scanProves = recognised && menuFound && wholeDescription && access === 'open';
  const pos = posWidgetOf(outside, base, scanProves);
  page.posWidget = pos.value;
  if (pos.source) ctx.source('posWidget', pos.source);
  const header = headerElementsOf(ctx, doc, nameMatch?.el ?? null);
  page.govMark = govMarkOf(header.elements);
  // Links to MAX / Telegram channels: none found is known only where a missing ПОС would be.
  const messenger = messengerLinksOf(
    outside.links.map((a) => a.getAttribute('href') ?? a.getAttribute('src') ?? ''),
    page.descriptionText,
    base,
  );
  page.messengerLinks = messenger.length > 0 ? messenger : scanProves ? [] : null;

  // ---- posts ----
  const feedRoot = ctx.optionalOne('feed', doc) ?? doc;
  if (recognised && feedRoot === doc && access === 'open') ctx.miss('feed', layout);
  const read = readOkPostItems(ctx, feedRoot, layout, page.id, options);
  page.posts = read.map((x) => x.post);
  if (recognised && access === 'open' && page.posts.length > 0) page.postsSince = oldestNonPinned(page.posts);

  // ---- RKN registry link or application number (description, info panel, header, pinned posts) and «А+» ----
  // (docs/rkn-registration.md)
  const pinnedRoots = read.filter((x) => x.post.pinned).map((x) => x.item);
  const registryRoots = [descMatch?.el, ctx.optionalOne('infoPanel', doc), ...header.roots, ...pinnedRoots].filter(
    (el): el is Element => el != null,
  );
  page.registryLink = findRegistryLinkIn(registryRoots, base) ?? (metaDesc ? findRegistryLinkInText(metaDesc) : null);
  const registryText = [page.descriptionText ?? '', ...pinnedRoots.map((el) => textOf(el))].join('\n');
  page.registryApplication = page.registryLink ? null : findRegistryApplication(registryText);
  const aPlus = aPlusMarkOf(header.elements, base, recognised ? (OK_A_PLUS_MARKERS[layout] ?? null) : null);
  page.aPlusMark = aPlus.value;
  if (aPlus.source) ctx.source('aPlusMark', aPlus.source);

  page.sources = ctx.sources;
  if (ctx.diagnostics.length > 0) page.diagnostics = ctx.diagnostics;
  return validatePage(page);
}
