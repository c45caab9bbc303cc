/**
 * Every supported site's URL knowledge (hosts, legacy hosts, detectors, link forms), without the readers: light
 * enough for the manifest (lib/ext/hosts.ts), the list import (lib/import/links.ts) and the content-script shells.
 * The adapters (lib/sites/index.ts) carry the same values plus their readers and collectors.
 */
import { OK_URLS } from './ok/detect';
import type { SiteUrls } from './types';
import { VK_URLS } from './vk/detect';

/** Every supported site's URLs. Add a site by adding its `…_URLS` here and its adapter in lib/sites/index.ts. */
export const SITE_URLS: readonly SiteUrls[] = [VK_URLS, OK_URLS];

/** The site whose hosts (or, with `legacy`, also older host names) include `host`. */
export function siteUrlsOfHost(host: string, legacy = false): SiteUrls | null {
  const h = host.toLowerCase();
  return SITE_URLS.find((s) => s.hosts.includes(h) || (legacy && s.legacyHosts.includes(h))) ?? null;
}
