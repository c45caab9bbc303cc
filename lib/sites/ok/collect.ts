/**
 * Enough OK posts: OK's own "more posts" request of the desktop group feed, run through the shared paced, abortable
 * loop (lib/sites/core/collect.ts). docs/markup.md §8.3 [S: public scrapers ~2022, 2023-03]:
 *   POST <group path>?cmd=AltGroupMainFeedsNewRB&st.groupId=<gid>
 *   body    st.markerB=<marker>&st.page=<n>
 *   headers tkn: <OK.tkn.set('…') of the page>, ok-screen: altGroupMain, strd: false, form content type
 * The answer is an HTML fragment of `.feed-w` items with the next marker in `span.invisible[st.markerb]`.
 * Same-origin only, with the user's own session; nothing is fetched outside the user's browser.
 *
 * m.ok.ru: no continuation request is attested. The reader follows the page's own «Показать ещё» link
 * (`/dk?st.cmd=altGroupMain&st.groupId=…&st.page=N`, [?]) with GET, same origin only; without that link a page that
 * does not reach the cut-off is marked partial.
 */
import { previousMonthStart } from '../../calendar';
import type { CommunityPage } from '../../types';
import { type BlockReason, type CollectOptions, defaultParseHtml, paginate, type WallSource } from '../core/collect';
import { ReadContext } from '../core/context';
import { norm } from '../core/text';
import type { ReadOptions, WordsMarker } from '../types';
import type { OkLayout } from './layout';
import { okNextMarker, okPageToken, readOkPosts } from './posts';
import { OK_SELECTORS, OK_TEXTS } from './selectors';

export interface OkCursor {
  /** `st.markerB` of the next page (desktop), or the next page's URL (m.ok.ru). */
  marker: string;
  /** 2 for the first continuation. */
  page: number;
}

export interface OkCollectOptions extends Omit<CollectOptions, 'cutoff'> {
  /** The read instant and the viewer's zone (labels in the answers are parsed with them). */
  now: Date;
  timeZone: string;
  /** Posts before this instant are not needed; default: the 1st of the previous month in `timeZone`. */
  cutoff?: Date;
  /** HTML → Document; default: the page's DOMParser. */
  parseHtml?: (html: string) => Document;
  onDiagnostic?: (message: string) => void;
}

function blockOf(body: string, status: number): BlockReason | null {
  const text = norm(body.slice(0, 20_000).replace(/<[^>]*>/g, ' '));
  const has = (marker: WordsMarker) => marker.words.some((t) => text.includes(t));
  if (status === 429 || has(OK_TEXTS.rateLimit)) return 'rate-limit';
  if (has(OK_TEXTS.captcha)) return 'captcha';
  if (has(OK_TEXTS.closed)) return 'members-only';
  return null;
}

type FeedOptions = Pick<OkCollectOptions, 'now' | 'timeZone' | 'parseHtml' | 'onDiagnostic'>;

/** Reads one fetched feed page of `layout`: its document, its read context and its posts. */
function feedPageReader(pageUrl: URL, groupId: string, layout: OkLayout, options: FeedOptions) {
  const parseHtml = options.parseHtml ?? defaultParseHtml;
  const read: ReadOptions = { now: options.now, timeZone: options.timeZone };
  if (options.onDiagnostic) read.onDiagnostic = options.onDiagnostic;
  return (body: string, cursor: OkCursor) => {
    const doc = parseHtml(body);
    const ctx = new ReadContext({
      site: 'ok',
      selectors: OK_SELECTORS,
      doc,
      where: `${pageUrl.pathname} (page ${cursor.page})`,
      onDiagnostic: read.onDiagnostic,
    });
    return { doc, ctx, posts: readOkPosts(ctx, doc, layout, groupId, read) };
  };
}

/** The group's own path for the continuation request: `/group/<gid>` or `/<screen name>`, without a tab. */
export function okFeedPath(pageUrl: URL, groupId: string): string {
  const [first, second] = pageUrl.pathname.split('/').filter((s) => s !== '');
  if (first === undefined || first === 'dk' || first === 'group' || second === 'topic') return `/group/${groupId}`;
  return `/${first}`;
}

/** The continuation request of one group feed as a shared-loop source. */
export function okFeedSource(pageUrl: URL, groupId: string, token: string, options: FeedOptions): WallSource<OkCursor> {
  const readPage = feedPageReader(pageUrl, groupId, 'ok-desktop', options);
  return {
    request(cursor) {
      const url = new URL(okFeedPath(pageUrl, groupId), pageUrl.origin);
      url.searchParams.set('cmd', 'AltGroupMainFeedsNewRB');
      url.searchParams.set('st.groupId', groupId);
      const body = new URLSearchParams({ 'st.markerB': cursor.marker, 'st.page': String(cursor.page) });
      return {
        url: url.href,
        init: {
          method: 'POST',
          body: body.toString(),
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            tkn: token,
            'ok-screen': 'altGroupMain',
            strd: 'false',
          },
        },
      };
    },
    parse(body, cursor) {
      const { doc, ctx, posts } = readPage(body, cursor);
      const marker = okNextMarker(ctx, doc);
      // An answer with no post is an error or an unknown format, never "the end of the feed".
      if (posts.length === 0) return null;
      return { posts, next: marker && marker !== cursor.marker ? { marker, page: cursor.page + 1 } : null };
    },
    block: blockOf,
  };
}

/** The same-origin URL of m.ok.ru's next feed page, or null. */
function mobileNextUrl(ctx: ReadContext<'mobileMore'>, root: ParentNode, base: URL): string | null {
  const href = ctx.optionalOne('mobileMore', root)?.getAttribute('href');
  if (!href) return null;
  try {
    const next = new URL(href, base);
    return next.origin === base.origin ? next.href : null;
  } catch {
    return null;
  }
}

/** m.ok.ru's «Показать ещё» pages as a shared-loop source: GET the link, read the posts, follow the next link. */
export function okMobileSource(pageUrl: URL, groupId: string, options: FeedOptions): WallSource<OkCursor> {
  const readPage = feedPageReader(pageUrl, groupId, 'ok-mobile', options);
  return {
    request: (cursor) => ({ url: cursor.marker, init: { method: 'GET' } }),
    parse(body, cursor) {
      const { doc, ctx, posts } = readPage(body, cursor);
      if (posts.length === 0) return null;
      const next = mobileNextUrl(ctx, doc, new URL(cursor.marker));
      return { posts, next: next && next !== cursor.marker ? { marker: next, page: cursor.page + 1 } : null };
    },
    block: blockOf,
  };
}

/**
 * Collect the group's posts back to the cut-off, starting from a page already read by `readOkPage`.
 * Returns a new page: posts merged (newest first, no duplicates), `postsSince` and `partial` set honestly.
 * Never throws; an abort gives partial 'aborted' with what was read so far.
 */
export async function collectOkPosts(
  doc: Document,
  page: CommunityPage,
  options: OkCollectOptions,
): Promise<CommunityPage> {
  const cutoff = options.cutoff ?? previousMonthStart(options.now, options.timeZone);
  const reached = page.posts.some(
    (p) => !p.pinned && p.publishedAt !== null && Date.parse(p.publishedAt) < cutoff.getTime(),
  );
  if (page.site !== 'ok') return page;
  if (page.access === 'closed' || page.access === 'private') return { ...page, partial: 'members-only' };
  if (reached) return { ...page, partial: null };

  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return { ...page, partial: 'unrecognised-page' };
  }
  const ctx = new ReadContext({
    site: 'ok',
    selectors: OK_SELECTORS,
    doc,
    where: url.pathname,
    onDiagnostic: options.onDiagnostic,
  });
  const { now, timeZone, parseHtml, onDiagnostic, ...loop } = options;
  const readOpts = { now, timeZone, parseHtml, onDiagnostic };
  let source: WallSource<OkCursor> | null = null;
  let first: OkCursor | null = null;
  if (page.layout === 'ok-desktop' && page.id !== null) {
    const marker = okNextMarker(ctx, doc);
    const token = okPageToken(doc);
    if (marker !== null && token !== null) {
      source = okFeedSource(url, page.id, token, readOpts);
      first = { marker, page: 2 };
    }
  } else if (page.layout === 'ok-mobile' && page.id !== null) {
    const next = mobileNextUrl(ctx, doc, url);
    if (next !== null) {
      source = okMobileSource(url, page.id, readOpts);
      first = { marker: next, page: 2 };
    }
  }
  if (source === null || first === null) {
    // No known way to ask for more: what is visible is all there is, and that is not the whole period.
    return { ...page, partial: 'unrecognised-page' };
  }
  const result = await paginate(source, page.posts, first, { ...loop, cutoff });
  return { ...page, posts: result.posts, postsSince: result.postsSince, partial: result.partial };
}
