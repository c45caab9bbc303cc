/**
 * Firefox cannot be driven like Chromium here; its smoke check is the build itself: `wxt build -b firefox` (MV2, as
 * WXT recommends for Firefox) must produce a manifest with the gecko id, the data-collection declaration (none),
 * exactly the justified permissions and a strict CSP, and bundles with no string-as-code and no remote code.
 * `npm run lint:firefox` (the last step of `npm test`) then runs web-ext lint on the same folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/ext/hosts';
import { VK_API_ORIGINS } from '../../lib/vkapi/limits';
import { sizeBudgetOf } from '../bench/budgets';
import { builtFiles, bundleSizes } from '../bench/bundle';
import { cspProblems, FORBIDDEN_CODE, justifiedPermissions, violations } from '../bench/security';
import { wxtBuild } from './build';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = join(ROOT, '.output/firefox-mv2');

describe('the Firefox build', () => {
  let manifest: Record<string, unknown>;

  beforeAll(() => {
    // always rebuild: a stale folder from an earlier run would prove nothing
    wxtBuild(['-b', 'firefox'], 'ignore');
    manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  });

  it('declares its gecko id and that it collects no data', () => {
    const settings = manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined;
    expect(settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for exactly the justified permissions and the VK/OK hosts (MV2 lists both together)', () => {
    const permissions = [...((manifest.permissions as string[]) ?? [])];
    expect(permissions.filter((p) => !p.includes('://')).sort()).toEqual(justifiedPermissions('firefox'));
    expect(permissions.filter((p) => p.includes('://')).sort()).toEqual([...SITE_MATCHES].sort());
    // VK's API hosts, optional (asked for only when a VK API key is saved, docs/vk-api.md)
    expect(manifest.optional_permissions).toEqual([...VK_API_ORIGINS]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict CSP', () => {
    const csp = manifest.content_security_policy;
    expect(typeof csp).toBe('string');
    expect(cspProblems(String(csp))).toEqual([]);
  });

  it('runs no string as code and loads no remote code', () => {
    const files = builtFiles(FIREFOX)
      .filter((f) => /\.(m?js|html)$/.test(f))
      .map((f) => join(FIREFOX, f));
    expect(violations(FIREFOX, files, FORBIDDEN_CODE, { skipComments: false })).toEqual([]);
  });

  it('builds the same entry points as Chromium, within the same budgets', () => {
    const sizes = bundleSizes(FIREFOX);
    const entries = sizes.map((s) => s.entry);
    expect(entries.some((e) => e.startsWith('content-scripts/'))).toBe(true);
    expect(entries).toContain('popup.html');
    const over = sizes.filter((s) => s.gzip > sizeBudgetOf(s.entry).gzip).map((s) => `${s.entry}: ${s.gzip} B gz`);
    expect(over).toEqual([]);
  });
});
