/**
 * The golden pages of every site: `tests/fixtures/<site>/<slug>/{source.html, url.txt, options.json, expected.json}`
 * (readability's test-pages model). `options.json` holds the read's `now` and zone, so results never depend on the
 * machine's clock or zone; `expected.json` is the whole `CommunityPage`, or `null` for a page that is not a
 * community. `npm run new-fixture` makes a new folder from a capture (scripts/new-fixture.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommunityPage } from '../../../lib/sites';
import { OK_SELECTORS } from '../../../lib/sites/ok/selectors';
import type { SelectorSet } from '../../../lib/sites/types';
import { VK_SELECTORS } from '../../../lib/sites/vk/selectors';
import type { CommunityPage, Site } from '../../../lib/types';

/** Tests run from the repository root (`npx vitest run --config tests/vitest.config.ts`). */
export const FIXTURES_ROOT = resolve(process.cwd(), 'tests/fixtures');
export const FIXTURE_SITES: readonly Site[] = ['vk', 'ok'];

export interface Fixture {
  site: Site;
  slug: string;
  dir: string;
  html: string;
  /** The page's address (url.txt). */
  url: URL;
  href: string;
  options: { now: Date; timeZone: string };
  expected: CommunityPage | null;
}

/** The slugs of one site's golden pages (folders with a source.html and an expected.json), sorted. */
export function fixtureSlugs(site: Site): string[] {
  const root = join(FIXTURES_ROOT, site);
  return readdirSync(root)
    .filter(
      (d) =>
        statSync(join(root, d)).isDirectory() &&
        existsSync(join(root, d, 'source.html')) &&
        existsSync(join(root, d, 'expected.json')),
    )
    .sort();
}

export function loadFixture(site: Site, slug: string): Fixture {
  const dir = join(FIXTURES_ROOT, site, slug);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const href = read('url.txt').trim();
  const opts = JSON.parse(read('options.json')) as { now: string; timeZone: string };
  return {
    site,
    slug,
    dir,
    html: read('source.html'),
    url: new URL(href),
    href,
    options: { now: new Date(opts.now), timeZone: opts.timeZone },
    expected: JSON.parse(read('expected.json')) as CommunityPage | null,
  };
}

/** Every golden page of `site`, or of every site. */
export function loadFixtures(site?: Site): Fixture[] {
  return (site ? [site] : FIXTURE_SITES).flatMap((s) => fixtureSlugs(s).map((slug) => loadFixture(s, slug)));
}

/** Parse HTML with the test environment's DOMParser (test files run under `@vitest-environment jsdom`). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Median milliseconds of `runs` reads of one parsed document. */
export function medianReadMs(doc: Document, url: string | URL, options: Fixture['options'], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    readCommunityPage(doc, url, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Each site's selector data, for the match counts. */
export const SITE_SELECTORS: Record<Site, SelectorSet<string>> = { vk: VK_SELECTORS, ok: OK_SELECTORS };

/** How many elements each alternative of the site's selectors matches in `doc`: `{ name: [count of alt 0, …] }`. */
export function selectorCounts(site: Site, doc: Document): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, alts] of Object.entries(SITE_SELECTORS[site]))
    out[name] = alts.map((a) => doc.querySelectorAll(a.css).length);
  return out;
}

/** A fixture's selectors.json: one line per selector name. */
export function formatSelectorCounts(counts: Record<string, number[]>): string {
  const lines = Object.entries(counts).map(([name, n]) => `  ${JSON.stringify(name)}: ${JSON.stringify(n)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
