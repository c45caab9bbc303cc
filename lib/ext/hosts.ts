/**
 * Hosts whose pages the extension reads, as the manifest and the content scripts need them: derived from each site's
 * hosts.ts (the one place its hosts are written), shared with the tests and the benchmark.
 */
import { OK_HOSTS as OK } from '../sites/ok/hosts';
import { VK_HOSTS as VK } from '../sites/vk/hosts';

export const VK_HOSTS: readonly string[] = VK;
export const OK_HOSTS: readonly string[] = OK;
export const SITE_HOSTS: readonly string[] = [...VK_HOSTS, ...OK_HOSTS];

const matches = (hosts: readonly string[]) => hosts.map((h) => `https://${h}/*`);
/** Match patterns of the VK content script (entrypoints/vk.content). */
export const VK_MATCHES = matches(VK_HOSTS);
/** Match patterns of the OK content script (entrypoints/ok.content). */
export const OK_MATCHES = matches(OK_HOSTS);
export const SITE_MATCHES = matches(SITE_HOSTS);
