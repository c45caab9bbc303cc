// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OK_SELECTORS, OK_TEXTS } from '../../../../lib/sites/ok/selectors';

const sources = ['lib/sites/ok/read.ts', 'lib/sites/ok/paginate.ts']
  .map((p) => readFileSync(resolve(process.cwd(), p), 'utf8'))
  .join('\n');

describe('OK selectors as data', () => {
  const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
  for (const [name, alternatives] of Object.entries(OK_SELECTORS)) {
    it(`${name}: valid, attributed alternatives, used by the reader`, () => {
      expect(alternatives.length).toBeGreaterThan(0);
      for (const alt of alternatives) {
        expect(() => doc.querySelector(alt.css), alt.css).not.toThrow();
        expect(['ok-desktop', 'ok-mobile']).toContain(alt.generation);
        expect(alt.source).toMatch(/\[(S|I|\?)\]/);
        if (alt.expires !== undefined) expect(alt.expires).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(sources.includes(`'${name}'`) || sources.includes(`.${name}`), `${name} is never used`).toBe(true);
    });
  }

  it('text markers are lower case (matched against normalised text)', () => {
    for (const list of Object.values(OK_TEXTS)) for (const t of list) expect(t).toBe(t.toLowerCase());
  });
});
