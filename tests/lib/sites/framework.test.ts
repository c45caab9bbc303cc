// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  isPlainPost,
  LayoutChangedError,
  OWN_HOST_PATH,
  presence,
  ReadContext,
  unwrapLink,
  validatePage,
} from '../../../lib/sites/framework';
import type { SelectorSet } from '../../../lib/sites/types';
import { type CommunityPage, CommunityPageSchema, PostSchema } from '../../../lib/types';

const selectors: SelectorSet<'name' | 'bad'> = {
  name: [
    { css: 'h2.new', generation: 'g3', source: 'test' },
    { css: 'h1.old', generation: 'g1', source: 'test' },
  ],
  bad: [{ css: '[[[', generation: 'g1', source: 'broken on purpose' }],
};

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('ReadContext', () => {
  it('tries alternatives newest first and tells which matched', () => {
    const ctx = new ReadContext('vk', selectors, 'test');
    const d = doc('<h1 class="old">Old</h1><h2 class="new">New</h2>');
    expect(ctx.match('name', d)?.alt.generation).toBe('g3');
    expect(ctx.optionalOne('name', d, ['g1'])?.textContent).toBe('Old');
  });

  it('requireOne throws LayoutChangedError by name; optionalOne returns null; a bad selector never throws', () => {
    const ctx = new ReadContext('vk', selectors, 'test');
    const d = doc('<p></p>');
    expect(ctx.optionalOne('name', d)).toBeNull();
    expect(() => ctx.requireOne('name', d)).toThrow(LayoutChangedError);
    expect(ctx.optionalOne('bad', d)).toBeNull();
  });

  it('records each miss once, by name, and reports it', () => {
    const seen: string[] = [];
    const ctx = new ReadContext('vk', selectors, 'https://vk.com/club1', (m) => seen.push(m));
    ctx.miss('members', 'vk-g2');
    ctx.miss('members', 'vk-g2');
    expect(ctx.diagnostics).toEqual([
      { name: 'members', message: "[vk] 'members' matched nothing on https://vk.com/club1 (vk-g2)" },
    ]);
    expect(seen).toHaveLength(1);
  });
});

describe('presence', () => {
  it('is missing only on a recognised block', () => {
    expect(presence(true, false)).toBe('present');
    expect(presence(false, true)).toBe('missing');
    expect(presence(false, false)).toBe('unknown');
  });
});

describe('links', () => {
  it('unwraps away.php, twice nested', () => {
    const inner = encodeURIComponent('https://pos.gosuslugi.ru/form/?opaId=1');
    const outer = encodeURIComponent(`/away.php?to=${inner}`);
    expect(unwrapLink(`/away.php?to=${outer}&cc_key=`, 'https://vk.com/club1')?.hostname).toBe('pos.gosuslugi.ru');
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
  { ...POST, scheduled: true, viewsApproximate: true, extra: { any: 'thing' } },
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

describe('ReadContext queries (memoised, pruned, early-stopping)', () => {
  const set: SelectorSet<'root' | 'union' | 'tagged' | 'attr' | 'notAttr' | 'bad'> = {
    root: [{ css: '.post[data-post-id]', generation: 'g2' }],
    union: [{ css: 'article.x, .post[data-post-id], section [data-a="1"], #nope .post', generation: 'g2' }],
    tagged: [{ css: 'article.post', generation: 'g2' }],
    attr: [{ css: '[data-zz]', generation: 'g2' }],
    notAttr: [{ css: '.post:not([data-zz])', generation: 'g2' }],
    bad: [{ css: '.post, [[[', generation: 'g2' }],
  };
  const html = `<div class="post" data-post-id="1" id="a"></div><section><p data-a="1" id="b"></p></section>
    <div class="post" data-post-id="2" id="c"></div><span class="post" id="d"></span>`;

  it('first() is the first element of queryAll(), in document order across parts', () => {
    const d = doc(html);
    for (const name of Object.keys(set) as (keyof typeof set)[]) {
      const css = set[name][0]?.css ?? '';
      const all = new ReadContext('vk', set, 't').queryAll(d, css);
      expect(new ReadContext('vk', set, 't').first(d, css), name).toBe(all[0] ?? null);
      expect(Array.from(d.querySelectorAll(css === '.post, [[[' ? '.nothing' : css)), name).toEqual(all);
    }
    expect(new ReadContext('vk', set, 't').first(d, set.union[0]?.css ?? '')?.id).toBe('a');
  });

  it('answers from the whole selector when a token is absent (tag, attribute, :not) without losing matches', () => {
    const d = doc(html);
    const ctx = new ReadContext('vk', set, 't');
    expect(ctx.queryAll(d, 'article.post')).toEqual([]);
    expect(ctx.mayMatch(d, 'article.post')).toBe(false);
    expect(ctx.mayMatch(d, '[data-zz]')).toBe(false);
    // the attribute under :not(…) need not exist
    expect(ctx.queryAll(d, '.post:not([data-zz])').map((e) => e.id)).toEqual(['a', 'c', 'd']);
    // union parts in document order, without duplicates
    expect(ctx.queryAll(d, 'section [data-a="1"], .post[data-post-id], div.post').map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ctx.all('root', d.body).els.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('does not prune by the document for a detached subtree (its tokens are not in the document)', () => {
    const d = doc('<p class="post" data-post-id="9" id="in"></p>');
    const ctx = new ReadContext('vk', set, 't');
    expect(ctx.queryAll(d, '.detached')).toEqual([]);
    const holder = d.createElement('div');
    holder.innerHTML = '<span class="detached" id="x"></span>';
    expect(ctx.queryAll(holder, '.detached').map((e) => e.id)).toEqual(['x']);
    expect(ctx.first(holder, '.detached, .post')?.id).toBe('x');
  });

  it('answers a union whose parts share a subject class like the browser does, from the document or an element', () => {
    const d = doc(`<main>${html}<div class="wrap"><i class="post x" id="e"></i></div></main>`);
    const ctx = new ReadContext('vk', set, 't');
    for (const css of [
      '.post[data-post-id], span.post, .wrap .post.x',
      'div.post, main > .post',
      '.post, .post[[[',
      // the subject is the descendant, not the class before the combinator (its stripped parts are no class)
      '.wrap [class], .wrap :not(.y)',
      '.post [data-a], section [data-a="1"]',
    ]) {
      const expected = css.includes('[[[') ? [] : Array.from(d.querySelectorAll(css));
      expect(ctx.queryAll(d, css), css).toEqual(expected);
      const main = d.querySelector('main');
      if (main)
        expect(ctx.queryAll(main, css), css).toEqual(css.includes('[[[') ? [] : Array.from(main.querySelectorAll(css)));
    }
  });
});

describe('OWN_HOST_PATH (links the scans need not parse)', () => {
  it('matches only hrefs the URL parser resolves on the base host, with no query or fragment', () => {
    const base = 'https://vk.com/club1?w=wall-1_2';
    const hrefs = [
      '/',
      '/feed',
      '/wall-1_2',
      '/photo-1_457239017',
      '/a/b/../c',
      '/.',
      '/away.php',
      '/dk',
      '//knd.gov.ru/license',
      '/\\knd.gov.ru',
      '/\tx',
      ' /x',
      '/x y',
      '/%2F%2Fknd.gov.ru',
      '/away.php?to=https%3A%2F%2Fknd.gov.ru',
      '/a#b',
      'https://knd.gov.ru/license?id=1',
      'knd.gov.ru',
      '/@knd.gov.ru',
      '/:x',
    ];
    let matched = 0;
    for (const href of hrefs) {
      if (!OWN_HOST_PATH.test(href)) continue;
      matched++;
      const url = new URL(href, base);
      expect(url.host, href).toBe('vk.com');
      expect(url.search + url.hash, href).toBe('');
    }
    expect(matched).toBe(8);
    expect(OWN_HOST_PATH.test('//knd.gov.ru/license')).toBe(false);
  });
});
