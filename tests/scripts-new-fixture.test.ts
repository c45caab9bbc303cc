/**
 * `npm run new-fixture`: a capture (a saved page, or the popup's snapshot file) becomes a fixture folder whose draft
 * is the reader's answer, with the selectors' match counts — here on a golden page, whose draft must equal its
 * expected.json (sanitising an already clean page changes nothing the reader sees).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixture } from './lib/sites/fixtures';

const root = mkdtempSync(join(tmpdir(), 'new-fixture-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/new-fixture.ts', ...args, '--root', root], {
    encoding: 'utf8',
  });

describe('new-fixture', () => {
  it('turns a saved page into a folder with a draft equal to the reviewed answer', () => {
    const f = loadFixture('vk', 'g2-redesigned');
    const saved = join(root, 'saved.html');
    writeFileSync(saved, f.html);
    run(saved, f.href, 'from-html', '--now', f.options.now.toISOString(), '--tz', f.options.timeZone);
    const dir = join(root, 'vk', 'from-html');
    expect(readFileSync(join(dir, 'url.txt'), 'utf8')).toBe(`${f.href}\n`);
    expect(JSON.parse(readFileSync(join(dir, 'expected.draft.json'), 'utf8'))).toEqual(f.expected);
    expect(readFileSync(join(dir, 'selectors.json'), 'utf8')).toBe(readFileSync(join(f.dir, 'selectors.json'), 'utf8'));
  });

  it('takes the popup’s snapshot file: its URL and instant', () => {
    const f = loadFixture('ok', 'desktop-group');
    const snapshot = join(root, 'snapshot.json');
    writeFileSync(snapshot, JSON.stringify({ url: f.href, takenAt: f.options.now.toISOString(), html: f.html }));
    run(snapshot, 'from-snapshot', '--tz', f.options.timeZone);
    const dir = join(root, 'ok', 'from-snapshot');
    expect(JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')).now).toBe(f.options.now.toISOString());
    expect(JSON.parse(readFileSync(join(dir, 'expected.draft.json'), 'utf8'))).toEqual(f.expected);
  });

  it('refuses a URL of no supported site', () => {
    const saved = join(root, 'other.html');
    writeFileSync(saved, '<p>x</p>');
    expect(() => run(saved, 'https://example.org/club1', 'other')).toThrow(/not a VK or OK URL/);
  });
});
