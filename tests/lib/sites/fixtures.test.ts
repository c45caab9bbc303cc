// @vitest-environment jsdom
/**
 * The one loop over every golden page of every site (tests/fixtures/<site>/<slug>/, see ./fixtures.ts): read at its
 * url.txt with the `now` and zone of its options.json, each must give its expected.json exactly (null for a page
 * that is not a community), schema-valid — and the same with the query planning switched off
 * (lib/sites/core/query.ts), so a planner bug cannot hide behind a fixture.
 * `UPDATE_FIXTURES=1` rewrites only `sources` and `diagnostics` in expected.json (review the diff).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCommunityPage } from '../../../lib/sites';
import { setQueryPlanning } from '../../../lib/sites/core/query';
import { CommunityPageSchema } from '../../../lib/types';
import { type Fixture, fixtureSlugs, loadFixtures, parseHtml } from './fixtures';

const fixtures = loadFixtures();

describe('golden fixtures', () => {
  afterEach(() => setQueryPlanning(true));

  it('cover every case the readers promise', () => {
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
      'react-gov-modal-open',
      'react-no-cover-image',
      'react-short-dates',
    ])
      expect(fixtureSlugs('vk')).toContain(s);
    for (const s of [
      'desktop-group',
      'mobile-group',
      'closed-group',
      'blocked-group',
      'deleted-group',
      'profile',
      'large-snet',
      'large-a-plus',
    ])
      expect(fixtureSlugs('ok')).toContain(s);
    for (const site of ['vk', 'ok'] as const)
      expect(
        fixtures.some((f) => f.site === site && f.expected === null),
        `${site}: a null page`,
      ).toBe(true);
  });

  it.each(fixtures.map((f): [string, Fixture] => [`${f.site}/${f.slug}`, f]))('%s', (_, f) => {
    const page = readCommunityPage(parseHtml(f.html), f.url, f.options);
    if (f.expected === null) {
      expect(page).toBeNull();
      return;
    }
    expect(page).not.toBeNull();
    expect(CommunityPageSchema.safeParse(page).success).toBe(true);
    if (process.env.UPDATE_FIXTURES && page) {
      const next = { ...f.expected, sources: page.sources, diagnostics: page.diagnostics };
      writeFileSync(join(f.dir, 'expected.json'), `${JSON.stringify(next, null, 2)}\n`);
      return;
    }
    expect(page).toEqual(f.expected);
    setQueryPlanning(false);
    expect(readCommunityPage(parseHtml(f.html), f.url, f.options), 'planning off').toEqual(f.expected);
  });
});
