// @vitest-environment jsdom
/**
 * Selectors as data, for every site (refined-github's selectors test, offline): every alternative is a valid CSS
 * selector of one of the site's generations, attributed ([S]/[I]/[?] evidence), dated, not past its expiry, and used
 * by the site's code; every text marker likewise. And per golden page, how many elements each alternative matches
 * (tests/fixtures/<site>/<slug>/selectors.json), so a selector that breaks fails a named test:
 * "vk/g2-redesigned: members[1] `#page_subscribers span` matched 0, expected 1".
 * `UPDATE_FIXTURES=1` rewrites the selectors.json files (review the diff: every changed count is a changed reading).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OK_GENERATIONS, OK_SELECTORS, OK_TEXTS } from '../../../lib/sites/ok/selectors';
import type { PatternMarker, SelectorSet, WordsMarker } from '../../../lib/sites/types';
import { VK_GENERATIONS, VK_SELECTORS, VK_TEXTS } from '../../../lib/sites/vk/selectors';
import type { Site } from '../../../lib/types';
import { formatSelectorCounts, loadFixtures, parseHtml, selectorCounts } from './fixtures';

interface SiteData {
  selectors: SelectorSet<string>;
  texts: Record<string, PatternMarker | WordsMarker>;
  generations: readonly string[];
}

const SITES: Record<Site, SiteData> = {
  vk: { selectors: VK_SELECTORS, texts: VK_TEXTS, generations: VK_GENERATIONS },
  ok: { selectors: OK_SELECTORS, texts: OK_TEXTS, generations: OK_GENERATIONS },
};

/** The site's code besides its selector data: where a name must be used. */
function siteCode(site: Site): string {
  const dir = resolve(process.cwd(), 'lib/sites', site);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.ts') && e.name !== 'selectors.ts') files.push(readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return files.join('\n');
}

const DATE = /^\d{4}(?:-\d{2}){0,2}(?:(?:–| → )\d{4}(?:-\d{2}){0,2})?$/;
const EVIDENCE = /\[(?:S|I|\?)\]/;
const today = new Date().toISOString().slice(0, 10);

describe.each(Object.entries(SITES) as [Site, SiteData][])('%s selectors as data', (site, data) => {
  const code = siteCode(site);
  const doc = parseHtml('<html><body></body></html>');
  const used = (name: string) => code.includes(`'${name}'`) || code.includes(`.${name}`);

  it.each(Object.entries(data.selectors))('%s: valid, attributed, dated, current and used', (name, alternatives) => {
    expect(alternatives.length).toBeGreaterThan(0);
    for (const alt of alternatives) {
      expect(() => doc.querySelector(alt.css), alt.css).not.toThrow();
      expect([...data.generations, 'any'], alt.css).toContain(alt.generation);
      expect(alt.source, alt.css).toMatch(EVIDENCE);
      expect(alt.date, alt.css).toMatch(DATE);
      if (alt.expires !== undefined) {
        expect(alt.expires, alt.css).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // An expiry is a promise to look again: drop the alternative, or keep it with fresh evidence and a new date.
        expect(alt.expires > today, `${name}: ${alt.css} expired on ${alt.expires}`).toBe(true);
      }
    }
    expect(used(name), `${site} selector '${name}' is never used`).toBe(true);
  });

  it.each(Object.entries(data.texts))('text marker %s: attributed, dated, used', (name, marker) => {
    expect(marker.source).toMatch(EVIDENCE);
    expect(marker.date).toMatch(DATE);
    if ('words' in marker)
      for (const w of marker.words) expect(w, 'matched against lower-case text').toBe(w.toLowerCase());
    expect(used(name), `${site} text marker '${name}' is never used`).toBe(true);
  });
});

describe('selector match counts on every golden page', () => {
  const fixtures = loadFixtures();
  it.each(fixtures.map((f) => [`${f.site}/${f.slug}`, f] as const))('%s', (_, f) => {
    const counts = selectorCounts(f.site, parseHtml(f.html));
    const file = join(f.dir, 'selectors.json');
    if (process.env.UPDATE_FIXTURES) {
      writeFileSync(file, formatSelectorCounts(counts));
      return;
    }
    expect(existsSync(file), `${file} is missing: run UPDATE_FIXTURES=1 on this test`).toBe(true);
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>;
    const problems: string[] = [];
    for (const [name, alts] of Object.entries(SITES[f.site].selectors)) {
      alts.forEach((alt, i) => {
        const want = expected[name]?.[i];
        const got = counts[name]?.[i];
        if (want !== got) problems.push(`${name}[${i}] \`${alt.css}\` matched ${got}, expected ${want}`);
      });
    }
    for (const name of Object.keys(expected))
      if (!(name in SITES[f.site].selectors)) problems.push(`${name}: in selectors.json, not in the site's selectors`);
    expect(problems).toEqual([]);
  });
});
