/** Hosts whose pages the extension reads: the manifest, the content script and the tests share this list. */
export const SITE_HOSTS = [
  'vk.com',
  'www.vk.com',
  'vk.ru',
  'www.vk.ru',
  'm.vk.com',
  'm.vk.ru',
  'ok.ru',
  'www.ok.ru',
  'm.ok.ru',
];
export const SITE_MATCHES = SITE_HOSTS.map((h) => `https://${h}/*`);
