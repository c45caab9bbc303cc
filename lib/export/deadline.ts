/**
 * Evaluation-week dates for the exports: which week is running at the export time, its deadline, day ranges.
 * Pure: the instant and the IANA zone come in as arguments.
 */
import { evaluationWeekOf, zonedTimeToInstant } from '../calendar';
import { type Locale, monthGenitiveRu, monthNameEn } from '../i18n';
import type { WeekNumber } from '../types';

/** The evaluation week containing `instant` in `timeZone`, with its month; null on days 29–31. */
export function currentEvaluationWeek(instant: Date, timeZone: string) {
  return evaluationWeekOf(instant, timeZone);
}

/** The last minute of a week (day 7/14/21/28, 23:59:59 in `timeZone`). */
export function weekDeadline(year: number, month: number, week: WeekNumber, timeZone: string): Date {
  return zonedTimeToInstant({ year, month, day: week * 7, hour: 23, minute: 59, second: 59 }, timeZone);
}

/** «1–7 ноября» / "1–7 November". */
export function weekDays(month: number, week: WeekNumber, locale: Locale): string {
  const first = (week - 1) * 7 + 1;
  const last = week * 7;
  return locale === 'ru' ? `${first}–${last} ${monthGenitiveRu(month)}` : `${first}–${last} ${monthNameEn(month)}`;
}
