/**
 * The hosts of the list-only platforms, MAX and Telegram (docs/max.md F1, F6; docs/institutions.md): their pages are
 * never fetched, but a list entry may name one and a VK/OK page may link to one. Defined once here; the readable
 * sites' hosts are in <site>/detect.ts (lib/sites/urls.ts gathers them).
 */
import { unwrapLink } from './core/links';

/** max.ru channel addresses (`max.ru/<name>`, `max.ru/join/…`, `web.max.ru/-<chat id>`). */
export const MAX_HOSTS: readonly string[] = ['max.ru', 'www.max.ru', 'web.max.ru'];
/** Telegram channel addresses (`t.me/<name>`, `t.me/+<hash>`). */
export const TELEGRAM_HOSTS: readonly string[] = ['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me'];

const MESSENGER_HOSTS = [...MAX_HOSTS, ...TELEGRAM_HOSTS];
const MESSENGER_HOST = new Set(MESSENGER_HOSTS);
/**
 * A MAX/Telegram address written as text (a description's «Мы в MAX: max.ru/school5_gos»): one of the hosts above,
 * longest first, not inside a longer name or address.
 */
const MESSENGER_TEXT = new RegExp(
  `(?<![\\w.@/-])(?:https?://)?(?:${[...MESSENGER_HOSTS]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replaceAll('.', '\\.'))
    .join('|')})/[^\\s<>"«»()]+`,
  'gi',
);

/**
 * Links to MAX and Telegram channels among a page's links outside its posts (unwrapped from away.php / OK's
 * redirects) and written in its description: the addresses as found, without repeats, in page order.
 */
export function messengerLinksOf(hrefs: Iterable<string>, text: string | null, base: string): string[] {
  const out = new Set<string>();
  for (const href of hrefs) {
    if (href === '' || href.startsWith('#')) continue;
    const url = unwrapLink(href, base);
    if (url !== null && MESSENGER_HOST.has(url.hostname.toLowerCase())) out.add(url.href);
  }
  for (const m of (text ?? '').matchAll(MESSENGER_TEXT)) {
    const raw = m[0].replace(/[),.;:!?]+$/, '');
    try {
      out.add(new URL(/^https?:/i.test(raw) ? raw : `https://${raw}`).href);
    } catch {
      // not an address after all
    }
  }
  return [...out];
}
