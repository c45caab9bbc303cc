/**
 * Russia's time zones to choose from (the popup's time-zone question, the settings): west to east, each as
 * «UTC+5 — Екатеринбург: Свердловская, Челябинская… области», the offset computed for the instant. Several IANA
 * zones share an offset but differ in history or in the regions they name; the IANA name is only the stored value.
 */
import { type Dictionaries, type Locale, utcOffsetLabel } from './index';

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

/** «Екатеринбург, UTC+5» — or for a zone outside Russia just «UTC+1» (never the IANA name). */
export function zoneLabel(zone: string, at: Date, locale: Locale): string {
  const city = (zoneCities[locale] as Record<string, string>)[zone];
  const offset = utcOffsetLabel(zone, at);
  return city ? `${city}, ${offset}` : offset;
}

/** The zones, west to east. */
export const RUSSIAN_ZONES: readonly string[] = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Simferopol',
  'Europe/Volgograd',
  'Europe/Kirov',
  'Europe/Samara',
  'Europe/Saratov',
  'Europe/Ulyanovsk',
  'Europe/Astrakhan',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Barnaul',
  'Asia/Tomsk',
  'Asia/Novokuznetsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Chita',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Sakhalin',
  'Asia/Magadan',
  'Asia/Kamchatka',
  'Asia/Anadyr',
];

/** The regions that keep each zone's time. */
export const zoneRegions: Dictionaries<string> = {
  ru: {
    'Europe/Kaliningrad': 'Калининградская область',
    'Europe/Moscow': 'Москва, Санкт-Петербург, центр и северо-запад, Поволжье, юг, Северный Кавказ',
    'Europe/Simferopol': 'Республика Крым, Севастополь',
    'Europe/Volgograd': 'Волгоградская область',
    'Europe/Kirov': 'Кировская область',
    'Europe/Samara': 'Самарская область, Удмуртия',
    'Europe/Saratov': 'Саратовская область',
    'Europe/Ulyanovsk': 'Ульяновская область',
    'Europe/Astrakhan': 'Астраханская область',
    'Asia/Yekaterinburg':
      'Свердловская, Челябинская, Тюменская, Курганская, Оренбургская области, Пермский край, Башкортостан, ХМАО — Югра, ЯНАО',
    'Asia/Omsk': 'Омская область',
    'Asia/Novosibirsk': 'Новосибирская область',
    'Asia/Barnaul': 'Алтайский край, Республика Алтай',
    'Asia/Tomsk': 'Томская область',
    'Asia/Novokuznetsk': 'Кемеровская область — Кузбасс',
    'Asia/Krasnoyarsk': 'Красноярский край, Хакасия, Тыва',
    'Asia/Irkutsk': 'Иркутская область, Бурятия',
    'Asia/Chita': 'Забайкальский край',
    'Asia/Yakutsk': 'Якутия (большая часть), Амурская область',
    'Asia/Vladivostok': 'Приморский и Хабаровский края, Еврейская АО',
    'Asia/Sakhalin': 'Сахалинская область',
    'Asia/Magadan': 'Магаданская область',
    'Asia/Kamchatka': 'Камчатский край',
    'Asia/Anadyr': 'Чукотский АО',
  },
  en: {
    'Europe/Kaliningrad': 'Kaliningrad region',
    'Europe/Moscow':
      'Moscow, St Petersburg, the centre and north-west, the Volga region, the south, the North Caucasus',
    'Europe/Simferopol': 'Crimea, Sevastopol',
    'Europe/Volgograd': 'Volgograd region',
    'Europe/Kirov': 'Kirov region',
    'Europe/Samara': 'Samara region, Udmurtia',
    'Europe/Saratov': 'Saratov region',
    'Europe/Ulyanovsk': 'Ulyanovsk region',
    'Europe/Astrakhan': 'Astrakhan region',
    'Asia/Yekaterinburg':
      'Sverdlovsk, Chelyabinsk, Tyumen, Kurgan, Orenburg regions, Perm krai, Bashkortostan, Khanty-Mansi and Yamalo-Nenets okrugs',
    'Asia/Omsk': 'Omsk region',
    'Asia/Novosibirsk': 'Novosibirsk region',
    'Asia/Barnaul': 'Altai krai, Altai Republic',
    'Asia/Tomsk': 'Tomsk region',
    'Asia/Novokuznetsk': 'Kemerovo region (Kuzbass)',
    'Asia/Krasnoyarsk': 'Krasnoyarsk krai, Khakassia, Tuva',
    'Asia/Irkutsk': 'Irkutsk region, Buryatia',
    'Asia/Chita': 'Zabaykalsky krai',
    'Asia/Yakutsk': 'Yakutia (most of it), Amur region',
    'Asia/Vladivostok': 'Primorsky and Khabarovsk krais, Jewish AO',
    'Asia/Sakhalin': 'Sakhalin region',
    'Asia/Magadan': 'Magadan region',
    'Asia/Kamchatka': 'Kamchatka krai',
    'Asia/Anadyr': 'Chukotka',
  },
};

export interface ZoneOption {
  zone: string;
  label: string;
}

/**
 * The options of a time-zone choice: Russia's zones as «UTC+5 — Екатеринбург: Свердловская, …», plus `extra` (the
 * browser's or the stored zone) when it is not one of them, labelled by its offset (never by its IANA name).
 */
export function zoneOptions(at: Date, locale: Locale, extra: readonly string[] = []): ZoneOption[] {
  const cities = zoneCities[locale] as Record<string, string>;
  const regions = zoneRegions[locale] as Record<string, string>;
  const out: ZoneOption[] = RUSSIAN_ZONES.map((zone) => ({
    zone,
    label: `${utcOffsetLabel(zone, at)} — ${cities[zone]}: ${regions[zone]}`,
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
