/**
 * The list by institution: one row per institution, a chip per platform (ВК, ОК, MAX, Telegram) with the month's
 * weekly norm on that page, and the institution as a whole. A chip opens its page's detail. Pages of no institution
 * are counted below (they are in the «По страницам» view).
 */
import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import type { ResultRow } from '../../lib/batch/rows';
import { createT } from '../../lib/i18n/index';
import { institutionDicts } from '../../lib/i18n/institutions';
import { institutionsViewDicts } from '../../lib/i18n/institutions-view';
import { maxFirstDicts, maxFirstProblem, maxFirstReason } from '../../lib/i18n/max-first';
import {
  CHECK_MARK,
  checkTone,
  presenceWord,
  type Tone,
  WEEK_MARK,
  weekStates,
  weekTone,
  weekWord,
} from '../../lib/i18n/vocabulary';
import type { InstitutionAudit, PlatformState } from '../../lib/institutions/audit';
import { PLATFORMS } from '../../lib/types';
import { useBatchI18n } from './i18n';

export interface InstitutionsViewProps {
  institutions: readonly { audit: InstitutionAudit; rows: readonly ResultRow[] }[];
  /** Pages of the list in no institution. */
  outside: number;
  onOpen: (key: string) => void;
  /** The rule zone (dates of the posts not first in MAX). */
  timeZone: string;
}

const MARK: Record<PlatformState['status'], string> = {
  pass: '✓',
  fail: '✗',
  pending: '…',
  unknown: '?',
  missing: '✗',
  none: '—',
};

/** The states' tones of the one vocabulary (docs/vocabulary.md): a missing page is a failure, «в процессе» amber. */
const TONE: Record<PlatformState['status'] | InstitutionAudit['compliance'], Tone> = {
  pass: 'pass',
  fail: 'fail',
  pending: 'warn',
  unknown: 'neutral',
  missing: 'fail',
  none: 'neutral',
};

export function InstitutionsView(props: InstitutionsViewProps) {
  const { locale, t: tb } = useBatchI18n();
  const t = useMemo(() => createT(institutionsViewDicts, locale), [locale]);
  const tn = useMemo(() => createT(institutionDicts, locale), [locale]);
  // the column shows only when the rule set asks for the link (and some institution has a MAX page)
  const linkColumn = props.institutions.some(({ audit }) => audit.maxLinks.length > 0);
  // «Сначала в MAX»: where the rule set asks and some institution has a MAX page and a VK/OK page
  const tm = useMemo(() => createT(maxFirstDicts, locale), [locale]);
  const firstColumn = props.institutions.some(({ audit }) => audit.maxFirst !== null);
  return (
    <div class="table-wrap">
      <table class="institutions" data-testid="institutions-table">
        <thead>
          <tr>
            <th>{t('institution')}</th>
            {PLATFORMS.map((p) => (
              <th key={p}>{tb(`site.${p}`)}</th>
            ))}
            {linkColumn && <th>{t('maxLink')}</th>}
            {firstColumn && <th>{tm('title')}</th>}
            <th>{t('whole')}</th>
          </tr>
        </thead>
        <tbody>
          {props.institutions.map(({ audit, rows }) => {
            const failed = audit.maxFirst?.weeks.filter((w) => w.status === 'fail') ?? [];
            return (
              <Fragment key={audit.id}>
                <tr data-testid="institution-row" data-id={audit.id} data-compliance={audit.compliance}>
                  <td class="name">{audit.name || rows[0]?.name || tn('unnamed')}</td>
                  {audit.platforms.map((state) => {
                    const key = state.keys[0];
                    const label = `${tb(`site.${state.platform}`)}: ${t(`state.${state.status}`)}`;
                    return (
                      <td key={state.platform} class={`tone-${TONE[state.status]}`}>
                        {key === undefined ? (
                          <span
                            data-testid="platform-chip"
                            data-platform={state.platform}
                            data-status={state.status}
                            title={label}
                          >
                            {MARK[state.status]} {t(`state.${state.status}`)}
                          </span>
                        ) : (
                          <button
                            type="button"
                            class="link"
                            data-testid="platform-chip"
                            data-platform={state.platform}
                            data-status={state.status}
                            title={label}
                            aria-label={label}
                            onClick={() => props.onOpen(key)}
                          >
                            {MARK[state.status]} {t(`state.${state.status}`)}
                          </button>
                        )}
                      </td>
                    );
                  })}
                  {linkColumn && (
                    <td data-testid="institution-max-link">
                      {audit.maxLinks.map((link) => {
                        // the link is a page element: the vocabulary's «есть / нет / не определено», its mark and tone
                        const word = presenceWord(link.status, locale);
                        return (
                          <span
                            key={link.key}
                            class={`tone-${checkTone(link.status)}`}
                            data-testid="max-link-chip"
                            data-platform={link.site}
                            data-status={link.status}
                            title={`${tb(`site.${link.site}`)}: ${word}. ${t(`maxLink.${link.reason}`)}`}
                          >
                            {CHECK_MARK[link.status]} {tb(`site.${link.site}`)}{' '}
                          </span>
                        );
                      })}
                    </td>
                  )}
                  {firstColumn && (
                    <td data-testid="institution-max-first" data-status={audit.maxFirst?.status}>
                      {audit.maxFirst !== null &&
                        weekStates(audit.maxFirst.weeks, false).map((state, i) => {
                          const w = audit.maxFirst?.weeks[i];
                          if (w === undefined) return null;
                          // the week's word, mark and tone of the one vocabulary; the reason in the tooltip
                          const title = `${tm('week', { week: w.week })}: ${weekWord(state, locale)}. ${maxFirstReason(w, locale)}`;
                          return (
                            <span
                              key={w.week}
                              class={`tone-${weekTone(state)}`}
                              data-testid="max-first-week"
                              data-week={w.week}
                              data-status={state}
                              title={title}
                            >
                              {w.week}
                              {WEEK_MARK[state]}{' '}
                            </span>
                          );
                        })}
                    </td>
                  )}
                  <td class={`tone-${TONE[audit.compliance]}`} data-testid="institution-compliance">
                    {t(`compliance.${audit.compliance}`)}
                  </td>
                </tr>
                {failed.length > 0 && (
                  <tr class="detail" data-testid="institution-max-first-problems">
                    <td colSpan={99} class="small tone-fail">
                      {failed.map((w) => (
                        <div key={w.week}>{maxFirstProblem(w, locale, props.timeZone)}</div>
                      ))}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {props.outside > 0 && <p class="muted small">{t('outside', { n: props.outside })}</p>}
    </div>
  );
}
