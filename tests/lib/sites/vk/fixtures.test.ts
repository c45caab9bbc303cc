// @vitest-environment jsdom
/**
 * Golden fixtures: every tests/fixtures/vk/<slug>/source.html read at its url.txt, with the `now` and zone of its
 * options.json, must give expected.json exactly (null for non-community pages).
 * `UPDATE_VK_FIXTURES=1` refreshes only `sources` and `diagnostics` in expected.json (review the diff).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../../lib/sites';
import { CommunityPageSchema } from '../../../../lib/types';
import { fixtureSlugs, loadFixture } from './fixture-loader';

describe('VK golden fixtures', () => {
  const slugs = fixtureSlugs();
  it('has a fixture for every case the issue lists', () => {
    for (const s of [
      'g1-2016',
      'g2-redesigned',
      'g3-datatestid',
      'mobile',
      'default-avatar-no-cover',
      'pos-links',
      'over-10k-registry',
      'over-10k-no-registry',
      'over-10k-snet',
      'over-10k-a-plus',
      'over-10k-not-seen',
      'pinned-old-post',
      'ad-post',
      'nested-repost',
      'clip',
      'scheduled-admin',
      'closed',
      'blocked',
      'user-profile',
      'g3-100-posts',
    ])
      expect(slugs).toContain(s);
  });

  it.each(slugs)('%s', (slug) => {
    const f = loadFixture(slug);
    const doc = new DOMParser().parseFromString(f.html, 'text/html');
    const page = readCommunityPage(doc, f.url, f.options);
    if (f.expected === null) {
      expect(page).toBeNull();
      return;
    }
    expect(page).not.toBeNull();
    expect(CommunityPageSchema.safeParse(page).success).toBe(true);
    if (process.env.UPDATE_VK_FIXTURES && page) {
      const next = { ...f.expected, sources: page.sources, diagnostics: page.diagnostics };
      writeFileSync(join(f.dir, 'expected.json'), `${JSON.stringify(next, null, 2)}\n`);
      return;
    }
    expect(page).toEqual(f.expected);
  });
});
