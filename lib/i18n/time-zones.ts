/**
 * Russia's time zones as the user knows them, for every «по времени …» note: the city a zone is named after and its
 * UTC offset (computed for the instant, Intl). The list of zones with their regions and the «Екатеринбург, UTC+5»
 * labels are lib/i18n/time-zone-list.ts. The IANA name stays the stored value; the user never reads or types it.
 */
import { type Dictionaries, type Locale, utcOffsetLabel } from './index';

/** The city after «по времени» («Екатеринбурга»), by zone. */
const ZONE_CITIES_AFTER_BY: Readonly<Record<string, string>> = {
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
};

/** English: the zone's own city name (Asia/Omsk → Omsk), except where the city is another one. */
const ENGLISH_CITY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'Asia/Novokuznetsk': 'Kemerovo',
  'Asia/Sakhalin': 'Yuzhno-Sakhalinsk',
  'Asia/Kamchatka': 'Petropavlovsk-Kamchatsky',
};

/** The city after «по времени» («Екатеринбурга»); English as the nominative, built from the IANA names. */
export const zoneCitiesAfterBy: Dictionaries<string> = {
  ru: ZONE_CITIES_AFTER_BY,
  en: Object.fromEntries(
    Object.keys(ZONE_CITIES_AFTER_BY).map((zone) => [
      zone,
      ENGLISH_CITY_EXCEPTIONS[zone] ?? zone.split('/')[1] ?? zone,
    ]),
  ),
};

/** After «по времени»: «Екатеринбурга (UTC+5)» / "Yekaterinburg (UTC+5)"; outside Russia «UTC+1». */
export function zoneAfterBy(zone: string, at: Date, locale: Locale): string {
  const city = (zoneCitiesAfterBy[locale] as Record<string, string>)[zone];
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city} (${offset})` : offset;
}
