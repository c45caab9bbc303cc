// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPlainPost, presence, validatePage } from '../../../../lib/sites/core/page';
import { type CommunityPage, CommunityPageSchema, PostSchema } from '../../../../lib/types';

describe('presence', () => {
  it('is missing only on a recognised block', () => {
    expect(presence(true, false)).toBe('present');
    expect(presence(false, true)).toBe('missing');
    expect(presence(false, false)).toBe('unknown');
  });
});

describe('validatePage', () => {
  it('degrades an invalid page to unknown with a diagnostic', () => {
    const bad = { site: 'vk', url: 'x', members: 'many' } as unknown as CommunityPage;
    const out = validatePage(bad);
    expect(out.layout).toBe('unknown');
    expect(out.avatar).toBe('unknown');
    expect(out.diagnostics?.[0]?.name).toBe('schema');
  });
});

const POST = {
  id: '-1_2',
  publishedAt: '2026-03-01T10:00:00.000Z',
  likes: 1,
  comments: 0,
  reposts: null,
  views: 10,
  pinned: false,
  ad: false,
  repost: false,
  clip: false,
  poll: false,
  source: 'vk-g2',
};

/** Posts that differ from POST in one field each: valid and invalid ones. */
const POST_VARIANTS: unknown[] = [
  POST,
  { ...POST, scheduled: true, viewsApproximate: true, textStart: 'Новости района', extra: { any: 'thing' } },
  { ...POST, clip: undefined, poll: undefined, source: undefined },
  { ...POST, publishedAt: null, likes: null, comments: null, views: null },
  { ...POST, id: 5 },
  { ...POST, publishedAt: 0 },
  { ...POST, likes: Number.NaN },
  { ...POST, views: Number.POSITIVE_INFINITY },
  { ...POST, comments: '3' },
  { ...POST, pinned: 1 },
  { ...POST, ad: undefined },
  { ...POST, repost: null },
  { ...POST, clip: 'no' },
  { ...POST, scheduled: null },
  { ...POST, source: null },
  { ...POST, viewsApproximate: 0 },
  { ...POST, textStart: 5 },
  null,
  [],
  'post',
];

describe('isPlainPost (the hand check on the hot path)', () => {
  it('accepts only what PostSchema accepts', () => {
    for (const v of POST_VARIANTS) {
      if (isPlainPost(v)) expect(PostSchema.safeParse(v).success, JSON.stringify(v)).toBe(true);
    }
    // and it is not vacuous: the valid ones pass it
    expect(POST_VARIANTS.slice(0, 4).every(isPlainPost)).toBe(true);
    expect(POST_VARIANTS.slice(4).some(isPlainPost)).toBe(false);
  });

  it('checks every field of PostSchema (a field added to the schema must be added to the hand check)', () => {
    const valid = POST_VARIANTS[0];
    if (!valid || !isPlainPost(valid)) throw new Error('no valid post variant');
    for (const key of Object.keys(PostSchema.shape)) {
      for (const bad of ['x', 1, true, null, {}, Symbol('s')]) {
        const post = { ...valid, [key]: bad };
        if (!PostSchema.safeParse(post).success) expect(isPlainPost(post), `${key} = ${String(bad)}`).toBe(false);
      }
    }
  });
});

describe('validatePage equals the schema', () => {
  const page: CommunityPage = {
    site: 'vk',
    url: 'https://vk.com/club1',
    id: '1',
    name: 'Администрация',
    members: 10,
    avatar: 'present',
    cover: 'missing',
    description: 'unknown',
    descriptionText: null,
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    posts: [POST, { ...POST, id: '-1_3', scheduled: true }],
    layout: 'vk-g2',
    postsSince: null,
    scheduledPosts: [{ ...POST, id: '-1_4', scheduled: true }],
    sources: { members: 'vk-g2:#page_subscribers span' },
    diagnostics: [{ name: 'likes', message: 'm' }],
    membersRange: { min: 1, max: 2 },
  };

  it('gives what the schema gives for valid pages, with and without scheduled posts', () => {
    for (const p of [page, { ...page, scheduledPosts: null }, { ...page, scheduledPosts: undefined }]) {
      const out = validatePage(p);
      expect(out).toEqual(CommunityPageSchema.parse(p));
      expect('scheduledPosts' in out).toBe('scheduledPosts' in CommunityPageSchema.parse(p));
    }
  });

  it('degrades a page with one bad post, or a bad field beside good posts, as the schema does', () => {
    const badPost = { ...page, posts: [POST, { ...POST, likes: 'many' }] } as unknown as CommunityPage;
    expect(validatePage(badPost).diagnostics?.[0]?.name).toBe('schema');
    const badScheduled = { ...page, scheduledPosts: [{ ...POST, pinned: 'yes' }] } as unknown as CommunityPage;
    expect(validatePage(badScheduled).diagnostics?.[0]?.name).toBe('schema');
    const badField = { ...page, avatar: 'maybe' } as unknown as CommunityPage;
    expect(validatePage(badField).diagnostics?.[0]?.name).toBe('schema');
    const badRange = { ...page, membersRange: { min: 1 } } as unknown as CommunityPage;
    expect(validatePage(badRange).diagnostics?.[0]?.name).toBe('schema');
  });
});
