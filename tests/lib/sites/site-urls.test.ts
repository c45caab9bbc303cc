/**
 * One source of site knowledge: the manifest's matches come from the sites' hosts, and the list import agrees with the
 * readers' detectors on every example URL of every detector (and on the list import's own examples): a link the
 * import accepts is stored under an address the reader reads, with the id the reader finds; a community page the
 * detector accepts is never refused by the import; a person's page is never imported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OK_MATCHES, SITE_MATCHES, VK_MATCHES } from '../../../lib/ext/hosts';
import { parseGroupLink } from '../../../lib/import/links';
import { detectPage, SITES } from '../../../lib/sites';
import { OK_DETECTORS, okGroupIdFromUrl } from '../../../lib/sites/ok/detect';
import { SITE_URLS } from '../../../lib/sites/urls';
import { VK_DETECTORS, vkIdFromUrl } from '../../../lib/sites/vk/detect';

const detectorExamples = [...Object.values(VK_DETECTORS), ...Object.values(OK_DETECTORS)].flatMap((d) => d.examples);
/** Addresses users paste that no detector lists: older hosts, object links, sections. */
const pasted = [
  'vk.com/club1',
  'https://new.vk.com/club7',
  'https://vk.com/wall-55_120',
  'https://vk.com/topic-55_3',
  'https://vk.com/board55',
  'https://vk.com/communities',
  'https://vk.com/people',
  'https://vk.com/12345',
  'https://vk.com/club0',
  'https://odnoklassniki.ru/group/123',
  'https://www.odnoklassniki.ru/biblioteka74',
  'https://ok.ru/group53038939046008',
  'https://m.ok.ru/dk?st.cmd=altGroupMembers&st.groupId=70000001234567',
  'https://ok.ru/about',
  'https://ok.ru/discovery',
  'https://ok.ru/group/abc',
];
const READABLE = new Set(['community', 'maybe-community']);

describe('the list import agrees with the detectors', () => {
  it.each([...detectorExamples, ...pasted])('%s', (href) => {
    const kind = detectPage(href)?.kind ?? null;
    const parsed = parseGroupLink(href);
    if (kind !== null && READABLE.has(kind)) expect(parsed.ok, `${href} is a ${kind} page`).toBe(true);
    if (kind === 'profile') expect(parsed.ok, `${href} is a person's page`).toBe(false);
    if (!parsed.ok) return;
    // the address the import stores is one the reader reads, on the site's own host
    const stored = detectPage(parsed.link.url);
    expect(stored?.site).toBe(parsed.link.site);
    expect(READABLE.has(stored?.kind ?? ''), `${parsed.link.url} (stored for ${href}) is ${stored?.kind}`).toBe(true);
    // the id the detector reads from a community URL is the one the import keys it by
    if (kind === 'community') {
      const url = new URL(href);
      expect(parsed.link.id).toBe(vkIdFromUrl(url) ?? okGroupIdFromUrl(url));
    }
  });
});

describe('hosts are written once, in each site’s detect.ts', () => {
  it('the manifest and the content scripts match exactly the sites’ hosts', () => {
    const patterns = (hosts: readonly string[]) => hosts.map((h) => `https://${h}/*`);
    expect(VK_MATCHES).toEqual(patterns(SITE_URLS.find((s) => s.site === 'vk')?.hosts ?? []));
    expect(OK_MATCHES).toEqual(patterns(SITE_URLS.find((s) => s.site === 'ok')?.hosts ?? []));
    expect(SITE_MATCHES).toEqual(patterns(SITE_URLS.flatMap((s) => s.hosts)));
    const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
    expect(config).toContain('host_permissions: SITE_MATCHES');
    for (const site of ['vk', 'ok'])
      expect(readFileSync(new URL(`../../../entrypoints/${site}.content/index.ts`, import.meta.url), 'utf8')).toContain(
        `matches: ${site.toUpperCase()}_MATCHES`,
      );
  });

  it('every adapter carries its site’s URLs, hosts and collector', () => {
    for (const urls of SITE_URLS) {
      const adapter = SITES.find((s) => s.site === urls.site);
      expect(adapter?.hosts).toBe(urls.hosts);
      expect(adapter?.detect).toBe(urls.detect);
      expect(typeof adapter?.collect).toBe('function');
    }
    expect(SITES.map((s) => s.site)).toEqual(SITE_URLS.map((s) => s.site));
  });
});
