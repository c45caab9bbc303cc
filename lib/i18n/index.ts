/**
 * Shared i18n helpers: Russian first, English second. Pure (no browser API): the locale comes in as an argument.
 * Each feature keeps its own dictionary (`lib/i18n/<feature>.ts`) with identical keys in `ru` and `en`;
 * tests/meta/i18n.test.ts checks that.
 */

import { zonedParts as calendarZonedParts } from '../calendar';

export type Locale = 'ru' | 'en';

/** The locale to show for a browser UI language (navigator.language / browser.i18n.getUILanguage()). */
export function pickLocale(uiLanguage: string | null | undefined): Locale {
  const lang = (uiLanguage ?? '').toLowerCase();
  // Russian by default: our users read Russian, and so do users of be/uk/kk browsers more often than English.
  if (lang.startsWith('en')) return 'en';
  return 'ru';
}

/** Russian plural form: plural(2, ['пост', 'поста', 'постов']) → 'поста'. */
export function pluralRu(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const abs = Math.abs(Math.trunc(n));
  if (!Number.isInteger(n)) return forms[1];
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** English plural form. */
export function pluralEn(n: number, forms: readonly [one: string, other: string]): string {
  return Math.abs(n) === 1 ? forms[0] : forms[1];
}

/** A message is a string with {placeholders}, or a function of params. */
export type Message = string | ((p: Record<string, string | number>) => string);
export type Dictionary<K extends string> = Record<K, Message>;
export interface Dictionaries<K extends string> {
  ru: Dictionary<K>;
  en: Dictionary<K>;
}

/** Builds a translate function for one feature's dictionaries. */
export function createT<K extends string>(dicts: Dictionaries<K>, locale: Locale) {
  const dict = dicts[locale];
  return (key: K, params: Record<string, string | number> = {}): string => {
    const msg = dict[key];
    if (typeof msg === 'function') return msg(params);
    return msg.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

const MONTHS_GENITIVE_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_NOMINATIVE_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS_RU = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** After «до»: «до пятницы». */
const WEEKDAYS_GENITIVE_RU = ['воскресенья', 'понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы'];

/** Calendar parts of an instant in an IANA zone, with the weekday (0 = Sunday). Built on the engine's calendar. */
export function zonedParts(instant: Date, timeZone: string) {
  const p = calendarZonedParts(instant, timeZone);
  return { ...p, weekday: new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() };
}

/** «22 ноября» / "22 November" (with the year when `withYear`). */
export function formatDay(instant: Date, timeZone: string, locale: Locale, withYear = false): string {
  const p = zonedParts(instant, timeZone);
  if (locale === 'ru') return `${p.day} ${MONTHS_GENITIVE_RU[p.month - 1]}${withYear ? ` ${p.year} г.` : ''}`;
  return `${p.day} ${MONTHS_EN[p.month - 1]}${withYear ? ` ${p.year}` : ''}`;
}

/** «9:05», «23:59»: the clock time of an instant in a zone (hours unpadded). */
export function formatTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.hour}:${String(p.minute).padStart(2, '0')}`;
}

/** «пятница, 28 ноября, 23:59» / "Friday, 28 November, 23:59". */
export function formatDeadline(instant: Date, timeZone: string, locale: Locale): string {
  const wd = (locale === 'ru' ? WEEKDAYS_RU : WEEKDAYS_EN)[zonedParts(instant, timeZone).weekday];
  return `${wd}, ${formatDay(instant, timeZone, locale)}, ${formatTime(instant, timeZone)}`;
}

/** The deadline after «до»: «пятницы, 28 ноября, 23:59» (the weekday in the genitive) / "Friday, 28 November, 23:59". */
export function formatDeadlineUntil(instant: Date, timeZone: string, locale: Locale): string {
  if (locale !== 'ru') return formatDeadline(instant, timeZone, locale);
  const wd = WEEKDAYS_GENITIVE_RU[zonedParts(instant, timeZone).weekday];
  return `${wd}, ${formatDay(instant, timeZone, locale)}, ${formatTime(instant, timeZone)}`;
}

/** «ноябрь 2026» / "November 2026". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  return locale === 'ru' ? `${MONTHS_NOMINATIVE_RU[month - 1]} ${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** Month name in the genitive («ноября») for ranges like «15–21 ноября». */
export function monthGenitiveRu(month: number): string {
  return MONTHS_GENITIVE_RU[month - 1] ?? '';
}

export function monthNameEn(month: number): string {
  return MONTHS_EN[month - 1] ?? '';
}

/** The month's name as it follows a day number: «ноября» (ru, genitive) / "November" (en). */
export function monthAfterDay(month: number, locale: Locale): string {
  return locale === 'ru' ? monthGenitiveRu(month) : monthNameEn(month);
}

/** «12 345» with a non-breaking space as the thousands separator (ru), "12,345" (en). */
export function formatNumber(n: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(n);
}

/** «5 постов» / "5 posts". */
export function formatPosts(n: number, locale: Locale): string {
  return locale === 'ru'
    ? `${n} ${pluralRu(n, ['пост', 'поста', 'постов'])}`
    : `${n} ${pluralEn(n, ['post', 'posts'])}`;
}

/** «UTC+5», «UTC+3», «UTC−3:30», «UTC» — the zone's offset at `at`. */
export function utcOffsetLabel(zone: string, at: Date): string {
  const p = calendarZonedParts(at, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  const minutes = Math.round((wall - at.getTime()) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}
