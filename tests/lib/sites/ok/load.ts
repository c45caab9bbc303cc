/** Fixture loading for the OK reader tests: tests/fixtures/ok/<slug>/{source.html, url.txt, options.json, expected.json}. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadOptions } from '../../../../lib/sites/types';

/** Tests run from the repository root (`npx vitest run --config tests/vitest.config.ts`). */
export const OK_FIXTURES = resolve(process.cwd(), 'tests/fixtures/ok');

export interface OkFixture {
  slug: string;
  dir: string;
  html: string;
  url: URL;
  options: ReadOptions;
  expected: unknown;
}

/** Parse HTML with the test environment's DOMParser (test files run under `@vitest-environment jsdom`). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadOkFixtures(): OkFixture[] {
  return readdirSync(OK_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(OK_FIXTURES, d.name, 'source.html')))
    .map((d) => {
      const dir = join(OK_FIXTURES, d.name);
      const read = (name: string) => readFileSync(join(dir, name), 'utf8');
      const opts = JSON.parse(read('options.json')) as { now: string; timeZone: string };
      return {
        slug: d.name,
        dir,
        html: read('source.html'),
        url: new URL(read('url.txt').trim()),
        options: { now: new Date(opts.now), timeZone: opts.timeZone },
        expected: JSON.parse(read('expected.json')) as unknown,
      };
    });
}
