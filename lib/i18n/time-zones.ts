/**
 * Russia's time zones as the user knows them, for every «по времени …» note: the city a zone is named after and its
 * UTC offset (computed for the instant, Intl). The list of zones with their regions and the «Екатеринбург, UTC+5»
 * labels are lib/i18n/time-zone-list.ts. The IANA name stays the stored value; the user never reads or types it.
 */
import { type Dictionaries, type Locale, utcOffsetLabel } from './index';

/** The city after «по времени» («Екатеринбурга»); English as the nominative. */
export const zoneCitiesAfterBy: Dictionaries<string> = {
  ru: {
    'Europe/Kaliningrad': 'Калининграда',
    'Europe/Moscow': 'Москвы',
    'Europe/Simferopol': 'Симферополя',
    'Europe/Volgograd': 'Волгограда',
    'Europe/Kirov': 'Кирова',
    'Europe/Samara': 'Самары',
    'Europe/Saratov': 'Саратова',
    'Europe/Ulyanovsk': 'Ульяновска',
    'Europe/Astrakhan': 'Астрахани',
    'Asia/Yekaterinburg': 'Екатеринбурга',
    'Asia/Omsk': 'Омска',
    'Asia/Novosibirsk': 'Новосибирска',
    'Asia/Barnaul': 'Барнаула',
    'Asia/Tomsk': 'Томска',
    'Asia/Novokuznetsk': 'Кемерова',
    'Asia/Krasnoyarsk': 'Красноярска',
    'Asia/Irkutsk': 'Иркутска',
    'Asia/Chita': 'Читы',
    'Asia/Yakutsk': 'Якутска',
    'Asia/Vladivostok': 'Владивостока',
    'Asia/Sakhalin': 'Южно-Сахалинска',
    'Asia/Magadan': 'Магадана',
    'Asia/Kamchatka': 'Петропавловска-Камчатского',
    'Asia/Anadyr': 'Анадыря',
  },
  // English: the zone's own city name (Asia/Omsk → Omsk) unless the city is another one
  en: {
    'Asia/Novokuznetsk': 'Kemerovo',
    'Asia/Sakhalin': 'Yuzhno-Sakhalinsk',
    'Asia/Kamchatka': 'Petropavlovsk-Kamchatsky',
  },
};

/** After «по времени»: «Екатеринбурга (UTC+5)» / "Yekaterinburg (UTC+5)"; outside Russia «UTC+1». */
export function zoneAfterBy(zone: string, at: Date, locale: Locale): string {
  const ru = (zoneCitiesAfterBy.ru as Record<string, string>)[zone];
  const city =
    ru === undefined
      ? undefined
      : locale === 'ru'
        ? ru
        : ((zoneCitiesAfterBy.en as Record<string, string>)[zone] ?? zone.split('/')[1]);
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city} (${offset})` : offset;
}
