/**
 * What the description should hold (phone, address, working hours, a link to the official site): advisory
 * sub-items, not part of the score. Found by plain patterns in the description text. A separate chunk in the
 * popup, with its texts (lib/i18n/popup-secondary.ts): it is advice, not what the first view must show.
 */
import { useSecondaryT } from './secondary-i18n';
import './secondary.css';

export type DescriptionItem = 'phone' | 'address' | 'hours' | 'site';
export type ItemState = 'found' | 'not-found' | 'unknown';

const PATTERNS: Record<DescriptionItem, RegExp> = {
  phone: /(?:\+7|\b8)[\s\u00a0(-]*\d{3,5}[\s\u00a0)-]*\d{1,3}[\s\u00a0-]*\d{2}[\s\u00a0-]*\d{2}\b|тел(?:ефон)?[.:]/i,
  address:
    /(?:^|[\s,(])(?:ул\.|улица|пр-т|проспект|пер\.|переулок|шоссе|бульвар|б-р|пл\.|площадь|наб\.|набережная|мкр\.?|д\.\s*\d|г\.\s*[А-ЯЁ]|адрес)/iu,
  hours:
    /\d{1,2}[:.]\d{2}\s*(?:[–—-]|до)\s*\d{1,2}[:.]\d{2}|часы работы|режим работы|график работы|(?:^|[\s,(])(?:пн|пон|вт|ср|чт|пт|сб|вс)[.\s–—-]/iu,
  site: /(?:https?:\/\/|www\.)(?![^\s/]*(?:vk\.com|vk\.ru|ok\.ru|vk\.cc))[^\s/]+|\b[a-zа-яё0-9-]+\.(?:рф|gov\.ru|edu\.ru|ru|su|org)\b/iu,
};

export const DESCRIPTION_ITEMS: readonly DescriptionItem[] = ['phone', 'address', 'hours', 'site'];

/** Which advisory items the description shows: 'unknown' when there is no text; a complete text not showing one → 'not-found'. */
export function describeDescription(text: string | null): Record<DescriptionItem, ItemState> {
  const out = {} as Record<DescriptionItem, ItemState>;
  for (const item of DESCRIPTION_ITEMS) {
    out[item] = text === null ? 'unknown' : PATTERNS[item].test(text) ? 'found' : 'not-found';
  }
  return out;
}

export function DescriptionAdvice({ text, complete }: { text: string | null; complete: boolean | undefined }) {
  const t = useSecondaryT();
  const items = describeDescription(text);
  return (
    <section class="card" aria-labelledby="desc-title" data-testid="description-advice">
      <h2 id="desc-title">
        {t('desc.title')} <span class="tag">{t('desc.note')}</span>
      </h2>
      {text === null ? (
        <p class="muted">{t('desc.none')}</p>
      ) : (
        <ul class="desc">
          {DESCRIPTION_ITEMS.map((item) => (
            <li key={item} data-testid={`desc-${item}`} data-state={items[item]} class={`desc--${items[item]}`}>
              {t(`desc.${item}`)}: {t(items[item] === 'found' ? 'desc.found' : 'desc.notFound')}
            </li>
          ))}
        </ul>
      )}
      {text !== null && complete === false && <p class="muted">{t('desc.incomplete')}</p>}
    </section>
  );
}
