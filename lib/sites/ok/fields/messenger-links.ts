/**
 * Links to MAX and Telegram channels outside the posts and written in the description, for the regional «ссылка на
 * канал MAX» rule (docs/institutions.md). None found is known only where a missing ПОС would be; else null («?»).
 */
import { messengerLinksOf } from '../../messengers';
import type { OkRead } from '../context';

export function readMessengerLinks(r: OkRead, descriptionText: string | null, known: boolean): string[] | null {
  const hrefs = r.outside.links.map((a) => a.getAttribute('href') ?? a.getAttribute('src') ?? '');
  const found = messengerLinksOf(hrefs, descriptionText, r.url.href);
  return found.length > 0 ? found : known ? [] : null;
}
