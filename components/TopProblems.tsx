/**
 * «Что исправить» on the first screen: the warnings the user must act on and the failed checks of the month in view,
 * most severe first; the first three are shown, the rest one click away. Calendar tips (severity 'info') are not
 * problems: they stay in the warnings below the fold.
 */
import { useState } from 'preact/hooks';
import type { Audit } from '../lib/audit/types';
import { checkState } from '../lib/i18n/vocabulary';
import type { CheckId } from '../lib/types';
import { adviceFor, adviceParams } from './advice';
import { useI18n } from './i18n';
import { collectWarnings, type Severity, type Warning, type WarningInput, warningText } from './Warnings';

/** Problems shown before «Ещё N». */
export const TOP_PROBLEMS = 3;

export interface Problem extends Warning {
  /** A failed check: shown as its title, its word and its advice. */
  check?: CheckId;
}

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, info: 3 };
/** Failed checks that make a problem of their own (the mark and RKN come as warnings, with their steps). */
const CHECK_PROBLEMS: readonly [CheckId, Severity][] = [
  ['frequency', 'high'],
  ['cover', 'high'],
  ['avatar', 'high'],
  ['description', 'high'],
  ['pos-widget', 'high'],
  ['engagement', 'medium'],
  ['reach', 'medium'],
];

/** The problems of the month in view (`input.audit`), most severe first; calendar tips left out. */
export function collectProblems(input: WarningInput): Problem[] {
  const { audit } = input;
  const out: Problem[] = collectWarnings(input).filter((w) => w.severity !== 'info');
  for (const [id, severity] of CHECK_PROBLEMS) {
    const check = audit.checks.find((c) => c.id === id);
    if (check?.status !== 'fail' || checkState(check) === 'excluded') continue;
    if (id === 'frequency') {
      const failed = audit.month.weeks.filter((w) => w.status === 'fail');
      out.push({
        id: 'check-frequency',
        severity,
        key: 'problem.frequency',
        params: { n: failed.length, weeks: failed.map((w) => w.week).join(', '), required: failed[0]?.required ?? 3 },
      });
    } else {
      out.push({ id: `check-${id}`, severity, key: 'problems.title', check: id });
    }
  }
  // A stable sort: within a severity, warnings (the page) before checks (the month), each in its own order.
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function TopProblems({ problems, audit }: { problems: readonly Problem[]; audit: Audit }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, TOP_PROBLEMS);
  // A failed check's advice names the problem and the fix («Загрузите обложку: без неё баллы снижаются»); its
  // word in the vocabulary is in the checklist below.
  const text = (p: Problem): string => {
    const check = p.check ? audit.checks.find((c) => c.id === p.check) : undefined;
    return check ? adviceFor(check, i18n, adviceParams(audit.rkn?.threshold, i18n)) : warningText(p, i18n);
  };
  return (
    <section class="card problems" aria-labelledby="problems-title" data-testid="top-problems">
      <h2 id="problems-title">{t('problems.title')}</h2>
      {problems.length === 0 ? (
        <p class="muted">{t('problems.none')}</p>
      ) : (
        <ul class="warnings">
          {shown.map((p) => (
            <li
              key={p.id}
              class={`warning warning--${p.severity}`}
              data-testid={p.id.startsWith('check-') ? `problem-${p.id}` : `warning-${p.id}`}
            >
              {text(p)}
            </li>
          ))}
        </ul>
      )}
      {problems.length > TOP_PROBLEMS && (
        <button type="button" class="link" data-testid="problems-more" onClick={() => setAll(!all)}>
          {all ? t('problems.less') : t('problems.more', { n: problems.length - TOP_PROBLEMS })}
        </button>
      )}
    </section>
  );
}
