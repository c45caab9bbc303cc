// @vitest-environment jsdom
/**
 * Mutation test: hundreds of seeded variants of every VK fixture (random elements and attributes removed, renamed,
 * unwrapped, retagged). The reader never throws, always answers a schema-valid page for a community URL, every
 * 'missing' carries the source that justified it, and with the layout markers themselves neutralised it answers
 * 'unknown', never 'missing'. Wrapper drift (../drift.ts): the ancestors of what the reading depends on lose or change
 * their ids and classes, or gain a wrapper, and no 'present' becomes 'missing', no check 'pass' becomes 'fail'.
 */
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../../lib/sites';
import { detectVkPage } from '../../../../lib/sites/vk/detect';
import { VK_SELECTORS } from '../../../../lib/sites/vk/selectors';
import { type CommunityPage, CommunityPageSchema } from '../../../../lib/types';
import { runDrift } from '../drift';
import { fixtureSlugs, loadFixture } from '../fixtures';
import { mutateDocument, neutraliseMarkers } from '../mutate';

const SEEDS_PER_FIXTURE = 100;
const DRIFT_VARIANTS = 60;
const PRESENCE_FIELDS = ['avatar', 'cover', 'description', 'posWidget', 'govMark', 'aPlusMark'] as const;
/** Machine data in the page: a 'missing' from it does not depend on the layout markers. */
const MACHINE_SOURCES = /^(?:apiPrefetchCache|inline-script|bridge)/;

const MARKERS = [
  ...VK_SELECTORS.headerReact,
  ...VK_SELECTORS.headerG3,
  ...VK_SELECTORS.headerG2,
  ...VK_SELECTORS.headerG1,
  ...VK_SELECTORS.headerMobile,
  ...VK_SELECTORS.wall,
  ...VK_SELECTORS.postRoot,
  // ancestors named inside descendant selectors are markers too
  { css: '#spa_layout_content' },
  { css: '[data-testid="feed_main_container"]' },
].map((a) => a.css);

function checkContract(page: CommunityPage | null, url: string, label: string) {
  const kind = detectVkPage(new URL(url));
  if (kind === 'community') expect(page, label).not.toBeNull();
  if (!page) return;
  expect(CommunityPageSchema.safeParse(page).success, label).toBe(true);
  for (const field of PRESENCE_FIELDS) {
    if (page[field] === 'missing')
      expect(page.sources?.[field], `${label}: ${field} missing without a source`).toBeTruthy();
  }
  for (const p of page.posts) expect(p.scheduled, label).not.toBe(true);
}

describe('VK reader under mutation', () => {
  const slugs = fixtureSlugs('vk').filter((s) => s !== 'g3-100-posts');

  it.each(slugs)('%s: random damage never breaks the contract', (slug) => {
    const f = loadFixture('vk', slug);
    const original = new DOMParser().parseFromString(f.html, 'text/html');
    for (let seed = 1; seed <= SEEDS_PER_FIXTURE; seed++) {
      const doc = original.cloneNode(true) as Document;
      const log = mutateDocument(doc, seed * 7919 + slug.length, 1 + (seed % 8));
      let page: CommunityPage | null = null;
      expect(
        () => {
          page = readCommunityPage(doc, f.url, f.options);
        },
        `${slug} seed ${seed}: ${log.join('; ')}`,
      ).not.toThrow();
      checkContract(page, f.href, `${slug} seed ${seed}: ${log.join('; ')}`);
    }
  });

  it.each(fixtureSlugs('vk'))('%s: with the layout markers neutralised it answers unknown, not missing', (slug) => {
    const f = loadFixture('vk', slug);
    const doc = new DOMParser().parseFromString(f.html, 'text/html');
    neutraliseMarkers(doc, MARKERS);
    const page = readCommunityPage(doc, f.url, f.options);
    checkContract(page, f.href, slug);
    if (!page) return;
    expect(page.layout).toBe('unknown');
    for (const field of PRESENCE_FIELDS) {
      if (page[field] === 'missing') expect(page.sources?.[field] ?? '', `${slug}: ${field}`).toMatch(MACHINE_SOURCES);
    }
    // coverage cannot be claimed from a wall that was not recognised
    if (page.posts.length === 0) expect(page.postsSince).toBeNull();
  });

  it('the unmutated fixtures are not all-unknown (the marker test can fail)', () => {
    const f = loadFixture('vk', 'default-avatar-no-cover');
    const page = readCommunityPage(new DOMParser().parseFromString(f.html, 'text/html'), f.url, f.options);
    expect(page?.avatar).toBe('missing');
    expect(page?.cover).toBe('missing');
  });
});

describe('VK reader under wrapper drift', () => {
  // The ancestors of every element a selector matches lose or change their ids and classes, or gain a wrapper: no
  // 'present' may become 'missing', no 'pass' may become 'fail' (tests/lib/sites/drift.ts). The 100-post page gets
  // fewer variants: each read of it costs ten times more.
  it.each(fixtureSlugs('vk'))('%s: no new missing and no new fail', (slug) => {
    const f = loadFixture('vk', slug);
    const run = runDrift(
      f,
      VK_SELECTORS,
      slug === 'g3-100-posts' ? DRIFT_VARIANTS / 10 : DRIFT_VARIANTS,
      slug.length * 10_007,
    );
    // a page with nothing read from its markup (a stub) has no element to drift around
    if (f.expected?.layout !== 'unknown') expect(run.variants).toBeGreaterThan(0);
    expect(run.violations).toEqual([]);
  });
});

describe('VK coverage honesty', () => {
  it('a virtualised G3 feed that no longer starts at item 0 has unknown coverage', () => {
    const f = loadFixture('vk', 'g3-datatestid');
    const doc = new DOMParser().parseFromString(f.html, 'text/html');
    doc.querySelector('article[data-index="0"]')?.remove();
    const page = readCommunityPage(doc, f.url, f.options);
    expect(page?.posts.length).toBeGreaterThan(0);
    expect(page?.postsSince).toBeNull();
    expect(page?.diagnostics?.some((d) => d.name === 'feed-start')).toBe(true);
  });
});

describe('VK access states', () => {
  const read = (html: string, url = 'https://vk.com/club600600') =>
    readCommunityPage(new DOMParser().parseFromString(html, 'text/html'), url, {
      now: new Date('2026-03-15T09:00:00Z'),
      timeZone: 'Europe/Moscow',
    });

  it('tells a private community from a closed one', () => {
    const f = loadFixture('vk', 'closed');
    expect(read(f.html)?.access).toBe('closed');
    const page = read(f.html.replace('Это закрытая группа', 'Это частное сообщество'));
    expect(page?.access).toBe('private');
    expect(page?.posts).toEqual([]);
    expect(page?.postsSince).toBeNull();
  });

  it('reports a deleted community as deleted with everything unknown', () => {
    const page = read(
      '<html><body><div id="content"><h5 class="profile_deleted_text">Сообщество удалено.</h5></div></body></html>',
    );
    expect(page).toMatchObject({
      access: 'deleted',
      avatar: 'unknown',
      cover: 'unknown',
      govMark: 'unknown',
      posts: [],
    });
  });
});
