/** One line of advice for a check: `advice.<check>.<reason>`, then `advice.<reason>`, then the status's word. */
import type { CheckId, CheckStatus } from '../lib/types';
import type { I18n } from './i18n';

export function adviceFor(check: { id: CheckId; status: CheckStatus; reason: string }, i18n: I18n): string {
  return (
    i18n.maybe(`advice.${check.id}.${check.reason}`) ??
    i18n.maybe(`advice.${check.reason}`) ??
    i18n.t(`status.${check.status}`)
  );
}
