import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes, gzipSize, runtimeScriptRefs, webAccessibleFiles } from './bundle';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built extension folder with the given files (and manifest). */
function output(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gp-bundle-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const shell = 'var a=1;import(browser.runtime.getURL("/vk-reader.js")).then(()=>{});const s="/not-listed.js";';
const reader = `${'var reader = 1;'.repeat(50)}inject("/page-bridge.js")`;
const bridge = 'window.addEventListener("message",()=>{})';

describe('bundleSizes', () => {
  it.each([
    [
      'MV3',
      [
        { resources: ['page-bridge.js'], matches: ['https://vk.com/*'] },
        { resources: ['vk-reader.js'], matches: ['https://vk.com/*'], use_dynamic_url: true },
      ],
    ],
    ['MV2', ['page-bridge.js', 'vk-reader.js']],
  ])('counts the reader module a content script imports by URL as its lazy part, and as an entry (%s)', (_, war) => {
    const dir = output({
      'manifest.json': JSON.stringify({
        content_scripts: [{ matches: ['https://vk.com/*'], js: ['content-scripts/vk.js'] }],
        web_accessible_resources: war,
      }),
      'content-scripts/vk.js': shell,
      'vk-reader.js': reader,
      'page-bridge.js': bridge,
      'not-listed.js': 'var x = 2;',
    });
    const sizes = bundleSizes(dir);
    const cs = sizes.find((s) => s.entry === 'content-scripts/vk');
    expect(cs?.files).toEqual(['content-scripts/vk.js']);
    expect(cs?.gzip).toBe(gzipSize(join(dir, 'content-scripts/vk.js')));
    // the reader module and the bridge it injects; not a script that is not web-accessible
    expect(cs?.lazyGzip).toBe(gzipSize(join(dir, 'vk-reader.js')) + gzipSize(join(dir, 'page-bridge.js')));
    const module = sizes.find((s) => s.entry === 'vk-reader.js');
    expect(module).toMatchObject({
      kind: 'script',
      files: ['vk-reader.js'],
      gzip: gzipSize(join(dir, 'vk-reader.js')),
    });
  });

  it('names only web-accessible scripts as run-time references', () => {
    const war = webAccessibleFiles({ web_accessible_resources: [{ resources: ['/ok-reader.js', 'page-bridge.js'] }] });
    expect([...war].sort()).toEqual(['ok-reader.js', 'page-bridge.js']);
    expect(runtimeScriptRefs('g("/ok-reader.js");g(`page-bridge.js`);g("/other.js");g("ok-reader.jsx")', war)).toEqual([
      'ok-reader.js',
      'page-bridge.js',
    ]);
  });
});
