/**
 * Warnings in order of severity: the missing «Госорганизация» mark first (the group drops out of the rating), then
 * an inaccessible page, RKN registration over the rule set's threshold (not registered, or not seen: neither a registry
 * link nor the «А+» mark), an unrecognised layout, and the calendar tips.
 * Warnings are for what the user must act on: a selector that missed on a recognised layout, or a fallback that
 * worked (the page API bridge not answering, the page markup used instead), is a diagnostic line, not a warning —
 * whatever it left unknown shows as «не определено» in the checklist with what to check.
 */
import type { Audit } from '../lib/audit/types';
import type { CollectState } from '../lib/ext/messaging';
import { formatNumber, zonedParts } from '../lib/i18n/index';
import type { PopupKey } from '../lib/i18n/popup';
import type { CommunityPage } from '../lib/types';
import { useI18n } from './i18n';

export type Severity = 'critical' | 'high' | 'medium' | 'info';
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, info: 3 };

export interface Warning {
  id: string;
  severity: Severity;
  key: PopupKey;
  params?: Record<string, string | number>;
}

export interface WarningInput {
  page: CommunityPage;
  audit: Audit;
  collect: CollectState;
  /** The instant "today" is taken from. */
  now: Date;
}

/** New Year holidays are ahead from 10 December to 8 January. */
function newYearAhead(month: number, day: number): boolean {
  return (month === 12 && day >= 10) || (month === 1 && day <= 8);
}

export function collectWarnings({ page, audit, collect, now }: WarningInput): Warning[] {
  const out: Warning[] = [];
  const check = (id: string) => audit.checks.find((c) => c.id === id);
  const govMark = check('gov-mark');
  if (page.govMark === 'missing' || govMark?.status === 'fail') {
    out.push({ id: 'gov-mark-missing', severity: 'critical', key: 'warn.gov-mark-missing' });
  } else if (page.govMark === 'unknown') {
    out.push({ id: 'gov-mark-unknown', severity: 'medium', key: 'warn.gov-mark-unknown' });
  }
  const access = page.access;
  if (access === 'closed' || access === 'private' || access === 'blocked' || access === 'deleted') {
    out.push({ id: `access-${access}`, severity: 'critical', key: `warn.access.${access}` });
  }
  const rkn = check('rkn-registration');
  // The rule set's threshold, formatted when shown (older stored audits may lack it: the texts then name no number)
  const threshold = audit.rkn?.threshold;
  const rknParams: Record<string, number> = threshold === undefined ? {} : { threshold };
  if (rkn?.status === 'fail') {
    out.push({ id: 'rkn-missing', severity: 'high', key: 'warn.rkn-missing', params: rknParams });
  } else if (rkn?.reason === 'registration-not-seen') {
    // Never «нет»: the «А+» mark could not be checked, so the user is asked to look (docs/rkn-registration.md)
    const cut = page.descriptionComplete === true ? 0 : 1;
    out.push({ id: 'rkn-not-seen', severity: 'high', key: 'warn.rkn-not-seen', params: { ...rknParams, cut } });
  }
  if (rkn?.reason === 'application-pending') out.push({ id: 'rkn-pending', severity: 'info', key: 'warn.rkn-pending' });
  if (page.layout === 'unknown') out.push({ id: 'layout-unknown', severity: 'high', key: 'warn.layout-unknown' });
  const partial = collect.status === 'partial' ? collect.partial : (page.partial ?? null);
  if (partial) {
    out.push({ id: 'partial', severity: 'medium', key: 'warn.partial', params: { reason: partial } });
  }
  const today = zonedParts(now, audit.timeZone);
  if (newYearAhead(today.month, today.day)) out.push({ id: 'new-year', severity: 'info', key: 'warn.newYear' });
  if (today.day >= 29) out.push({ id: 'rename-now', severity: 'info', key: 'warn.renameNow' });
  else if (today.day >= 22) out.push({ id: 'rename', severity: 'info', key: 'warn.rename' });
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The text of a warning (a stopped collection names its reason in words). */
export function warningText(w: Warning, i18n: ReturnType<typeof useI18n>): string {
  const params =
    w.id === 'partial' && w.params
      ? { reason: i18n.maybe(`partial.${w.params.reason}`) ?? i18n.t('partial.other') }
      : typeof w.params?.threshold === 'number'
        ? { ...w.params, threshold: formatNumber(w.params.threshold, i18n.locale) }
        : w.params;
  return i18n.t(w.key, params);
}

export function Warnings({ warnings }: { warnings: readonly Warning[] }) {
  const i18n = useI18n();
  if (warnings.length === 0) return null;
  return (
    <section class="card" aria-labelledby="warnings-title" data-testid="warnings">
      <h2 id="warnings-title">{i18n.t('warnings.title')}</h2>
      <ul class="warnings">
        {warnings.map((w) => (
          <li key={w.id} class={`warning warning--${w.severity}`} data-testid={`warning-${w.id}`}>
            {warningText(w, i18n)}
          </li>
        ))}
      </ul>
    </section>
  );
}
