/**
 * report.html?list=<id> or ?group=<key>: the printable report of a list or one group, from the history database,
 * for `&month=previous|current` — by default the month the screens show first (docs/month-in-view.md); the toolbar's
 * month selection switches. `&now=<ISO>` fixes the report time (end-to-end tests).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExportButtons } from '../../components/report/ExportButtons';
import { ReportView } from '../../components/report/ReportView';
import { DEFAULT_ENDED_MONTH_DAYS, type MonthView, monthShownFirst } from '../../lib/calendar';
import { downloadBlob } from '../../lib/export/files';
import { exportBackupText, loadReportData, type ReportData } from '../../lib/export/store';
import { createT, type Locale } from '../../lib/i18n/index';
import reportDicts from '../../lib/i18n/report';

const ORG_KEY = 'gp-report-organisation';

function monthParam(params: URLSearchParams): MonthView | undefined {
  const value = params.get('month');
  return value === 'previous' || value === 'current' ? value : undefined;
}

export function App({ locale, params }: { locale: Locale; params: URLSearchParams }) {
  const t = createT(reportDicts, locale);
  const [data, setData] = useState<ReportData | null | 'loading'>('loading');
  const [month, setMonth] = useState<MonthView | undefined>(monthParam(params));
  const now = useMemo(() => {
    const nowParam = params.get('now');
    return nowParam && !Number.isNaN(Date.parse(nowParam)) ? new Date(nowParam) : new Date();
  }, [params]);
  useEffect(() => {
    const list = params.get('list');
    const group = params.get('group');
    const target = list ? { listId: list } : group ? { groupKey: group } : null;
    if (!target) {
      setData(null);
      return;
    }
    loadReportData(target, now, month)
      .then((d) => {
        setData(d);
        if (d) document.title = `${t('report.title')} — ${d.meta.listName}`;
        document.documentElement.dataset.ready = 'true';
      })
      .catch((e) => {
        console.error('[report]', e);
        setData(null);
        document.documentElement.dataset.ready = 'true';
      });
  }, [params, t, now, month]);
  if (data === 'loading') return null;
  if (data === null) {
    document.documentElement.dataset.ready = 'true';
    return <p style={{ padding: '16px' }}>{t('report.empty')}</p>;
  }
  // The ended month first on the rule set's first N days of a month (docs/month-in-view.md).
  const days = (data.rules as { endedMonthFirstDays?: unknown } | undefined)?.endedMonthFirstDays;
  const first = monthShownFirst(now, data.meta.timeZone, typeof days === 'number' ? days : DEFAULT_ENDED_MONTH_DAYS);
  return (
    <ReportView
      locale={locale}
      rows={data.rows}
      meta={data.meta}
      rules={data.rules}
      organisation={localStorage.getItem(ORG_KEY) ?? ''}
      onOrganisationChange={(v) => localStorage.setItem(ORG_KEY, v)}
      onPrint={() => window.print()}
      toolbar={
        <ExportButtons
          locale={locale}
          months={{ value: data.month, current: first.current, previous: first.previous, onChange: setMonth }}
          getData={async () => ({ rows: data.rows, meta: data.meta, rules: data.rules })}
          now={() => new Date(data.meta.generatedAt)}
          download={(blob, name) => downloadBlob(blob, name)}
          copy={(text) => navigator.clipboard.writeText(text)}
          getBackupText={() => exportBackupText()}
        />
      }
    />
  );
}
