/**
 * Cached Intl helpers for the exports: a 300-group export formats thousands of dates and numbers, and building an
 * Intl formatter per call costs more than the rest of the export. Same results as lib/i18n's helpers.
 */
import type { Locale } from '../i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** «12 345,60» (ru) / "12,345.60" (en), like lib/i18n formatNumber. */
export function fmtNumber(n: number, locale: Locale, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, f);
  }
  return f.format(n);
}
