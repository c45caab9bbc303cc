/** The checklist: one row per check with its status and one line of advice. */
import type { AuditCheck } from '../lib/audit/types';
import { formatNumber } from '../lib/i18n/index';
import { CHECK_ORDER, type CheckId, type CheckStatus } from '../lib/types';
import { type I18n, useI18n } from './i18n';

const ICON: Record<CheckStatus, string> = { pass: '✓', fail: '✗', unknown: '?', 'not-applicable': '–' };

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

/** `rknThreshold`: the rule set's RKN threshold (`audit.rkn.threshold`), named in the registration advice. */
export function Checklist({ checks, rknThreshold }: { checks: readonly AuditCheck[]; rknThreshold?: number }) {
  const i18n = useI18n();
  const params = rknThreshold === undefined ? undefined : { threshold: formatNumber(rknThreshold, i18n.locale) };
  const sorted = [...checks].sort((a, b) => CHECK_ORDER.indexOf(a.id) - CHECK_ORDER.indexOf(b.id));
  return (
    <section class="card" aria-labelledby="checks-title">
      <h2 id="checks-title">{i18n.t('checks.title')}</h2>
      <ul class="checklist">
        {sorted.map((c) => (
          <li key={c.id} class={`check check--${c.status}`} data-testid={`check-${c.id}`} data-status={c.status}>
            <span class="check__icon" aria-hidden="true">
              {ICON[c.status]}
            </span>
            <span class="check__body">
              <span class="check__title">{i18n.t(`check.${c.id}`)}</span>
              <span class="check__status">{i18n.t(`status.${c.status}`)}</span>
              <span class="check__advice">{adviceFor(c, i18n, params)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
