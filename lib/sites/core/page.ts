/**
 * The page schema helpers: the all-unknown page every reader starts from (and falls back to), tri-state presence,
 * and the validation of a reader's output against the public contract (lib/types.ts).
 */
import { type CommunityPage, CommunityPageSchema, type Post, type Presence } from '../../types';

/** Present / missing / unknown: 'missing' only when the enclosing block was recognised. */
export function presence(found: boolean, recognised: boolean): Presence {
  if (found) return 'present';
  return recognised ? 'missing' : 'unknown';
}

/**
 * A page on which nothing could be told: every field 'unknown' or null. Readers start from it (and fall back to it on
 * an error), so an unread field can never come out as 'missing'.
 */
export function unknownPage(
  site: CommunityPage['site'],
  url: string,
  extra: Partial<CommunityPage> = {},
): CommunityPage {
  return {
    site,
    url,
    id: null,
    name: null,
    members: null,
    avatar: 'unknown',
    cover: 'unknown',
    description: 'unknown',
    descriptionText: null,
    posWidget: 'unknown',
    govMark: 'unknown',
    registryLink: null,
    posts: [],
    layout: 'unknown',
    postsSince: null,
    ...extra,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What `z.number()` accepts: a finite number. */
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const nullStr = (v: unknown) => v === null || typeof v === 'string';
const nullNum = (v: unknown) => v === null || isNum(v);

/**
 * A post `PostSchema` certainly accepts (loose object: extra keys kept), checked by hand for the hot path. False
 * means "ask the schema", never "invalid": tests/lib/sites/core/page.test.ts holds it to the schema.
 */
export function isPlainPost(v: unknown): v is Post {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    nullStr(v.publishedAt) &&
    nullNum(v.likes) &&
    nullNum(v.comments) &&
    nullNum(v.reposts) &&
    nullNum(v.views) &&
    typeof v.pinned === 'boolean' &&
    typeof v.ad === 'boolean' &&
    typeof v.repost === 'boolean' &&
    optBool(v.clip) &&
    optBool(v.poll) &&
    optBool(v.scheduled) &&
    (v.source === undefined || typeof v.source === 'string') &&
    optBool(v.viewsApproximate) &&
    (v.textStart === undefined || typeof v.textStart === 'string') &&
    (v.datePrecision === undefined || v.datePrecision === 'instant' || v.datePrecision === 'day')
  );
}

function isPostList(v: unknown): v is Post[] {
  if (!Array.isArray(v)) return false;
  for (const p of v) if (!isPlainPost(p)) return false;
  return true;
}

/**
 * Validate a reader's output against the contract. An invalid page (a reader bug) degrades to a page that
 * says 'unknown' everywhere, with a diagnostic, rather than feeding bad data to the engine.
 */
export function validatePage(page: CommunityPage): CommunityPage {
  // The posts (the bulk of a page) are checked by hand and the rest by the schema; anything the hand check does not
  // accept goes through the schema whole, as before.
  const posts: unknown = page.posts;
  const scheduled: unknown = page.scheduledPosts;
  if (isPostList(posts) && (scheduled === undefined || scheduled === null || isPostList(scheduled))) {
    const shell: Record<string, unknown> = { ...page, posts: [] };
    if (Array.isArray(scheduled)) shell.scheduledPosts = [];
    const parsed = CommunityPageSchema.safeParse(shell);
    if (parsed.success) {
      const out = parsed.data;
      out.posts = posts;
      if (Array.isArray(scheduled)) out.scheduledPosts = scheduled;
      return out;
    }
  }
  const parsed = CommunityPageSchema.safeParse(page);
  if (parsed.success) return parsed.data;
  return unknownPage(page.site === 'ok' ? 'ok' : 'vk', String(page.url), {
    diagnostics: [
      { name: 'schema', message: `reader output failed validation: ${parsed.error.message.slice(0, 300)}` },
    ],
  });
}
