/**
 * One date-label parser for both sites. The formats are data (`DateLabelFormat`): regular expressions with
 * named groups plus word tables, so OK adds its own table without touching the parser.
 *
 * Named groups understood:
 * - `now`: the label means "just now";
 * - `n` + `unit`: an amount of units ago (`n` absent = 1; `n` may be a word from `numbers`);
 * - `daysAgo`: «2 дн. назад» = the day of `now − N × 24 h`, the time unknown (docs/dates.md);
 * - `rel`: a relative day word from `relDays` («сегодня» → 0, «вчера» → -1);
 * - `day`, `month` (a word from `months`, matched by prefix, or digits), `year`;
 * - `hour`, `minute`, `ampm`.
 * A label with neither a time nor a relative amount («вчера», «2 дн. назад», «7 авг», «31 дек 2013») gives only a
 * day: `parseDate` answers the start of that day in the viewer's zone with `datePrecision: 'day'`.
 * A date without a year is in the current year unless that is more than `futureToleranceDays` after `now`:
 * then it is the previous year (VK's rule, docs/dates.md).
 */
import { zonedParts, zonedTimeToInstant } from '../calendar';
import type { DatePrecision } from '../types';

/** A parsed label: an ISO UTC instant and how precise it is ('day': the start of the labelled day, time unknown). */
export interface ParsedDate {
  publishedAt: string;
  datePrecision: DatePrecision;
}

export interface DateLabelFormat {
  rules: readonly RegExp[];
  /** Month words by prefix, e.g. {янв: 1, …, ма: 5}. Longest prefix wins. */
  months: Readonly<Record<string, number>>;
  /** Unit words by prefix → seconds, e.g. {сек: 1, мин: 60, час: 3600}. */
  units: Readonly<Record<string, number>>;
  /** Number words → value, e.g. {две: 2}. */
  numbers: Readonly<Record<string, number>>;
  /** Relative day words → day offset, e.g. {сегодня: 0, вчера: -1}. */
  relDays: Readonly<Record<string, number>>;
  futureToleranceDays?: number;
  /** Words the site puts before the date (OK's «добавлена …»), removed before the rules are tried. */
  prefix?: RegExp;
}

export interface DateParseContext {
  now: Date;
  /** IANA zone the labels are rendered in (the viewer's zone). */
  timeZone: string;
}

/** Month words by prefix, Russian (genitive and short) and English: shared by the sites' formats. */
export const MONTHS_RU_EN: Readonly<Record<string, number>> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** «только что» / «just now»: the same on both sites. */
export const JUST_NOW_RULE = /^(?<now>только что|just now)$/;
/**
 * «5 минут назад», «час назад», «two hours ago», and the short «5 мин. назад», «3 ч назад», «3 ч. назад» of 2026
 * (docs/dates.md): the same on both sites.
 */
export const AGO_RULE =
  /^(?:(?<n>\d+|[a-zа-яё]+) )?(?<unit>секунд[ауы]?|минут[уы]?|мин\.?|час(?:а|ов)?|ч\.?|seconds?|minutes?|hours?) (?:назад|ago)$/;
/** «2 дн. назад» (2026), «2 дня назад», «2 days ago»: a day, the time unknown (docs/dates.md). */
export const DAYS_AGO_RULE = /^(?<daysAgo>\d+) (?:дн\.?|дня|дней|days?) (?:назад|ago)$/;
/** A bare «сегодня» / «вчера» / «today» / «yesterday» without a time: a day, the time unknown (docs/dates.md). */
export const BARE_DAY_RULE = /^(?<rel>сегодня|вчера|today|yesterday)$/;
/** Unit words of AGO_RULE by prefix → seconds. */
export const UNITS_RU_EN: Readonly<Record<string, number>> = {
  сек: 1,
  мин: 60,
  ч: 3600,
  час: 3600,
  sec: 1,
  min: 60,
  hour: 3600,
};

const TIME = '(?<hour>\\d{1,2}):(?<minute>\\d{2})(?: ?(?<ampm>am|pm))?';
const MONTH_WORD = '(?<month>[a-zа-яё]{3,9})\\.?';

/** VK labels, Russian and English UI (vk-ok-markup.md §10.1). */
export const VK_DATE_FORMAT: DateLabelFormat = {
  rules: [
    JUST_NOW_RULE,
    AGO_RULE,
    DAYS_AGO_RULE,
    BARE_DAY_RULE,
    new RegExp(`^(?<rel>сегодня|вчера|today|yesterday)(?: в| at)? ${TIME}$`),
    new RegExp(`^(?<day>\\d{1,2}) ${MONTH_WORD}(?: (?<year>\\d{4}))?(?:,? (?:в |at )?${TIME})?$`),
    new RegExp(`^${MONTH_WORD} (?<day>\\d{1,2}),? (?<year>\\d{4})(?:,? (?:at )?${TIME})?$`),
    new RegExp(`^${MONTH_WORD} (?<day>\\d{1,2})(?:,? (?:at )?${TIME})?$`),
  ],
  months: MONTHS_RU_EN,
  units: UNITS_RU_EN,
  numbers: {
    одну: 1,
    одна: 1,
    один: 1,
    две: 2,
    два: 2,
    три: 3,
    четыре: 4,
    пять: 5,
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
  },
  relDays: { сегодня: 0, вчера: -1, today: 0, yesterday: -1 },
  futureToleranceDays: 2,
};

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

function byPrefix(table: Readonly<Record<string, number>>, word: string): number | undefined {
  let best: number | undefined;
  let bestLen = 0;
  for (const [key, value] of Object.entries(table)) {
    if (key.length > bestLen && word.startsWith(key)) {
      best = value;
      bestLen = key.length;
    }
  }
  return best;
}

/** Calendar arithmetic on a date (no zone involved): add `days` to year/month/day. */
function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Normalise a label: lower case, one plain space, no trailing dot or comma. */
export function normaliseLabel(text: string): string {
  return text.replace(SPACES, ' ').trim().toLowerCase().replace(/[.,]$/, '');
}

/**
 * Parse a date label into an ISO UTC instant, or null when the label is not understood or not plausible. A label that
 * gives only a day answers the start of that day (use `parseDate` to know). Never throws.
 */
export function parseDateLabel(
  text: string | null | undefined,
  format: DateLabelFormat,
  ctx: DateParseContext,
): string | null {
  return parseDate(text, format, ctx)?.publishedAt ?? null;
}

/**
 * Parse a date label into an instant and its precision: 'instant' when the label gives a time or an amount of minutes
 * or hours ago, 'day' when it gives only a day (then `publishedAt` is the start of that day in `ctx.timeZone`).
 * Null when the label is not understood or not plausible. Never throws.
 */
export function parseDate(
  text: string | null | undefined,
  format: DateLabelFormat,
  ctx: DateParseContext,
): ParsedDate | null {
  if (typeof text !== 'string' || text.length > 80) return null;
  const nowMs = ctx.now.getTime();
  if (!Number.isFinite(nowMs)) return null;
  // A pure function of (text, format, now, zone): a wall repeats the same labels («вчера в 12:30», «5 мар»).
  let memo = parsed.get(format);
  if (!memo) {
    memo = new Map();
    parsed.set(format, memo);
  }
  const key = `${nowMs}|${ctx.timeZone.length}|${ctx.timeZone}|${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const out = parseUncached(text, format, ctx, nowMs);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, out);
  return out;
}

const MAX_MEMO = 2000;
const parsed = new WeakMap<DateLabelFormat, Map<string, ParsedDate | null>>();

function parseUncached(text: string, format: DateLabelFormat, ctx: DateParseContext, nowMs: number): ParsedDate | null {
  let label = normaliseLabel(text);
  if (format.prefix) label = label.replace(format.prefix, '');
  if (!label) return null;
  try {
    for (const rule of format.rules) {
      const m = rule.exec(label);
      if (!m?.groups) continue;
      const ms = interpret(m.groups, format, ctx, nowMs);
      if (ms === null) continue;
      // Only a time or an amount of minutes/hours ago gives the instant; anything else names a day.
      const instant = m.groups.hour !== undefined || m.groups.unit !== undefined || m.groups.now !== undefined;
      return { publishedAt: new Date(ms).toISOString(), datePrecision: instant ? 'instant' : 'day' };
    }
  } catch {
    return null;
  }
  return null;
}

function interpret(
  g: Record<string, string | undefined>,
  format: DateLabelFormat,
  ctx: DateParseContext,
  nowMs: number,
) {
  if (g.now !== undefined) return nowMs;
  if (g.unit !== undefined) {
    const unit = byPrefix(format.units, g.unit);
    const n = g.n === undefined ? 1 : /^\d+$/.test(g.n) ? Number(g.n) : format.numbers[g.n];
    if (unit === undefined || n === undefined || n > 10_000) return null;
    return nowMs - n * unit * 1000;
  }
  if (g.daysAgo !== undefined) {
    const n = Number(g.daysAgo);
    if (n > 10_000) return null;
    const d = zonedParts(new Date(nowMs - n * 86_400_000), ctx.timeZone);
    return zonedTimeToInstant({ year: d.year, month: d.month, day: d.day, hour: 0, minute: 0 }, ctx.timeZone).getTime();
  }
  let hour = 0;
  let minute = 0;
  if (g.hour !== undefined && g.minute !== undefined) {
    hour = Number(g.hour);
    minute = Number(g.minute);
    if (g.ampm !== undefined) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (g.ampm === 'pm' ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return null;
  }
  const today = zonedParts(ctx.now, ctx.timeZone);
  if (g.rel !== undefined) {
    const offset = format.relDays[g.rel];
    if (offset === undefined) return null;
    const d = addDays(today, offset);
    return zonedTimeToInstant({ ...d, hour, minute }, ctx.timeZone).getTime();
  }
  if (g.day === undefined || g.month === undefined) return null;
  const day = Number(g.day);
  const month = /^\d+$/.test(g.month) ? Number(g.month) : byPrefix(format.months, g.month);
  if (month === undefined || month < 1 || month > 12 || day < 1) return null;
  const build = (year: number) =>
    day > daysInMonth(year, month)
      ? null
      : zonedTimeToInstant({ year, month, day, hour, minute }, ctx.timeZone).getTime();
  if (g.year !== undefined) {
    const year = Number(g.year);
    if (year < 2000 || year > today.year + 1) return null;
    return build(year);
  }
  const tolerance = (format.futureToleranceDays ?? 2) * 86_400_000;
  const thisYear = build(today.year);
  if (thisYear !== null && thisYear <= nowMs + tolerance) return thisYear;
  // 29 February of a leap year read in a non-leap year, or a date in the future: previous year
  const lastYear = build(today.year - 1);
  return lastYear !== null && lastYear <= nowMs + tolerance ? lastYear : null;
}
