/**
 * One group of a list, in a side panel fixed to the right of the window (so it opens where the user looks, whatever
 * the scroll): its latest audit with the popup's components (checklist, weeks, score), the trend of weekly posts and
 * ER over the last months, the audit history, category and removal. Escape or «Закрыть» closes it.
 */
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RuleSet } from '../../lib/audit/rules';
import type { Audit } from '../../lib/audit/types';
import type { ResultRow } from '../../lib/batch/rows';
import { trendOf } from '../../lib/batch/trend';
import { rknAsNowRead } from '../../lib/export/from-history';
import type { AuditRecord } from '../../lib/ext/history';
import { formatDay, formatNumber } from '../../lib/i18n/index';
import { Checklist } from '../Checklist';
import { I18nContext, makeI18n } from '../i18n';
import { ScoreCard } from '../ScoreCard';
import { Verdict } from '../Verdict';
import { WeekTable } from '../WeekTable';
import { useBatchI18n } from './i18n';
import { TrendChart } from './TrendChart';

class Guard extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch() {
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** A stored audit, its RKN check as the current rules read it (lib/export/from-history.ts `rknAsNowRead`). */
function asAudit(value: unknown, page: unknown): Audit | null {
  if (value === null || typeof value !== 'object') return null;
  const a = value as Partial<Audit>;
  if (!Array.isArray(a.checks) || a.month === undefined || a.breakdown === undefined) return null;
  return { ...a, checks: a.checks.map((c) => (c.id === 'rkn-registration' ? rknAsNowRead(c, page) : c)) } as Audit;
}

export interface GroupDetailProps {
  row: ResultRow;
  audits: readonly AuditRecord[];
  browserTimeZone: string;
  timeZone: string;
  required: number;
  onClose: () => void;
  onRemove: () => void;
  onAudience: (size: number | null) => void;
  onCategory: (category: string | null) => void;
  /** The message to the group's admin (lib/export/message.ts), null when there is nothing to fix. */
  message?: string | null;
  /** Copies the message to the clipboard. */
  onCopyMessage?: () => Promise<void>;
  /** Shown above the trend: the institution and, for a MAX/Telegram page, its figures form (docs/institutions.md). */
  extra?: ComponentChildren;
  /** Marks or unmarks the group as a «визитка» page. */
  onBusinessCard: (businessCard: boolean) => void;
  /** The rule set in use: the score's formula and its source. */
  rules: RuleSet;
}

/** «Сообщение администратору»: the group's own message, to read and copy. */
function AdminMessage({ text, onCopy }: { text: string | null; onCopy: () => Promise<void> }) {
  const { t } = useBatchI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section class="admin-message" data-testid="admin-message">
      <h4>{t('message')}</h4>
      {text === null ? (
        <p class="muted">{t('messageNone')}</p>
      ) : (
        <>
          <pre class="message-text" data-testid="message-text">
            {text}
          </pre>
          <button
            type="button"
            data-testid="copy-message"
            onClick={async () => {
              try {
                await onCopy();
                setStatus('copied');
              } catch {
                setStatus('failed');
              }
            }}
          >
            {t('copyMessage')}
          </button>{' '}
          <span class="muted small" aria-live="polite">
            {status === 'copied' ? t('messageCopied') : status === 'failed' ? t('messageCopyFailed') : ''}
          </span>
        </>
      )}
    </section>
  );
}

export function GroupDetail(props: GroupDetailProps) {
  const { t, locale, issue } = useBatchI18n();
  const { row, audits } = props;
  const latest = audits[0] ?? null;
  const current = asAudit(latest?.audit, latest?.page);
  const previous = asAudit(latest?.previous, latest?.page);
  const [category, setCategory] = useState(row.category ?? '');
  const popupI18n = makeI18n(locale);
  const heading = useRef<HTMLHeadingElement>(null);
  const { onClose } = props;
  // Keyboard users land in the panel; Escape closes it.
  useEffect(() => {
    heading.current?.focus();
  }, [row.key]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside class="detail drawer" data-testid="group-detail" aria-label={row.name ?? row.url}>
      <div class="row detail-head">
        <h3 ref={heading} tabIndex={-1}>
          {row.name ?? row.url}
        </h3>
        <a href={row.url} target="_blank" rel="noreferrer noopener">
          {t('openGroup')}
        </a>
        <button type="button" class="close" onClick={onClose} data-testid="detail-close">
          {t('close')}
        </button>
      </div>
      <p class="muted" hidden={row.source !== 'page'}>
        {latest === null
          ? t('notChecked')
          : t('lastChecked', { date: formatDay(new Date(latest.at), props.timeZone, locale, true) })}
        {row.dataSource !== null && <> {t(row.dataSource === 'api' ? 'source.viaApi' : 'source.viaPage')}</>}
      </p>
      <label class="small">
        {t('col.category')}{' '}
        <input
          value={category}
          onInput={(e) => setCategory(e.currentTarget.value)}
          onChange={() => props.onCategory(category.trim() === '' ? null : category.trim())}
        />
      </label>{' '}
      <label class="small">
        <input
          type="checkbox"
          data-testid="business-card"
          checked={row.businessCard}
          onChange={(e) => props.onBusinessCard(e.currentTarget.checked)}
        />{' '}
        {t('businessCardLabel')}
      </label>
      {props.message !== undefined && props.onCopyMessage !== undefined && (
        <AdminMessage key={row.key} text={props.message} onCopy={props.onCopyMessage} />
      )}
      {props.extra}
      {row.source === 'page' && <h4>{t('trend')}</h4>}
      {row.source === 'page' && <TrendChart points={trendOf(audits)} required={props.required} />}
      {current !== null && (
        <Guard>
          <I18nContext.Provider value={popupI18n}>
            <Verdict audit={current} view="current" canSetAudience={false} />
            <ScoreCard
              audit={current}
              rules={props.rules}
              audienceSize={row.audienceSize}
              onAudienceSize={props.onAudience}
            />
            <Checklist checks={current.checks} rknThreshold={current.rkn?.threshold} />
            <WeekTable current={current} previous={previous} browserTimeZone={props.browserTimeZone} />
          </I18nContext.Provider>
        </Guard>
      )}
      {row.source === 'page' && (
        <>
          <h4>{t('history')}</h4>
          <ul class="history" data-testid="audit-history">
            {audits.slice(0, 20).map((a) => (
              <li key={a.id ?? a.at}>
                {t('historyRow', {
                  date: formatDay(new Date(a.at), props.timeZone, locale, true),
                  status: `${t(`read.${a.status === 'failed' ? 'failed' : a.status}`)}${a.error ? ` (${issue(a.error)})` : ''}${a.metrics?.predictedScore != null ? ` · ${formatNumber(a.metrics.predictedScore, locale, 1)}` : ''}`,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="link danger" onClick={props.onRemove}>
        {t('remove')}
      </button>
    </aside>
  );
}
