// @vitest-environment jsdom
/**
 * Mutation test of the OK reader: seeded random damage to every fixture (hundreds of variants). The reader never
 * throws, always returns a schema-valid page (or null only for a screen-name URL that no longer shows a group), and
 * when the layout markers themselves are gone it answers 'unknown', never 'missing'. Wrapper drift (../drift.ts): the
 * ancestors of what the reading depends on lose or change their ids and classes, or gain a wrapper, and no 'present'
 * becomes 'missing', no check 'pass' becomes 'fail'.
 */
import { describe, expect, it } from 'vitest';
import { okGroupIdFromUrl } from '../../../../lib/sites/ok/detect';
import { readOkPage } from '../../../../lib/sites/ok/read';
import { OK_SELECTORS } from '../../../../lib/sites/ok/selectors';
import { type CommunityPage, CommunityPageSchema } from '../../../../lib/types';
import { runDrift } from '../drift';
import { type Fixture, loadFixtures, parseHtml } from '../fixtures';
import { mutateDocument, neutraliseMarkers } from '../mutate';

const SEEDS_PER_FIXTURE = 100;
const DRIFT_VARIANTS = 60;
const MARKERS = [...OK_SELECTORS.desktopMarker, ...OK_SELECTORS.mobileMarker].map((a) => a.css);
const fixtures = loadFixtures('ok');

function check(f: Fixture, page: CommunityPage | null, what: string) {
  if (page === null) {
    // Only a screen-name URL may turn out not to be a group; a /group/<id> URL always gives a page.
    expect(okGroupIdFromUrl(f.url), `${what}: null for a group URL`).toBeNull();
    return;
  }
  const parsed = CommunityPageSchema.safeParse(page);
  expect(parsed.success, `${what}: schema`).toBe(true);
  expect(page.site).toBe('ok');
  const internal = (page.diagnostics ?? []).filter((d) => d.name === 'schema' || d.name === 'reader');
  expect(internal, `${what}: reader error or invalid output`).toEqual([]);
}

function expectNoMissing(page: CommunityPage, what: string) {
  expect(page.layout, what).toBe('unknown');
  for (const field of ['avatar', 'cover', 'description', 'posWidget', 'govMark', 'aPlusMark'] as const) {
    expect(page[field], `${what}: ${field}`).not.toBe('missing');
  }
  expect(page.postsSince, `${what}: postsSince`).toBeNull();
}

describe('OK reader under mutation', () => {
  for (const [index, f] of fixtures.entries()) {
    it(`${f.slug}: ${SEEDS_PER_FIXTURE} random variants never throw and stay schema-valid`, () => {
      const original = parseHtml(f.html);
      for (let seed = 1; seed <= SEEDS_PER_FIXTURE; seed++) {
        const doc = original.cloneNode(true) as Document;
        const log = mutateDocument(doc, index * 1000 + seed, 1 + (seed % 6));
        const what = `${f.slug} seed ${seed} [${log.join('; ')}]`;
        let page: CommunityPage | null = null;
        expect(() => {
          page = readOkPage(doc, f.url, f.options);
        }, what).not.toThrow();
        check(f, page, what);
      }
    });

    it(`${f.slug}: without its layout markers every presence is 'unknown', never 'missing'`, () => {
      const original = parseHtml(f.html);
      for (let seed = 0; seed <= 3; seed++) {
        const doc = original.cloneNode(true) as Document;
        neutraliseMarkers(doc, MARKERS);
        const log = seed === 0 ? [] : mutateDocument(doc, 50_000 + index * 100 + seed, seed * 2);
        const what = `${f.slug} markers gone, seed ${seed} [${log.join('; ')}]`;
        const page = readOkPage(doc, f.url, f.options);
        check(f, page, what);
        if (page) expectNoMissing(page, what);
      }
    });
  }

  for (const [index, f] of fixtures.entries()) {
    // wrapper drift (tests/lib/sites/drift.ts): no 'present' becomes 'missing', no 'pass' becomes 'fail'
    it(`${f.slug}: ${DRIFT_VARIANTS} wrapper-drift variants, no new missing and no new fail`, () => {
      const run = runDrift(f, OK_SELECTORS, DRIFT_VARIANTS, 90_000 + index * 1000);
      // a page with nothing read from its markup (a stub) has no element to drift around
      if (f.expected?.layout !== 'unknown') expect(run.variants).toBeGreaterThan(0);
      expect(run.violations).toEqual([]);
    });
  }

  it('the recognised fixtures do say missing somewhere (the test above can fail)', () => {
    const f = fixtures.find((x) => x.slug === 'no-avatar-cover');
    const page = f ? readOkPage(parseHtml(f.html), f.url, f.options) : null;
    expect(page?.avatar).toBe('missing');
    expect(page?.description).toBe('missing');
    expect(page?.posWidget).toBe('missing');
  });
});
