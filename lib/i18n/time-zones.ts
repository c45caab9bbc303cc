/**
 * Russia's time zones as the user knows them, for every «по времени …» note: the city a zone is named after and its
 * UTC offset (computed for the instant, Intl). The list of zones with their regions and the «Екатеринбург, UTC+5»
 * labels are lib/i18n/time-zone-list.ts. The IANA name stays the stored value; the user never reads or types it.
 */
import { zonedParts } from '../calendar';
import type { Dictionaries, Locale } from './index';

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
  en: {
    'Europe/Kaliningrad': 'Kaliningrad',
    'Europe/Moscow': 'Moscow',
    'Europe/Simferopol': 'Simferopol',
    'Europe/Volgograd': 'Volgograd',
    'Europe/Kirov': 'Kirov',
    'Europe/Samara': 'Samara',
    'Europe/Saratov': 'Saratov',
    'Europe/Ulyanovsk': 'Ulyanovsk',
    'Europe/Astrakhan': 'Astrakhan',
    'Asia/Yekaterinburg': 'Yekaterinburg',
    'Asia/Omsk': 'Omsk',
    'Asia/Novosibirsk': 'Novosibirsk',
    'Asia/Barnaul': 'Barnaul',
    'Asia/Tomsk': 'Tomsk',
    'Asia/Novokuznetsk': 'Kemerovo',
    'Asia/Krasnoyarsk': 'Krasnoyarsk',
    'Asia/Irkutsk': 'Irkutsk',
    'Asia/Chita': 'Chita',
    'Asia/Yakutsk': 'Yakutsk',
    'Asia/Vladivostok': 'Vladivostok',
    'Asia/Sakhalin': 'Yuzhno-Sakhalinsk',
    'Asia/Magadan': 'Magadan',
    'Asia/Kamchatka': 'Petropavlovsk-Kamchatsky',
    'Asia/Anadyr': 'Anadyr',
  },
};

/** «UTC+5», «UTC+3», «UTC−3:30», «UTC» — the zone's offset at `at`. */
export function utcOffsetLabel(zone: string, at: Date): string {
  const p = zonedParts(at, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  const minutes = Math.round((wall - at.getTime()) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/** After «по времени»: «Екатеринбурга (UTC+5)» / "Yekaterinburg (UTC+5)"; outside Russia «UTC+1». */
export function zoneAfterBy(zone: string, at: Date, locale: Locale): string {
  const city = (zoneCitiesAfterBy[locale] as Record<string, string>)[zone];
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city} (${offset})` : offset;
}
