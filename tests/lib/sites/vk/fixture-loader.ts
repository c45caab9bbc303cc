/** Loads tests/fixtures/vk/<slug>/{source.html, url.txt, options.json, expected.json}. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCommunityPage } from '../../../../lib/sites';

const ROOT = join(__dirname, '../../../fixtures/vk');

export function fixtureSlugs(): string[] {
  return readdirSync(ROOT).filter(
    (d) =>
      statSync(join(ROOT, d)).isDirectory() &&
      existsSync(join(ROOT, d, 'source.html')) &&
      existsSync(join(ROOT, d, 'expected.json')),
  );
}

export function loadFixture(slug: string) {
  const dir = join(ROOT, slug);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const url = readFileSync(join(dir, 'url.txt'), 'utf8').trim();
  const opts = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { now: string; timeZone: string };
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown> | null;
  return { dir, html, url, options: { now: new Date(opts.now), timeZone: opts.timeZone }, expected };
}

/** Median milliseconds of `runs` reads of one parsed document. */
export function medianReadMs(
  doc: Document,
  url: string,
  options: { now: Date; timeZone: string },
  runs: number,
): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    readCommunityPage(doc, url, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
