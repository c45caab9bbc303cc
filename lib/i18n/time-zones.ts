/**
 * Russia's time zones as the user knows them: a city and the regions that keep its time, with the UTC offset, for
 * the time-zone question (popup), the settings and every «по времени …» note. The IANA name stays the stored value;
 * the user never has to read or type it. Offsets are computed for the given instant (Intl), not hard-coded.
 */
import { zonedParts } from '../calendar';
import type { Locale } from './index';

export interface RussianZone {
  zone: string;
  /** The city the zone is named after, in the nominative («Екатеринбург») and after «по времени» («Екатеринбурга»). */
  city: { ru: string; ruGenitive: string; en: string };
  /** The regions that keep this time (Russian only: the names are Russian). */
  regions: string;
}

/** West to east; several IANA zones share an offset but differ in history or in the regions they name. */
export const RUSSIAN_ZONES: readonly RussianZone[] = [
  {
    zone: 'Europe/Kaliningrad',
    city: { ru: 'Калининград', ruGenitive: 'Калининграда', en: 'Kaliningrad' },
    regions: 'Калининградская область',
  },
  {
    zone: 'Europe/Moscow',
    city: { ru: 'Москва', ruGenitive: 'Москвы', en: 'Moscow' },
    regions: 'Москва, Санкт-Петербург, центр и северо-запад, Поволжье, юг, Северный Кавказ',
  },
  {
    zone: 'Europe/Simferopol',
    city: { ru: 'Симферополь', ruGenitive: 'Симферополя', en: 'Simferopol' },
    regions: 'Республика Крым, Севастополь',
  },
  {
    zone: 'Europe/Volgograd',
    city: { ru: 'Волгоград', ruGenitive: 'Волгограда', en: 'Volgograd' },
    regions: 'Волгоградская область',
  },
  { zone: 'Europe/Kirov', city: { ru: 'Киров', ruGenitive: 'Кирова', en: 'Kirov' }, regions: 'Кировская область' },
  {
    zone: 'Europe/Samara',
    city: { ru: 'Самара', ruGenitive: 'Самары', en: 'Samara' },
    regions: 'Самарская область, Удмуртия',
  },
  {
    zone: 'Europe/Saratov',
    city: { ru: 'Саратов', ruGenitive: 'Саратова', en: 'Saratov' },
    regions: 'Саратовская область',
  },
  {
    zone: 'Europe/Ulyanovsk',
    city: { ru: 'Ульяновск', ruGenitive: 'Ульяновска', en: 'Ulyanovsk' },
    regions: 'Ульяновская область',
  },
  {
    zone: 'Europe/Astrakhan',
    city: { ru: 'Астрахань', ruGenitive: 'Астрахани', en: 'Astrakhan' },
    regions: 'Астраханская область',
  },
  {
    zone: 'Asia/Yekaterinburg',
    city: { ru: 'Екатеринбург', ruGenitive: 'Екатеринбурга', en: 'Yekaterinburg' },
    regions:
      'Свердловская, Челябинская, Тюменская, Курганская, Оренбургская области, Пермский край, Башкортостан, ХМАО — Югра, ЯНАО',
  },
  { zone: 'Asia/Omsk', city: { ru: 'Омск', ruGenitive: 'Омска', en: 'Omsk' }, regions: 'Омская область' },
  {
    zone: 'Asia/Novosibirsk',
    city: { ru: 'Новосибирск', ruGenitive: 'Новосибирска', en: 'Novosibirsk' },
    regions: 'Новосибирская область',
  },
  {
    zone: 'Asia/Barnaul',
    city: { ru: 'Барнаул', ruGenitive: 'Барнаула', en: 'Barnaul' },
    regions: 'Алтайский край, Республика Алтай',
  },
  { zone: 'Asia/Tomsk', city: { ru: 'Томск', ruGenitive: 'Томска', en: 'Tomsk' }, regions: 'Томская область' },
  {
    zone: 'Asia/Novokuznetsk',
    city: { ru: 'Кемерово', ruGenitive: 'Кемерова', en: 'Kemerovo' },
    regions: 'Кемеровская область — Кузбасс',
  },
  {
    zone: 'Asia/Krasnoyarsk',
    city: { ru: 'Красноярск', ruGenitive: 'Красноярска', en: 'Krasnoyarsk' },
    regions: 'Красноярский край, Хакасия, Тыва',
  },
  {
    zone: 'Asia/Irkutsk',
    city: { ru: 'Иркутск', ruGenitive: 'Иркутска', en: 'Irkutsk' },
    regions: 'Иркутская область, Бурятия',
  },
  { zone: 'Asia/Chita', city: { ru: 'Чита', ruGenitive: 'Читы', en: 'Chita' }, regions: 'Забайкальский край' },
  {
    zone: 'Asia/Yakutsk',
    city: { ru: 'Якутск', ruGenitive: 'Якутска', en: 'Yakutsk' },
    regions: 'Якутия (большая часть), Амурская область',
  },
  {
    zone: 'Asia/Vladivostok',
    city: { ru: 'Владивосток', ruGenitive: 'Владивостока', en: 'Vladivostok' },
    regions: 'Приморский и Хабаровский края, Еврейская АО',
  },
  {
    zone: 'Asia/Sakhalin',
    city: { ru: 'Южно-Сахалинск', ruGenitive: 'Южно-Сахалинска', en: 'Yuzhno-Sakhalinsk' },
    regions: 'Сахалинская область',
  },
  {
    zone: 'Asia/Magadan',
    city: { ru: 'Магадан', ruGenitive: 'Магадана', en: 'Magadan' },
    regions: 'Магаданская область',
  },
  {
    zone: 'Asia/Kamchatka',
    city: { ru: 'Петропавловск-Камчатский', ruGenitive: 'Петропавловска-Камчатского', en: 'Petropavlovsk-Kamchatsky' },
    regions: 'Камчатский край',
  },
  { zone: 'Asia/Anadyr', city: { ru: 'Анадырь', ruGenitive: 'Анадыря', en: 'Anadyr' }, regions: 'Чукотский АО' },
];

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

export function russianZone(zone: string): RussianZone | undefined {
  return RUSSIAN_ZONES.find((z) => z.zone === zone);
}

/** «Екатеринбург, UTC+5» — or for a zone outside Russia just «UTC+1» (never the IANA name). */
export function zoneLabel(zone: string, at: Date, locale: Locale): string {
  const z = russianZone(zone);
  const offset = utcOffsetLabel(zone, at);
  return z ? `${locale === 'ru' ? z.city.ru : z.city.en}, ${offset}` : offset;
}

/** After «по времени»: «Екатеринбурга (UTC+5)» / "Yekaterinburg (UTC+5)"; outside Russia «UTC+1». */
export function zoneAfterBy(zone: string, at: Date, locale: Locale): string {
  const z = russianZone(zone);
  const offset = utcOffsetLabel(zone, at);
  if (!z) return offset;
  return `${locale === 'ru' ? z.city.ruGenitive : z.city.en} (${offset})`;
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
  const out: ZoneOption[] = RUSSIAN_ZONES.map((z) => ({
    zone: z.zone,
    label:
      locale === 'ru'
        ? `${utcOffsetLabel(z.zone, at)} — ${z.city.ru}: ${z.regions}`
        : `${utcOffsetLabel(z.zone, at)} — ${z.city.en}`,
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
