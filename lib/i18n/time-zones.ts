/**
 * Russia's time zones as the user knows them: a city and the regions that keep its time, with the UTC offset, for
 * the time-zone question (popup), the settings and every «по времени …» note. The IANA name stays the stored value;
 * the user never has to read or type it. Offsets are computed for the given instant (Intl), not hard-coded.
 */
import { zonedParts } from '../calendar';
import type { Dictionaries, Locale } from './index';

export interface RussianZone {
  zone: string;
  /** The regions that keep this time (Russian only: the names are Russian). */
  regions: string;
}

/** West to east; several IANA zones share an offset but differ in history or in the regions they name. */
export const RUSSIAN_ZONES: readonly RussianZone[] = [
  { zone: 'Europe/Kaliningrad', regions: 'Калининградская область' },
  { zone: 'Europe/Moscow', regions: 'Москва, Санкт-Петербург, центр и северо-запад, Поволжье, юг, Северный Кавказ' },
  { zone: 'Europe/Simferopol', regions: 'Республика Крым, Севастополь' },
  { zone: 'Europe/Volgograd', regions: 'Волгоградская область' },
  { zone: 'Europe/Kirov', regions: 'Кировская область' },
  { zone: 'Europe/Samara', regions: 'Самарская область, Удмуртия' },
  { zone: 'Europe/Saratov', regions: 'Саратовская область' },
  { zone: 'Europe/Ulyanovsk', regions: 'Ульяновская область' },
  { zone: 'Europe/Astrakhan', regions: 'Астраханская область' },
  {
    zone: 'Asia/Yekaterinburg',
    regions:
      'Свердловская, Челябинская, Тюменская, Курганская, Оренбургская области, Пермский край, Башкортостан, ХМАО — Югра, ЯНАО',
  },
  { zone: 'Asia/Omsk', regions: 'Омская область' },
  { zone: 'Asia/Novosibirsk', regions: 'Новосибирская область' },
  { zone: 'Asia/Barnaul', regions: 'Алтайский край, Республика Алтай' },
  { zone: 'Asia/Tomsk', regions: 'Томская область' },
  { zone: 'Asia/Novokuznetsk', regions: 'Кемеровская область — Кузбасс' },
  { zone: 'Asia/Krasnoyarsk', regions: 'Красноярский край, Хакасия, Тыва' },
  { zone: 'Asia/Irkutsk', regions: 'Иркутская область, Бурятия' },
  { zone: 'Asia/Chita', regions: 'Забайкальский край' },
  { zone: 'Asia/Yakutsk', regions: 'Якутия (большая часть), Амурская область' },
  { zone: 'Asia/Vladivostok', regions: 'Приморский и Хабаровский края, Еврейская АО' },
  { zone: 'Asia/Sakhalin', regions: 'Сахалинская область' },
  { zone: 'Asia/Magadan', regions: 'Магаданская область' },
  { zone: 'Asia/Kamchatka', regions: 'Камчатский край' },
  { zone: 'Asia/Anadyr', regions: 'Чукотский АО' },
];

/** The city each zone is named after («Екатеринбург»). */
export const zoneCities: Dictionaries<string> = {
  ru: {
    'Europe/Kaliningrad': 'Калининград',
    'Europe/Moscow': 'Москва',
    'Europe/Simferopol': 'Симферополь',
    'Europe/Volgograd': 'Волгоград',
    'Europe/Kirov': 'Киров',
    'Europe/Samara': 'Самара',
    'Europe/Saratov': 'Саратов',
    'Europe/Ulyanovsk': 'Ульяновск',
    'Europe/Astrakhan': 'Астрахань',
    'Asia/Yekaterinburg': 'Екатеринбург',
    'Asia/Omsk': 'Омск',
    'Asia/Novosibirsk': 'Новосибирск',
    'Asia/Barnaul': 'Барнаул',
    'Asia/Tomsk': 'Томск',
    'Asia/Novokuznetsk': 'Кемерово',
    'Asia/Krasnoyarsk': 'Красноярск',
    'Asia/Irkutsk': 'Иркутск',
    'Asia/Chita': 'Чита',
    'Asia/Yakutsk': 'Якутск',
    'Asia/Vladivostok': 'Владивосток',
    'Asia/Sakhalin': 'Южно-Сахалинск',
    'Asia/Magadan': 'Магадан',
    'Asia/Kamchatka': 'Петропавловск-Камчатский',
    'Asia/Anadyr': 'Анадырь',
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

/** «Екатеринбург, UTC+5» — or for a zone outside Russia just «UTC+1» (never the IANA name). */
export function zoneLabel(zone: string, at: Date, locale: Locale): string {
  const city = (zoneCities[locale] as Record<string, string>)[zone];
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city}, ${offset}` : offset;
}

/** After «по времени»: «Екатеринбурга (UTC+5)» / "Yekaterinburg (UTC+5)"; outside Russia «UTC+1». */
export function zoneAfterBy(zone: string, at: Date, locale: Locale): string {
  const city = (zoneCitiesAfterBy[locale] as Record<string, string>)[zone];
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city} (${offset})` : offset;
}

export interface ZoneOption {
  zone: string;
  label: string;
}

/**
 * The options of a time-zone choice: Russia's zones as «UTC+5 — Екатеринбург: Свердловская, …», plus `extra` (the
 * browser's or the stored zone) when it is not one of them, labelled by its offset.
 */
export function zoneOptions(at: Date, locale: Locale, extra: readonly string[] = []): ZoneOption[] {
  const cities = zoneCities[locale] as Record<string, string>;
  const out: ZoneOption[] = RUSSIAN_ZONES.map((z) => ({
    zone: z.zone,
    label: `${utcOffsetLabel(z.zone, at)} — ${cities[z.zone]}${locale === 'ru' ? `: ${z.regions}` : ''}`,
  }));
  for (const zone of extra) {
    if (out.some((o) => o.zone === zone)) continue;
    try {
      const offset = utcOffsetLabel(zone, at);
      out.push({ zone, label: locale === 'ru' ? `${offset} — другой часовой пояс` : `${offset} — another time zone` });
    } catch {
      // not a zone Intl knows: not offered
    }
  }
  return out;
}
