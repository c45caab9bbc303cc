/**
 * Export buttons for the popup (one group) and the batch page (a list): Excel, CSV, print/PDF, the messages to
 * the admins (clipboard) and the JSON backup. Presentational: data and side effects come in as props; the heavy
 * writers are loaded only when a button is pressed.
 */
import { useState } from 'preact/hooks';
import type { RuleSet } from '../../lib/audit/rules';
import type { MonthView, YearMonth } from '../../lib/calendar';
import { computeSetIndicators } from '../../lib/export/derive';
import { exportFileName } from '../../lib/export/files';
import type { ReportMeta, ReportRow } from '../../lib/export/types';
import { createT, formatMonth, type Locale } from '../../lib/i18n/index';
import reportDicts from '../../lib/i18n/report';

export interface ExportData {
  rows: ReportRow[];
  meta: ReportMeta;
  rules: RuleSet;
}

/** The month selection of the exports: this month or the month before, starting from `value`. */
export interface ExportMonths {
  value: MonthView;
  current: YearMonth;
  previous: YearMonth;
  /** Called on a change; without it the selection is the buttons' own. */
  onChange?: (month: MonthView) => void;
}

export interface ExportButtonsProps {
  locale: Locale;
  /** The rows to export (of `month` when the buttons offer a month selection), fetched when a button is pressed. */
  getData: (month?: MonthView) => Promise<ExportData>;
  now: () => Date;
  download: (blob: Blob, fileName: string) => void;
  copy: (text: string) => Promise<void>;
  /** Offers a month selection (the lists page, the report page); absent: the caller's month (the popup's in view). */
  months?: ExportMonths;
  /** Opens the printable report (report.html?list=… or ?group=…, with the month selected); hidden when absent. */
  openReport?: (month?: MonthView) => void;
  /** The JSON backup text; hidden when absent. */
  getBackupText?: () => Promise<string>;
}

type Kind = 'xlsx' | 'csv' | 'messages' | 'backup';

export function ExportButtons(props: ExportButtonsProps) {
  const t = createT(reportDicts, props.locale);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState('');
  const [ownMonth, setOwnMonth] = useState<MonthView | undefined>(props.months?.value);
  const months = props.months;
  const month = months?.onChange ? months.value : ownMonth;
  const getData = () => props.getData(month);

  const run = (kind: Kind, job: () => Promise<string | undefined>) => async () => {
    setBusy(kind);
    setStatus('');
    try {
      setStatus((await job()) ?? '');
    } catch (e) {
      console.error('[export]', e);
      setStatus(t('btn.failed'));
    } finally {
      setBusy(null);
    }
  };

  const xlsx = run('xlsx', async () => {
    const { rows, meta, rules } = await getData();
    const { buildXlsx } = await import('../../lib/export/xlsx');
    const blob = await buildXlsx([{ meta, rows, indicators: computeSetIndicators(rows, rules) }], {
      locale: props.locale,
      rules,
    });
    props.download(blob, exportFileName(meta.listName, props.now(), meta.timeZone, 'xlsx'));
    return undefined;
  });
  const csv = run('csv', async () => {
    const { rows, meta } = await getData();
    const { buildCsv } = await import('../../lib/export/csv');
    const text = buildCsv(rows, { locale: props.locale, timeZone: meta.timeZone });
    props.download(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      exportFileName(meta.listName, props.now(), meta.timeZone, 'csv'),
    );
    return undefined;
  });
  const messages = run('messages', async () => {
    const { rows, meta, rules } = await getData();
    const { adminMessages, allMessagesText } = await import('../../lib/export/message');
    // the rule set says which platforms an institution must be on and whether the MAX link is asked
    const options = { locale: props.locale, now: props.now(), timeZone: meta.timeZone, rules, period: meta.period };
    await props.copy(allMessagesText(rows, options));
    return t('btn.copied', { count: adminMessages(rows, options).length });
  });
  const getBackupText = props.getBackupText;
  const backup = run('backup', async () => {
    if (!getBackupText) return undefined;
    const text = await getBackupText();
    const { meta } = await getData();
    props.download(
      new Blob([text], { type: 'application/json' }),
      exportFileName(meta.listName, props.now(), meta.timeZone, 'json'),
    );
    return undefined;
  });

  const openReport = props.openReport;
  return (
    <div class="gp-export">
      {months && (
        <label class="gp-export-month">
          {t('btn.month')}{' '}
          <select
            data-testid="export-month"
            value={month}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value === 'previous' ? 'previous' : 'current';
              setOwnMonth(value);
              months.onChange?.(value);
            }}
          >
            <option value="previous">
              {t('btn.monthPrevious', {
                month: formatMonth(months.previous.year, months.previous.month, props.locale),
              })}
            </option>
            <option value="current">
              {t('btn.monthCurrent', { month: formatMonth(months.current.year, months.current.month, props.locale) })}
            </option>
          </select>
        </label>
      )}
      <button type="button" data-export="xlsx" disabled={busy !== null} onClick={xlsx}>
        {t('btn.xlsx')}
      </button>
      <button type="button" data-export="csv" disabled={busy !== null} onClick={csv}>
        {t('btn.csv')}
      </button>
      {openReport && (
        <button type="button" data-export="print" onClick={() => openReport(month)}>
          {t('btn.print')}
        </button>
      )}
      <button type="button" data-export="messages" disabled={busy !== null} onClick={messages}>
        {t('btn.messages')}
      </button>
      {getBackupText && (
        <button type="button" data-export="backup" disabled={busy !== null} onClick={backup}>
          {t('btn.backup')}
        </button>
      )}
      <span class="gp-export-status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
