// @vitest-environment jsdom
/**
 * Firefox's background re-read (MV2 background page, DOMParser there) loads the readers from a separate file of the
 * package on first use (lib/ext/page-reader.ts), so the background bundle carries none. Firefox cannot be driven
 * here; this checks the built files instead: the Firefox background names /firefox-reader.js and holds no reader,
 * and the built reader file, imported as a module (as the background page does), registers a reader that reads a
 * golden fixture exactly as the readers do everywhere else. The Chrome build has no such file: its service worker
 * reads in the offscreen document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadPage } from '../../lib/batch/runner';
import { PAGE_READER_PATH } from '../../lib/ext/page-reader';
import { wxtBuild } from './build';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = join(ROOT, '.output/firefox-mv2');
const CHROME = join(ROOT, '.output/chrome-mv3');
const FIXTURE = join(ROOT, 'tests/fixtures/vk/g2-redesigned');
const READER_FILE = PAGE_READER_PATH.slice(1);

describe('the Firefox background’s reader file', () => {
  beforeAll(() => {
    wxtBuild(['-b', 'firefox'], 'ignore');
  });

  it('is built for Firefox and named by the background, which holds no reader itself', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8')) as {
      background?: { scripts?: string[] };
    };
    expect(manifest.background?.scripts).toEqual(['background.js']);
    const background = readFileSync(join(FIREFOX, 'background.js'), 'utf8');
    expect(background).toContain(PAGE_READER_PATH);
    const reader = readFileSync(join(FIREFOX, READER_FILE), 'utf8');
    // A string of the VK reader's selectors: in the reader file, not in the background.
    const marker = /\[data-testid=[^\]]+\]/.exec(reader)?.[0];
    expect(marker).toBeTruthy();
    expect(background).not.toContain(marker);
    expect(existsSync(join(FIREFOX, 'offscreen.html'))).toBe(false);
  });

  it('registers, once imported, a reader that reads a golden fixture as expected', async () => {
    const key = Symbol.for('gospabliki.pageReader');
    const registry = globalThis as Record<symbol, unknown>;
    delete registry[key];
    await import(/* @vite-ignore */ pathToFileURL(join(FIREFOX, READER_FILE)).href);
    const read = registry[key] as ReadPage | undefined;
    expect(typeof read).toBe('function');
    const html = readFileSync(join(FIXTURE, 'source.html'), 'utf8');
    const url = readFileSync(join(FIXTURE, 'url.txt'), 'utf8').trim();
    const options = JSON.parse(readFileSync(join(FIXTURE, 'options.json'), 'utf8')) as {
      now: string;
      timeZone: string;
    };
    const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as unknown;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const page = read?.(doc, url, { now: new Date(options.now), timeZone: options.timeZone });
    expect(page).toEqual(expected);
  });

  it('is not in the Chrome build, whose service worker has no dynamic import', () => {
    if (!existsSync(join(CHROME, 'manifest.json'))) return;
    expect(existsSync(join(CHROME, READER_FILE))).toBe(false);
    const worker = readFileSync(join(CHROME, 'background.js'), 'utf8');
    expect(worker).not.toContain(PAGE_READER_PATH);
    expect(worker).not.toMatch(/\bimport\s*\(/);
  });
});
