/**
 * The hosts of the list-only platforms, MAX and Telegram (docs/max.md F1, F6; docs/institutions.md): their pages are
 * never fetched, but a list entry may name one and a VK/OK page may link to one. Defined once here; the readable
 * sites' hosts are in <site>/detect.ts (lib/sites/urls.ts gathers them).
 */

/** max.ru channel addresses (`max.ru/<name>`, `max.ru/join/…`, `web.max.ru/-<chat id>`). */
export const MAX_HOSTS: readonly string[] = ['max.ru', 'www.max.ru', 'web.max.ru'];
/** Telegram channel addresses (`t.me/<name>`, `t.me/+<hash>`). */
export const TELEGRAM_HOSTS: readonly string[] = ['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me'];
