/**
 * Links to MAX and Telegram channels outside the posts (the links block, the menu, the header) and written in the
 * description, for the regional «ссылка на канал MAX» rule (docs/institutions.md). None found is known only where a
 * missing ПОС would be (the same whole-page link search): a G1/G2 header that was read; else null («?»), so on the
 * React header, whose links block and menu no source shows, too.
 */
import { messengerLinksOf } from '../../messengers';
import { readLinksOutside } from '../areas';
import { G1_G2, recognised, type VkRead } from '../context';

export function readMessengerLinks(r: VkRead, descriptionText: string | null): string[] | null {
  const hrefs = readLinksOutside(r).map((a) => a.getAttribute('href') ?? '');
  const found = messengerLinksOf(hrefs, descriptionText, r.url.href);
  if (found.length > 0) return found;
  return !r.gone && recognised(r, G1_G2) ? [] : null;
}
