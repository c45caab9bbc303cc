/**
 * The ПОС widget («Платформа обратной связи», «Госуслуги. Решаем вместе»): its links all lead to one host, and its
 * tiles carry a few known titles. Shared by the VK and OK readers; the evidence is in docs/markup.md (ПОС).
 */
import { norm } from '../core/text';
import { words } from '../types';

/** The host every ПОС form, poll and widget link leads to (`https://pos.gosuslugi.ru/form/?opaId=…`, `/og/…`). */
export const POS_HOST = 'pos.gosuslugi.ru';

/** The titles of the ПОС tiles and menu items. */
export const POS_TILE_TITLES = words(
  ['сообщить о проблеме', 'высказать мнение', 'написать о проблеме', 'решаем вместе'],
  'public guidance (gazeta19.ru 2023-05), public website repositories [S] for VK; [I] for OK',
  '2023',
);

/** The URL leads to the ПОС (after the site's outbound-link wrapper was unwrapped). */
export const isPosUrl = (url: URL | null | undefined): boolean => url?.hostname.replace(/^www\./, '') === POS_HOST;

/** A ПОС address written as text (an API menu item's `url`). */
export const isPosAddress = (href: string | null | undefined): boolean =>
  (href ?? '').startsWith(`https://${POS_HOST}/`);

/** The text is exactly a ПОС tile's title (a tile, a button, a menu item). */
export const isPosTileTitle = (text: string | null | undefined): boolean => POS_TILE_TITLES.words.includes(norm(text));

/** The text mentions a ПОС tile's title anywhere (the whole menu area's text). */
export const mentionsPosTile = (text: string | null | undefined): boolean => {
  const t = norm(text);
  return POS_TILE_TITLES.words.some((title) => t.includes(title));
};

/** A community menu item (VK `groups.getById` `menu.items[]`) that is the ПОС widget: its address or its title. */
export const isPosMenuItem = (item: { url?: string; title?: string }): boolean =>
  isPosAddress(item.url) || mentionsPosTile(item.title);
