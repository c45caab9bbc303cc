/**
 * The engine (lib/calendar.ts, lib/audit/**) is pure: no WXT, no browser API, no DOM, no lib/sites or lib/ext.
 * Comments and string literals are stripped before looking for globals.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

const FORBIDDEN_MODULES = [
  /^wxt(\/|$)/,
  /^#imports$/,
  /^webextension-polyfill$/,
  /^@wxt-dev\//,
  /(^|\/)lib\/(sites|ext)(\/|$)/,
  /^\.\.?\/(\.\.\/)*(sites|ext)(\/|$)/,
];
const FORBIDDEN_GLOBALS = ['window', 'document', 'chrome', 'browser', 'navigator', 'globalThis', 'self', 'location'];

function stripCommentsAndStrings(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

/** Problems in one source file: forbidden imports and references to browser globals. */
function purityProblems(source: string): string[] {
  const problems: string[] = [];
  const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)]
    .concat([...source.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)])
    .concat([...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)])
    .map((m) => m[1] ?? '');
  for (const spec of specifiers) {
    if (FORBIDDEN_MODULES.some((re) => re.test(spec))) problems.push(`imports '${spec}'`);
  }
  const code = stripCommentsAndStrings(source);
  for (const name of FORBIDDEN_GLOBALS) {
    // A bare identifier, not a property (`x.window`) or an object key (`{ window: … }`).
    const re = new RegExp(`(?<![.\\w$])${name}(?![\\w$])(?!\\s*:(?!:))`);
    if (re.test(code)) problems.push(`references the global '${name}'`);
  }
  return problems;
}

function engineFiles(): string[] {
  const out = [join(root, 'lib/calendar.ts')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(join(root, 'lib/audit'));
  return out;
}

describe('engine purity', () => {
  it('finds forbidden imports and globals (the checker itself can fail)', () => {
    expect(purityProblems("import { browser } from 'wxt/browser';")).toContain("imports 'wxt/browser'");
    expect(purityProblems("import { storage } from '#imports';")).toContain("imports '#imports'");
    expect(purityProblems("import x from 'webextension-polyfill';")).toContain("imports 'webextension-polyfill'");
    expect(purityProblems("import { readVk } from '../sites/vk/read';")).toContain("imports '../sites/vk/read'");
    expect(purityProblems("export { a } from '../../lib/ext/settings';").length).toBe(1);
    expect(purityProblems('const w = window.innerWidth;')).toContain("references the global 'window'");
    expect(purityProblems('document.querySelector("a")')).toContain("references the global 'document'");
    expect(purityProblems('chrome.runtime.id')).toContain("references the global 'chrome'");
    expect(purityProblems('if (navigator.language) {}')).toContain("references the global 'navigator'");
    expect(purityProblems('await browser.storage.local.get()')).toContain("references the global 'browser'");
  });

  it('ignores comments, strings, properties and object keys', () => {
    expect(
      purityProblems("// uses window\n/* document */ const s = 'browser'; const o = { window: 1 }; o.window;"),
    ).toEqual([]);
    expect(purityProblems("import { z } from 'zod/mini';\nimport { weekRange } from '../calendar';")).toEqual([]);
  });

  it('lib/calendar.ts and lib/audit/** are pure', () => {
    const files = engineFiles();
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((f) =>
      purityProblems(readFileSync(f, 'utf8')).map((p) => `${relative(root, f)} ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('lib/index.ts imports in plain Node with no DOM or extension globals', () => {
    const script = [
      "const m = await import('./lib/index.ts');",
      "for (const g of ['window', 'document', 'chrome', 'browser']) if (g in globalThis) throw new Error(g);",
      "process.stdout.write(typeof m.auditCommunity + ' ' + typeof m.evaluationWeekOf + ' ' + typeof m.scoreGroupSet);",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
    });
    expect(out).toBe('function function function');
  });
});
