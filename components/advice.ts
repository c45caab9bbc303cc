/**
 * One line of advice for a check: `advice.<check>.<reason>`, then `advice.<reason>`, then the status's word. The
 * popup's own dictionary has a failed check's advice only (the first screen's «Что исправить»); the checklist and
 * the engagement card pass `useDetailsI18n()` (components/details-i18n.ts), which finds the rest.
 */
import { formatNumber } from '../lib/i18n/index';
import type { CheckId, CheckStatus } from '../lib/types';
import type { I18n } from './i18n';

export function adviceFor(
  check: { id: CheckId; status: CheckStatus; reason: string },
  i18n: I18n,
  params?: Record<string, string | number>,
): string {
  return (
    i18n.maybe(`advice.${check.id}.${check.reason}`, params) ??
    i18n.maybe(`advice.${check.reason}`, params) ??
    i18n.t(`status.${check.status}`)
  );
}

/** The advice texts' parameters: the RKN threshold of the rule set the audit used, formatted («10 000»). */
export function adviceParams(rknThreshold: number | undefined, i18n: I18n): Record<string, string> | undefined {
  return rknThreshold === undefined ? undefined : { threshold: formatNumber(rknThreshold, i18n.locale) };
}
