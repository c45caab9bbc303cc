/**
 * The public data contract shared by the readers, the engine, the UI and the acceptance tests.
 * Schemas use `zod/mini` because they ship in the content script. Extra fields are allowed
 * (`looseObject`) so readers can attach diagnostics without breaking consumers.
 */
import * as z from 'zod/mini';

export const PresenceSchema = z.enum(['present', 'missing', 'unknown']);
export type Presence = z.infer<typeof PresenceSchema>;

/** A site our readers read (VK, OK): `CommunityPage.site`, the adapters, the batch queue. */
export const SiteSchema = z.enum(['vk', 'ok']);
export type Site = z.infer<typeof SiteSchema>;

// Platforms of list entries (vk, ok, max, telegram): their own module, so a bundle that needs none (the popup) carries
// none of them.
export { isReadablePlatform, PLATFORMS, type Platform, PlatformSchema } from './platforms';

/** 'day': the date label gave the day only (docs/dates.md). */
export const DatePrecisionSchema = z.enum(['instant', 'day']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const PostSchema = z.looseObject({
  /** VK "-123_456", OK topic id. */
  id: z.string(),
  /**
   * ISO UTC instant, or null when the reader could not tell. With `datePrecision: 'day'` it is the start (00:00) of
   * the labelled day in the zone the labels were read in, not the post's time (docs/dates.md).
   */
  publishedAt: z.nullable(z.string()),
  likes: z.nullable(z.number()),
  comments: z.nullable(z.number()),
  reposts: z.nullable(z.number()),
  views: z.nullable(z.number()),
  pinned: z.boolean(),
  ad: z.boolean(),
  /** The post is a repost (copy) of another post. */
  repost: z.boolean(),
  /** Optional extras. */
  clip: z.optional(z.boolean()),
  poll: z.optional(z.boolean()),
  /** A postponed (scheduled) post, never mixed with published ones. */
  scheduled: z.optional(z.boolean()),
  /** Which source each value came from (for diagnostics). */
  source: z.optional(z.string()),
  /** `views` was read from an abbreviated display («1,2K»): the shown value, not the exact count. */
  viewsApproximate: z.optional(z.boolean()),
  /**
   * How precise `publishedAt` is. Absent or 'instant': the post's time. 'day': the label gave only the day («вчера»,
   * «2 дн. назад», «7 авг»); the post lies somewhere in the 24 hours from `publishedAt`, its time is unknown. The
   * engine places it in its day's week; screens show the date without a time (docs/dates.md).
   */
  datePrecision: z.optional(DatePrecisionSchema),
  /**
   * The post's first words: its own text (never a reposted original's), white space collapsed, at most 100
   * characters; absent when the post has no text or the reader found none. Matched against hand-entered MAX posts for
   * the regional «MAX first» rule (docs/max.md).
   */
  textStart: z.optional(z.string()),
});
export type Post = z.infer<typeof PostSchema>;

/** Accessibility of the community as seen by the reader. */
export const AccessSchema = z.enum(['open', 'closed', 'private', 'blocked', 'deleted', 'unknown']);
export type Access = z.infer<typeof AccessSchema>;

export const DiagnosticSchema = z.looseObject({
  /** Name of the selector / field that did not match. */
  name: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const CommunityPageSchema = z.looseObject({
  site: SiteSchema,
  url: z.string(),
  /** Digits, no minus. */
  id: z.nullable(z.string()),
  name: z.nullable(z.string()),
  members: z.nullable(z.number()),
  avatar: PresenceSchema,
  cover: PresenceSchema,
  description: PresenceSchema,
  descriptionText: z.nullable(z.string()),
  posWidget: PresenceSchema,
  govMark: PresenceSchema,
  registryLink: z.nullable(z.string()),
  posts: z.array(PostSchema),
  /** Recognised layout id, 'unknown' if none. */
  layout: z.string(),
  /** ISO instant: `posts` holds every published post from here to the read time; null = coverage unknown. */
  postsSince: z.nullable(z.string()),

  // ---- optional extras ----
  /** Lower/upper bound of the member count when it was shown abbreviated («12,3K»). */
  membersRange: z.optional(z.nullable(z.object({ min: z.number(), max: z.number() }))),
  /** Whether the description (and links) were read in full (not cut at «Подробнее»). */
  descriptionComplete: z.optional(z.boolean()),
  /** RKN application number found on the page (description, links, pinned post). */
  registryApplication: z.optional(z.nullable(z.string())),
  /**
   * Links to MAX and Telegram channels outside the posts (description, links block, menu), unwrapped: for the
   * regional «ссылка на канал MAX» rule (docs/institutions.md). [] = the header was read and has none; null = the
   * reader cannot tell (layout not recognised); absent in pages read before this field existed.
   */
  messengerLinks: z.optional(z.nullable(z.array(z.string()))),
  /** The platform's «А+» verification mark. */
  aPlusMark: z.optional(PresenceSchema),
  access: z.optional(AccessSchema),
  /** Scheduled (postponed) posts, seen only by admins. null = not known. */
  scheduledPosts: z.optional(z.nullable(z.array(PostSchema))),
  /** Per-field source (e.g. {"members": "vk-g2:#page_subscribers"}). */
  sources: z.optional(z.record(z.string(), z.string())),
  /** Selectors that did not match on a recognised layout. */
  diagnostics: z.optional(z.array(DiagnosticSchema)),
  /** ISO instant the page was read. */
  readAt: z.optional(z.string()),
  /** Post collection was cut short (rate limit, captcha, members only, abort). */
  partial: z.optional(z.nullable(z.string())),
});
export type CommunityPage = z.infer<typeof CommunityPageSchema>;

export type CheckId =
  | 'cover'
  | 'avatar'
  | 'description'
  | 'pos-widget'
  | 'gov-mark'
  | 'frequency'
  | 'engagement'
  | 'reach'
  | 'rkn-registration';

export const CHECK_IDS: readonly CheckId[] = [
  'cover',
  'avatar',
  'description',
  'pos-widget',
  'gov-mark',
  'frequency',
  'engagement',
  'reach',
  'rkn-registration',
];

/** Order of checks on screen and in reports: the «Госорганизация» mark first (the most severe), then the score. */
export const CHECK_ORDER: readonly CheckId[] = [
  'gov-mark',
  'frequency',
  'engagement',
  'reach',
  'cover',
  'avatar',
  'description',
  'pos-widget',
  'rkn-registration',
];

export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';
export type WeekStatus = 'pass' | 'fail' | 'pending' | 'unknown';
export type WeekNumber = 1 | 2 | 3 | 4;

export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** Machine-readable code, e.g. 'in-progress', 'application-pending', 'page-not-readable', 'input-missing'. */
  reason: string;
}
