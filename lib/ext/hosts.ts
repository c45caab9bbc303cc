/** Hosts whose pages the extension reads: the manifest, the content scripts and the tests share these lists. */
export const VK_HOSTS = ['vk.com', 'www.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.com', 'm.vk.ru'];
export const OK_HOSTS = ['ok.ru', 'www.ok.ru', 'm.ok.ru'];
export const SITE_HOSTS = [...VK_HOSTS, ...OK_HOSTS];

const matches = (hosts: readonly string[]) => hosts.map((h) => `https://${h}/*`);
/** Match patterns of the VK content script (entrypoints/vk.content). */
export const VK_MATCHES = matches(VK_HOSTS);
/** Match patterns of the OK content script (entrypoints/ok.content). */
export const OK_MATCHES = matches(OK_HOSTS);
export const SITE_MATCHES = matches(SITE_HOSTS);
