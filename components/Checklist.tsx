/** The checklist: one row per check with its state in the one vocabulary (lib/i18n/vocabulary.ts) and one line of advice. */
import type { AuditCheck } from '../lib/audit/types';
import { CHECK_MARK, checkState, checkTone, checkWord } from '../lib/i18n/vocabulary';
import { CHECK_ORDER } from '../lib/types';
import { adviceFor, adviceParams } from './advice';
import { useDetailsI18n, useDetailsT } from './details-i18n';
import './checklist.css';

/** `rknThreshold`: the rule set's RKN threshold (`audit.rkn.threshold`), named in the registration advice. */
export function Checklist({ checks, rknThreshold }: { checks: readonly AuditCheck[]; rknThreshold?: number }) {
  const i18n = useDetailsI18n();
  const dt = useDetailsT();
  const params = adviceParams(rknThreshold, i18n);
  const sorted = [...checks].sort((a, b) => CHECK_ORDER.indexOf(a.id) - CHECK_ORDER.indexOf(b.id));
  return (
    <section class="card" aria-labelledby="checks-title">
      <h2 id="checks-title">{dt('checks.title')}</h2>
      <ul class="checklist">
        {sorted.map((c) => {
          const state = checkState(c);
          return (
            <li
              key={c.id}
              class={`check check--${c.status} tone-${checkTone(state)}`}
              data-testid={`check-${c.id}`}
              data-status={c.status}
              data-state={state}
            >
              <span class="check__icon" aria-hidden="true">
                {CHECK_MARK[state]}
              </span>
              <span class="check__body">
                <span class="check__title">{i18n.t(`check.${c.id}`)}</span>
                <span class="check__status">{checkWord(c.id, state, i18n.locale)}</span>
                <span class="check__advice">{adviceFor(c, i18n, params)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
