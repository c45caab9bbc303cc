/**
 * The production build's rewrite of the selectors files (scripts/strip-evidence.ts, docs/performance.md): on every
 * site's selectors.ts it keeps every CSS selector (with its generation's helper), every pattern and every word list,
 * drops every evidence string (source, date, expiry), and the result still parses as TypeScript.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { OK_SELECTORS, OK_TEXTS } from '../../../lib/sites/ok/selectors';
import type { PatternMarker, SelectorSet, WordsMarker } from '../../../lib/sites/types';
import { VK_SELECTORS, VK_TEXTS } from '../../../lib/sites/vk/selectors';
import { stripSelectorEvidence } from '../../../scripts/strip-evidence';

const SITES: [string, SelectorSet<string>, Record<string, PatternMarker | WordsMarker>][] = [
  ['vk', VK_SELECTORS, VK_TEXTS],
  ['ok', OK_SELECTORS, OK_TEXTS],
];

/** The code without its comments (evidence is welcome in comments: they never reach the bundle). */
const code = (ts: string) => transformSync(ts, { loader: 'ts', charset: 'utf8', legalComments: 'none' }).code;
const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

describe.each(SITES)('%s selectors.ts in a production build', (site, selectors, texts) => {
  const source = readFileSync(resolve(process.cwd(), 'lib/sites', site, 'selectors.ts'), 'utf8');
  const stripped = stripSelectorEvidence(source);
  const js = code(stripped);

  it('keeps every CSS selector as the only argument of its call', () => {
    for (const alternatives of Object.values(selectors))
      for (const alt of alternatives) expect(stripped, alt.css).toContain(`(${quoted(alt.css)})`);
  });

  it('keeps every pattern and word list', () => {
    for (const [name, marker] of Object.entries(texts)) {
      if ('pattern' in marker) expect(js, name).toContain(`/${marker.pattern.source}/${marker.pattern.flags}`);
      else for (const w of marker.words) expect(js, name).toContain(JSON.stringify(w));
    }
  });

  it('drops every evidence string from the code', () => {
    const evidence = [
      ...Object.values(selectors).flatMap((alts) => alts.flatMap((a) => [a.source, a.date, a.expires])),
      ...Object.values(texts).flatMap((m) => [m.source, m.date]),
    ].filter((s): s is string => typeof s === 'string');
    expect(evidence.length).toBeGreaterThan(50);
    for (const s of new Set(evidence)) expect(js, s).not.toContain(JSON.stringify(s));
    // and nothing else was touched: the rewrite only shortens argument lists
    expect(code(source).length).toBeGreaterThan(js.length);
  });
});
