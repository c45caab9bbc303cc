/** The header: the community's name, site, members, when it was read and how far back its posts were collected. */
import type { CollectState } from '../lib/ext/messaging';
import { formatDay, formatNumber, formatTime } from '../lib/i18n/index';
import type { CommunityPage } from '../lib/types';
import { useI18n } from './i18n';

export interface HeaderProps {
  page: CommunityPage;
  /** ISO instant the page was read. */
  readAt: string;
  /** Zone dates are shown in. */
  timeZone: string;
  /** ISO instant the audit needs posts back to (the 1st of the previous month). */
  cutoff: string;
  collect: CollectState;
  onCollect?: () => void;
}

export type Coverage = 'full' | 'partial' | 'unknown';

export function coverageOf(postsSince: string | null, cutoff: string): Coverage {
  if (!postsSince) return 'unknown';
  return Date.parse(postsSince) <= Date.parse(cutoff) ? 'full' : 'partial';
}

/** Share (0–1) of the span from the cut-off to the read time that the collected posts cover. */
export function coverageShare(oldest: string | null, cutoff: string, readAt: string): number {
  if (!oldest) return 0;
  const span = Date.parse(readAt) - Date.parse(cutoff);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (Date.parse(readAt) - Date.parse(oldest)) / span));
}

function readAtText(readAt: string, timeZone: string, locale: 'ru' | 'en'): string {
  const d = new Date(readAt);
  return `${formatDay(d, timeZone, locale)}, ${formatTime(d, timeZone)}`;
}

export function Header({ page, readAt, timeZone, cutoff, collect, onCollect }: HeaderProps) {
  const { t, locale } = useI18n();
  const members =
    page.members === null
      ? t('header.membersUnknown')
      : page.membersRange && page.membersRange.min !== page.membersRange.max
        ? t('header.membersApprox', { count: formatNumber(page.members, locale) })
        : t('header.members', { n: page.members, count: formatNumber(page.members, locale) });
  const coverage = coverageOf(page.postsSince, cutoff);
  const collecting = collect.status === 'collecting';
  const since = page.postsSince ? formatDay(new Date(page.postsSince), timeZone, locale) : '';
  const cutoffDay = formatDay(new Date(cutoff), timeZone, locale);
  const share = coverageShare(collecting ? (collect.oldest ?? page.postsSince) : page.postsSince, cutoff, readAt);
  return (
    <header class="header" data-testid="header">
      <h1 class="header__name">{page.name ?? t('header.noName')}</h1>
      <p class="header__meta">
        <span data-testid="header-site">{t(page.site === 'vk' ? 'site.vk' : 'site.ok')}</span>
        {' · '}
        <span data-testid="header-members">{members}</span>
        {' · '}
        <span>{t('header.readAt', { when: readAtText(readAt, timeZone, locale) })}</span>
      </p>
      <div class="header__coverage" data-testid="coverage" data-coverage={collecting ? 'collecting' : coverage}>
        {collecting ? (
          <>
            <progress max={100} value={Math.round(share * 100)} />
            <span>{t('header.collecting', { pages: collect.pages, posts: collect.posts })}</span>
          </>
        ) : (
          <>
            {coverage !== 'unknown' && <progress max={100} value={Math.round(share * 100)} />}
            <span>
              {coverage === 'full'
                ? t('header.coverageFull', { date: cutoffDay })
                : coverage === 'partial'
                  ? t('header.coveragePartial', { date: since, cutoff: cutoffDay })
                  : t('header.coverageUnknown')}
            </span>
            {coverage !== 'full' && collect.status !== 'unsupported' && onCollect && (
              <button type="button" class="link" data-testid="collect" onClick={onCollect}>
                {t(collect.status === 'idle' ? 'header.collect' : 'header.collectAgain')}
              </button>
            )}
            {collect.status === 'unsupported' && <span class="muted">{t('header.collectUnsupported')}</span>}
          </>
        )}
      </div>
    </header>
  );
}
