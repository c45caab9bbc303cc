/**
 * Security rules shared by tests/meta/security.test.ts (sources, manifest from wxt.config.ts) and
 * tests/e2e/budgets.e2e.ts (the production build): what the manifest may ask for and which code patterns may not ship.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** API permissions, each justified in the README's permissions table. */
export const JUSTIFIED_PERMISSIONS = ['alarms', 'notifications', 'offscreen', 'storage'];

/**
 * The exact set per browser: `offscreen` only where the background is a service worker without DOMParser (Chrome and
 * the other Chromium browsers); Firefox's background page parses in place.
 */
export function justifiedPermissions(browser: 'chrome' | 'firefox'): string[] {
  return JUSTIFIED_PERMISSIONS.filter((p) => browser === 'chrome' || p !== 'offscreen');
}

/** Directives of a CSP string: name → sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Problems of an extension-page CSP: anything but the extension's own scripts. */
export function cspProblems(csp: string): string[] {
  const d = parseCsp(csp);
  const problems: string[] = [];
  const scripts = d.get('script-src') ?? d.get('default-src');
  if (!scripts) problems.push('no script-src');
  else if (scripts.join(' ') !== "'self'") problems.push(`script-src is "${scripts.join(' ')}", not 'self'`);
  const objects = d.get('object-src') ?? d.get('default-src');
  if (!objects || objects.some((s) => s !== "'self'" && s !== "'none'")) problems.push('object-src not self/none');
  for (const [name, values] of d) {
    for (const v of values) {
      if (/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/.test(v)) problems.push(`${name} allows ${v}`);
      if (/^(?:https?:|wss?:|\*|data:|blob:)/.test(v) && name.endsWith('script-src'))
        problems.push(`${name} allows ${v}`);
    }
  }
  return problems;
}

/** Code patterns that run strings as code, load remote code, or write HTML into the DOM. */
export const FORBIDDEN_CODE: readonly { name: string; re: RegExp }[] = [
  { name: 'eval', re: /(?<![\w$.])eval\s*\(/ },
  { name: 'Function constructor', re: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { name: 'importScripts', re: /\bimportScripts\s*\(/ },
  { name: 'remote import()', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\// },
  { name: 'remote script tag', re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { name: 'remote script URL', re: /["'`](?:https?:)?\/\/[^"'`\s]+\.m?js(?:[?#][^"'`\s]*)?["'`]/ },
  { name: 'chrome.scripting / tabs.executeScript', re: /\b(?:scripting\.executeScript|tabs\.executeScript)\b/ },
];

/** DOM writes of HTML strings (page-derived text must be rendered as text). */
export const FORBIDDEN_DOM: readonly { name: string; re: RegExp }[] = [
  { name: 'innerHTML/outerHTML assignment', re: /\.(?:inner|outer)HTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', re: /\bdocument\.write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/ },
];

export function violations(
  root: string,
  files: string[],
  rules: readonly { name: string; re: RegExp }[],
  options: { skipComments?: boolean } = {},
): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (options.skipComments !== false && /^\s*(?:\/\/|\*|\/\*)/.test(line)) return; // comments
      for (const rule of rules) {
        if (rule.re.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${rule.name}: ${line.trim()}`);
      }
    });
  }
  return found;
}
