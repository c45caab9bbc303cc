// @vitest-environment jsdom
/**
 * No raw codes, no English in the Russian UI and exports (issue 17, item 7): the rendered Russian popup (every
 * panel, diagnostics open, every problem shown), the off-site and error views, the time-zone question and the
 * settings form, the XLSX workbook (every cell of every sheet), the CSV, the printed report and the admin messages
 * are scanned for internal codes (kebab-case, camelCase, dotted paths, IANA zone names, comparison operators) and
 * English words. Allowed: addresses (URLs, domains), brand and format names, the formula letters.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditView } from '../../components/AuditView';
import { I18nContext, makeI18n } from '../../components/i18n';
import { ErrorView, NotCommunity } from '../../components/NotCommunity';
import { SettingsForm } from '../../components/SettingsForm';
import { TimeZoneQuestion } from '../../components/TimeZoneQuestion';
import { DEFAULT_RULES } from '../../lib/audit/rules';
import { previousMonthEnd, previousMonthStart } from '../../lib/calendar';
import { buildCsv } from '../../lib/export/csv';
import { computeSetIndicators } from '../../lib/export/derive';
import { allMessagesText } from '../../lib/export/message';
import { buildReportHtml } from '../../lib/export/report-html';
import type { ReportRow } from '../../lib/export/types';
import { buildXlsx } from '../../lib/export/xlsx';
import { IDLE_COLLECT } from '../../lib/ext/messaging';
import { DEFAULT_SETTINGS } from '../../lib/ext/settings';
import { CASES, NOW, rowOf, ZONE } from './audits';
import { rawOrEnglish, textOf } from './scan';

afterEach(cleanup);

const ru = makeI18n('ru');
const renderRu = (ui: preact.ComponentChildren) => render(<I18nContext.Provider value={ru}>{ui}</I18nContext.Provider>);

describe('the scanner', () => {
  it('finds codes and English, lets addresses, brands and formula letters through', () => {
    expect(rawOrEnglish('не прочитано: not-found')).toEqual(['not-found']);
    expect(rawOrEnglish('частично (members-only)')).toEqual(['members-only']);
    expect(rawOrEnglish('timeZone: Unknown IANA time zone')).toEqual(['timeZone', 'Unknown', 'IANA', 'time', 'zone']);
    expect(rawOrEnglish('postsComparison >=')).toEqual(['postsComparison', '>=']);
    expect(rawOrEnglish('penalty.mode multiplier')).toEqual(['penalty.mode', 'multiplier']);
    expect(rawOrEnglish('Asia/Yekaterinburg')).toEqual(['Asia/Yekaterinburg']);
    expect(rawOrEnglish('vk:123456: 20000')).toEqual(['vk']);
    expect(
      rawOrEnglish('Итог = (0,5·F + 0,3·E + 0,2·R) × M / 100; ER 2,3%; https://vk.com/club1; ok.ru; Excel; UTC+5'),
    ).toEqual([]);
  });
});

describe('the Russian popup', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: every panel, diagnostics and every problem', async (_n, c) => {
    const page = {
      ...c.page,
      diagnostics: [
        { name: 'bridge', message: '[vk] page API bridge did not answer groups.getById; page markup used' },
        { name: 'views', message: "[vk] 'views' matched nothing on https://vk.com/club1 (vk-g3)" },
        { name: 'feed-start', message: '[vk] the feed does not start at its first item: coverage unknown' },
      ],
      sources: { members: 'vk-g3:[data-testid=group_members]', name: 'bridge:groups.getById', id: 'url' },
    };
    renderRu(
      <AuditView
        page={page}
        current={c.audit}
        previous={null}
        collect={{ ...IDLE_COLLECT, status: 'partial', partial: 'members-only' }}
        readMs={12.3}
        readAt={NOW.toISOString()}
        now={NOW}
        cutoff={previousMonthStart(NOW, ZONE).toISOString()}
        browserTimeZone="Asia/Yekaterinburg"
        erTarget={3}
        adsExcluded
        rules={DEFAULT_RULES}
        audienceSize={c.audienceSize ?? null}
        onAudienceSize={() => {}}
        onCollect={() => {}}
        onSnapshot={() => {}}
      />,
    );
    await screen.findByTestId('diagnostics');
    await waitFor(() => expect(document.querySelector('[data-testid="description-advice"], .desc')).not.toBeNull());
    const more = screen.queryByTestId('problems-more');
    if (more) fireEvent.click(more);
    expect(rawOrEnglish(document.body.textContent ?? '')).toEqual([]);
  });

  it('with the month switch, on the ended month', async () => {
    const c = CASES[0];
    if (!c) throw new Error('no case');
    const previous = { ...c.audit, ...CASES[1]?.audit };
    renderRu(
      <AuditView
        page={c.page}
        current={c.audit}
        previous={previous}
        view="previous"
        onView={() => {}}
        collect={IDLE_COLLECT}
        readMs={null}
        readAt={NOW.toISOString()}
        now={NOW}
        cutoff={previousMonthStart(NOW, ZONE).toISOString()}
        browserTimeZone={ZONE}
        erTarget={3}
        adsExcluded={false}
        rules={DEFAULT_RULES}
        audienceSize={null}
      />,
    );
    expect(screen.getByTestId('month-switch')).toBeTruthy();
    expect(rawOrEnglish(document.body.textContent ?? '')).toEqual([]);
  });

  it('a page that is not VK or OK, a profile, a failed read', () => {
    renderRu(
      <>
        <NotCommunity reason="off-site" batchUrl="/batch.html" />
        <NotCommunity reason="profile" batchUrl="/batch.html" />
        <ErrorView message="Could not establish connection. Receiving end does not exist." onRetry={() => {}} />
      </>,
    );
    expect(rawOrEnglish(document.body.textContent ?? '')).toEqual([]);
  });

  it('the time-zone question and the settings form (with an error shown)', async () => {
    renderRu(
      <>
        <TimeZoneQuestion initial="Asia/Yekaterinburg" onSave={() => {}} now={NOW} />
        <SettingsForm
          settings={{ ...DEFAULT_SETTINGS, audienceSizes: { 'vk:123456': 20000, 'ok:5': 300 } }}
          groupNames={{ 'vk:123456': 'Администрация района' }}
          locale="ru"
          onSave={() => {}}
          now={NOW}
        />
      </>,
    );
    fireEvent.input(screen.getByTestId('pacing'), { target: { value: '10' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await screen.findByTestId('errors');
    await screen.findByTestId('platform-rules'); // a lazy chunk: scanned once on screen
    // Option labels are what a select shows: scanned too.
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent).join('\n');
    expect(rawOrEnglish(`${textOf(document.body)}\n${options}`)).toEqual([]);
  });
});

describe('the Russian exports', () => {
  const [first, second, third] = CASES.map(rowOf);
  if (!first || !second || !third?.page) throw new Error('cases missing');
  const rows: ReportRow[] = [
    ...CASES.map(rowOf),
    { ...first, audit: null, page: null, readStatus: 'failed', error: 'not-found' },
    { ...second, readStatus: 'partial', error: 'members-only' },
    { ...third, page: { ...third.page, access: 'closed' } },
  ];
  const meta = {
    listName: 'Школы района',
    period: { year: 2026, month: 11 },
    generatedAt: NOW.toISOString(),
    timeZone: ZONE,
  };

  it('XLSX: every cell of every sheet, the rule set on the summary included', async () => {
    const blob = await buildXlsx([{ meta, rows, indicators: computeSetIndicators(rows) }], { rules: DEFAULT_RULES });
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const texts: string[] = [];
    for (const ws of wb.worksheets) {
      texts.push(ws.name);
      ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && texts.push(cell.value)));
    }
    expect(texts.join('\n')).toContain('Учёт минимальных требований');
    expect(rawOrEnglish(texts.join('\n'))).toEqual([]);
  });

  it('CSV, the printed report and the admin messages', () => {
    const csv = buildCsv(rows, { timeZone: ZONE });
    expect(rawOrEnglish(csv)).toEqual([]);
    const html = buildReportHtml(rows, meta, computeSetIndicators(rows), { rules: DEFAULT_RULES });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(rawOrEnglish(doc.body.textContent ?? '')).toEqual([]);
    const messages = allMessagesText(rows, { now: NOW, timeZone: ZONE });
    expect(rawOrEnglish(messages)).toEqual([]);
    expect(rawOrEnglish(allMessagesText(rows, { now: previousMonthEnd(NOW, ZONE), timeZone: ZONE }))).toEqual([]);
  });
});
