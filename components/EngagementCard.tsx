/**
 * Engagement: the ER against the target, the achievement, which posts were counted, and the exclusions of the
 * methodology that cannot be applied from a page (methodology §3.3) — the ER is an estimate.
 */
import type { Audit } from '../lib/audit/types';
import { formatDay, formatNumber } from '../lib/i18n/index';
import type { PopupDetailsKey } from '../lib/i18n/popup-details';
import { adviceFor } from './advice';
import { useDetailsI18n, useDetailsT } from './details-i18n';

export interface EngagementCardProps {
  audit: Audit;
  /** ER% that gives 100% achievement (the rule set's erTarget). */
  target: number;
  /** Ad posts are left out by the rule set. */
  adsExcluded: boolean;
}

const NOT_APPLIED: readonly PopupDetailsKey[] = [
  'er.excl.ownComments',
  'er.excl.bots',
  'er.excl.heavySubscribers',
  'er.excl.targeted',
  'er.excl.stories',
];

export function EngagementCard({ audit, target, adsExcluded }: EngagementCardProps) {
  const i18n = useDetailsI18n();
  const dt = useDetailsT();
  const { locale } = i18n;
  const d = audit.engagementDetail;
  const { rate, achievement } = audit.engagement;
  const pct = (v: number) => formatNumber(v, locale, 2);
  const num = (v: number) => formatNumber(v, locale);
  const check = audit.checks.find((c) => c.id === 'engagement');
  return (
    <section class="card" aria-labelledby="er-title" data-testid="engagement">
      <h2 id="er-title">
        {dt('er.title')} <span class="tag">{dt('er.estimate')}</span>
      </h2>
      <p class="er__line">
        <strong data-testid="er-rate" data-rate={rate ?? ''}>
          {rate === null ? dt('er.unknown') : dt('er.rate', { rate: pct(rate) })}
        </strong>
        {' · '}
        {dt('er.target', { target: formatNumber(target, locale) })}
        {achievement !== null && (
          <>
            {' · '}
            <span data-testid="er-achievement">{dt('er.achievement', { achievement: pct(achievement) })}</span>
          </>
        )}
      </p>
      {rate === null && check && <p class="muted">{adviceFor(check, i18n)}</p>}
      <ul class="er__details">
        <li data-testid="er-counted" data-count={d.countedPostIds.length}>
          {dt('er.counted', {
            n: d.countedPostIds.length,
            from: formatDay(new Date(d.periodStart), audit.timeZone, locale),
            to: formatDay(new Date(d.periodEnd), audit.timeZone, locale),
          })}
        </li>
        {d.views > 0 && (
          <li class="muted">
            {dt('er.sums', {
              reactions: num(d.likes + d.comments + d.reposts),
              likes: num(d.likes),
              comments: num(d.comments),
              reposts: num(d.reposts),
              views: num(d.views),
            })}
          </li>
        )}
        {d.postsWithoutViews > 0 && <li>{dt('er.withoutViews', { n: d.postsWithoutViews })}</li>}
        {d.flaggedMissingCounters && <li>{dt('er.missingCounters')}</li>}
        {d.partialCoverage && <li data-testid="er-partial">{dt('er.partial')}</li>}
        {adsExcluded && <li class="muted">{dt('er.applied')}</li>}
      </ul>
      <details class="er__excluded">
        <summary>{dt('er.excludedTitle')}</summary>
        <ul>
          {NOT_APPLIED.map((k) => (
            <li key={k}>{dt(k)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
