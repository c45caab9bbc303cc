/**
 * Security review as tests (docs/security.md states the same):
 * - the manifest asks for exactly the justified permissions (storage, alarms, notifications + the VK/OK hosts), each
 *   justified in the README; nothing optional, nothing externally connectable; a strict extension-page CSP;
 * - the sources run no string as code and load no remote code (no eval, no Function constructor, no string timers,
 *   no remote scripts), and never write page-derived HTML into the DOM (innerHTML and friends);
 * - extension messages from unknown senders, and malformed ones, are ignored (lib/ext/messaging.ts).
 * The built bundles get the same code scan in tests/e2e/budgets.e2e.ts, where the production build exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SITE_HOSTS, SITE_MATCHES } from '../../lib/ext/hosts';
import { VK_API_ORIGINS } from '../../lib/vkapi/limits';
import config from '../../wxt.config';
import {
  cspProblems,
  FORBIDDEN_CODE,
  FORBIDDEN_DOM,
  JUSTIFIED_PERMISSIONS,
  justifiedPermissions,
  violations,
} from '../bench/security';

const ROOT = new URL('../..', import.meta.url).pathname;

const VK_OK_HOST = /^(?:(?:www|m)\.)?(?:vk\.com|vk\.ru|ok\.ru)$/;

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => unknown;

function configManifest(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const m = config.manifest as unknown;
  const env = {
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  } as const;
  const value = typeof m === 'function' ? (m as ManifestFn)(env) : m;
  if (typeof value !== 'object' || value === null) throw new Error('wxt.config.ts has no manifest object');
  return value as Record<string, unknown>;
}

describe.each(['chrome', 'firefox'] as const)('manifest (%s, from wxt.config.ts)', (browser) => {
  const manifest = configManifest(browser);

  it('asks for exactly the justified API permissions; optional: only VK’s API hosts (for a saved key)', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(justifiedPermissions(browser));
    // MV3 names them optional_host_permissions; MV2 (Firefox) lists optional hosts among optional_permissions
    const optional = browser === 'firefox' ? manifest.optional_permissions : manifest.optional_host_permissions;
    expect(optional).toEqual([...VK_API_ORIGINS]);
    expect(browser === 'firefox' ? manifest.optional_host_permissions : manifest.optional_permissions).toBeUndefined();
    for (const origin of VK_API_ORIGINS) expect(origin).toMatch(/^https:\/\/api\.vk\.(?:com|ru)\/\*$/);
  });

  it('reaches only the VK and OK hosts, over HTTPS', () => {
    expect(manifest.host_permissions).toEqual(SITE_MATCHES);
    for (const host of SITE_HOSTS) expect(host).toMatch(VK_OK_HOST);
    for (const match of SITE_MATCHES) expect(match).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });

  it('is not reachable from web pages or other extensions', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    const war = (manifest.web_accessible_resources ?? []) as { resources?: string[]; matches?: string[] }[];
    for (const entry of war) {
      for (const m of entry.matches ?? []) expect(SITE_MATCHES).toContain(m);
      for (const r of entry.resources ?? []) expect(r).not.toMatch(/\*|\.html$/);
    }
  });

  it('has a strict extension-page CSP', () => {
    const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    expect(csp?.extension_pages).toBeTypeOf('string');
    expect(cspProblems(csp?.extension_pages ?? '')).toEqual([]);
    expect(csp?.sandbox).toBeUndefined();
  });
});

describe('the Firefox manifest', () => {
  it('declares a gecko id and that no data is collected', () => {
    const gecko = (configManifest('firefox').browser_specific_settings as { gecko?: Record<string, unknown> })?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('cspProblems (the checker itself)', () => {
  it.each([
    ["script-src 'self' 'unsafe-eval'; object-src 'self'", 'unsafe-eval'],
    ["script-src 'self' https://cdn.example.org; object-src 'self'", 'https://cdn.example.org'],
    ["object-src 'self'", 'no script-src'],
    ["script-src 'self'; object-src *", 'object-src'],
  ])('rejects %j', (csp, problem) => {
    expect(cspProblems(csp).join('; ')).toContain(problem);
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it.each(JUSTIFIED_PERMISSIONS)('justifies the %s permission', (permission) => {
    expect(readme).toMatch(new RegExp(`^\\|[^\\n]*\`${permission}\`[^\\n]*\\|[^\\n]*\\w{4,}`, 'm'));
  });
  it('justifies the VK and OK host permissions', () => {
    for (const host of ['vk.com', 'vk.ru', 'ok.ru']) expect(readme).toMatch(new RegExp(`^\\|[^\\n]*${host}`, 'm'));
  });
  it('justifies the optional API hosts', () => {
    for (const host of ['api.vk.com', 'api.vk.ru']) expect(readme).toMatch(new RegExp(`^\\|[^\\n]*${host}`, 'm'));
  });
});

// ---- sources ------------------------------------------------------------------------------------------------

/**
 * Reviewed exceptions to "no HTML strings into the DOM": each renders HTML that one producer builds with every
 * interpolated value escaped, and a test feeds that producer a group named `<script>` and finds it escaped.
 */
const HTML_SINKS = [
  {
    file: 'components/report/ReportView.tsx',
    why: 'the printable report body from lib/export/report-html.ts (escapeHtml on every value)',
    escapingTest: 'tests/lib/export/report-html.test.ts',
  },
];

/** Files that ship: everything under entrypoints/, components/, lib/ and public/. */
function shippedSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, d.name);
      if (d.isDirectory()) walk(abs);
      else if (/\.(m?[jt]sx?|html)$/.test(d.name)) out.push(abs);
    }
  };
  for (const dir of ['entrypoints', 'components', 'lib', 'public']) walk(join(ROOT, dir));
  return out;
}

describe('shipped sources', () => {
  const files = shippedSources();

  it('exist (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('run no string as code and load no remote code', () => {
    expect(violations(ROOT, files, FORBIDDEN_CODE)).toEqual([]);
  });

  it('write no HTML strings into the DOM (except the reviewed sinks below)', () => {
    const found = violations(ROOT, files, FORBIDDEN_DOM);
    const unreviewed = found.filter((v) => !HTML_SINKS.some((sink) => v.startsWith(`${sink.file}:`)));
    expect(unreviewed).toEqual([]);
    // every reviewed sink is still there (else drop it from the list)
    for (const sink of HTML_SINKS)
      expect(
        found.some((v) => v.startsWith(`${sink.file}:`)),
        sink.file,
      ).toBe(true);
  });

  it.each(HTML_SINKS)('reviewed HTML sink $file: its producer escapes, and a test proves it', (sink) => {
    const test = readFileSync(join(ROOT, sink.escapingTest), 'utf8');
    expect(test).toMatch(/<script>/);
    expect(test).toMatch(/escap/i);
  });

  it('listen to no other extension or web page (no external messaging)', () => {
    const external = [{ name: 'external messaging', re: /\bon(?:Message|Connect)External\b/ }];
    expect(violations(ROOT, files, external)).toEqual([]);
  });

  it('the scanners catch what they are meant to', () => {
    const samples = [
      'eval(code)',
      'const f = new Function("a", "return a")',
      'setTimeout("alert(1)", 10)',
      'importScripts("x.js")',
      'await import("https://cdn.example.org/m.js")',
      '<script src="https://cdn.example.org/x.js"></script>',
      'const u = "//cdn.example.org/lib.js"',
      'chrome.scripting.executeScript({})',
    ];
    for (const [i, sample] of samples.entries()) {
      expect(
        FORBIDDEN_CODE.some((r) => r.re.test(sample)),
        `sample ${i}: ${sample}`,
      ).toBe(true);
    }
    for (const sample of ['el.innerHTML = x', 'el.outerHTML += x', 'el.insertAdjacentHTML("beforeend", x)']) {
      expect(
        FORBIDDEN_DOM.some((r) => r.re.test(sample)),
        sample,
      ).toBe(true);
    }
    for (const fine of ['retrieval(x)', 'x.evaluate(y)', 'const html = el.outerHTML;', 'a.innerHTML === b']) {
      expect(
        [...FORBIDDEN_CODE, ...FORBIDDEN_DOM].some((r) => r.re.test(fine)),
        fine,
      ).toBe(false);
    }
  });
});

// ---- messages ------------------------------------------------------------------------------------------------

describe('extension messages (lib/ext/messaging.ts)', () => {
  const OWN = 'own-extension-id';
  const message = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

  /** Delivers a message as the browser would, with `sender`; resolves to what the handler chain answered. */
  async function deliver(msg: unknown, sender: Record<string, unknown>): Promise<unknown> {
    const results = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
    return Promise.all(results);
  }

  it('answers a valid message from this extension (the test can see a handler run)', async () => {
    const { handle } = await import('../../lib/ext/messaging');
    const handler = vi.fn(() => ({ url: 'https://vk.com/club1', site: 'vk' as const, title: 't' }));
    const off = handle('ping', handler, { extensionId: OWN });
    try {
      await deliver(message('ping', undefined), { id: OWN });
      expect(handler).toHaveBeenCalledTimes(1);
    } finally {
      off();
    }
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a web page (no extension id)', { url: 'https://evil.example.org/', tab: { id: 3 } }],
    ['an empty sender', {}],
  ])('ignores a message from %s', async (_who, sender) => {
    const { handle } = await import('../../lib/ext/messaging');
    const handler = vi.fn(() => ({ url: 'x', site: null, title: 't' }));
    const off = handle('ping', handler, { extensionId: OWN });
    try {
      await deliver(message('ping', undefined), sender);
      expect(handler).not.toHaveBeenCalled();
    } finally {
      off();
    }
  });

  it('ignores malformed data even from this extension', async () => {
    const { handle } = await import('../../lib/ext/messaging');
    const handler = vi.fn(() => ({ status: 'idle', pages: 0, posts: 0, oldest: null, cutoff: null, partial: null }));
    const off = handle('collect', handler as never, { extensionId: OWN });
    try {
      for (const data of [{ cutoff: 5, delayMs: 1000 }, { cutoff: '2026-01-01T00:00:00Z', delayMs: -1 }, 'x', null]) {
        await deliver(message('collect', data), { id: OWN });
      }
      expect(handler).not.toHaveBeenCalled();
    } finally {
      off();
    }
  });
});
