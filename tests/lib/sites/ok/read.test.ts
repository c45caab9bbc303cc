// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOkPage } from '../../../../lib/sites/ok/read';
import { CommunityPageSchema } from '../../../../lib/types';
import { loadOkFixtures, parseHtml } from './load';

const fixtures = loadOkFixtures();

describe('OK reader: every fixture gives its expected.json', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });
  for (const f of fixtures) {
    it(f.slug, () => {
      const page = readOkPage(parseHtml(f.html), f.url, f.options);
      expect(page).toEqual(f.expected);
      if (page) expect(CommunityPageSchema.safeParse(page).success).toBe(true);
    });
  }
});
