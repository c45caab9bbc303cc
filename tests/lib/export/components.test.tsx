// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../../../components/report/ExportButtons';
import { ReportView } from '../../../components/report/ReportView';
import { DEFAULT_RULES } from '../../../lib/index';
import { makeList } from './factory';

afterEach(cleanup);

/** jsdom's Blob has no arrayBuffer()/text(): read it with FileReader. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

const meta = {
  listName: 'Школы: район/центр',
  period: { year: 2025, month: 11 },
  generatedAt: '2025-11-24T07:00:00Z',
  timeZone: 'Europe/Moscow',
};
const rows = makeList(8);

function setup(extra: { backup?: boolean; report?: boolean } = {}) {
  const download = vi.fn<(blob: Blob, name: string) => void>();
  const copy = vi.fn(async (_text: string) => {});
  const openReport = vi.fn();
  render(
    <ExportButtons
      locale="ru"
      getData={async () => ({ rows, meta, rules: DEFAULT_RULES })}
      now={() => new Date('2025-11-24T07:00:00Z')}
      download={download}
      copy={copy}
      openReport={extra.report ? openReport : undefined}
      getBackupText={extra.backup ? async () => '{"format":"gospabliki-audit-backup"}' : undefined}
    />,
  );
  return { download, copy, openReport };
}

describe('ExportButtons', () => {
  it('downloads a readable XLSX and a CSV with safe file names', async () => {
    const { download } = setup();
    fireEvent.click(screen.getByText('Excel (XLSX)'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [blob, name] = download.mock.calls[0] ?? [];
    expect(name).toBe('Аудит — Школы_ район_центр — 2025-11-24.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readBlob(blob as Blob));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Сводка', 'Школы  район центр']);
    fireEvent.click(screen.getByText('CSV'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [csv, csvName] = download.mock.calls[1] ?? [];
    expect(csvName?.endsWith('.csv')).toBe(true);
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true })
        .decode(await readBlob(csv as Blob))
        .startsWith('\uFEFFНаименование;'),
    ).toBe(true);
  });

  it('copies the admin messages and says how many', async () => {
    const { copy } = setup();
    fireEvent.click(screen.getByText('Скопировать сообщения'));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(copy.mock.calls[0]?.[0]).toContain('Здравствуйте!');
    await screen.findByText(/^Скопировано: \d+ сообщени(е|я|й)$/);
  });

  it('shows print and backup only when wired; reports failures', async () => {
    setup();
    expect(screen.queryByText('Печать / PDF')).toBeNull();
    expect(screen.queryByText('Резервная копия (JSON)')).toBeNull();
    cleanup();
    const { openReport, download } = setup({ backup: true, report: true });
    fireEvent.click(screen.getByText('Печать / PDF'));
    expect(openReport).toHaveBeenCalled();
    fireEvent.click(screen.getByText('Резервная копия (JSON)'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(download.mock.calls[0]?.[1]?.endsWith('.json')).toBe(true);
    cleanup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ExportButtons
        locale="en"
        getData={async () => Promise.reject(new Error('db'))}
        now={() => new Date()}
        download={() => {}}
        copy={async () => {}}
      />,
    );
    fireEvent.click(screen.getByText('CSV'));
    await screen.findByText('Export failed');
  });
});

describe('ReportView', () => {
  it('renders the escaped report, hides the toolbar in print, prints on demand', () => {
    const onPrint = vi.fn();
    const { container } = render(
      <ReportView locale="ru" rows={rows} meta={meta} rules={DEFAULT_RULES} onPrint={onPrint} organisation="Минобр" />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelectorAll('section.group')).toHaveLength(8);
    expect(container.querySelector('.toolbar.no-print')).not.toBeNull();
    expect(container.querySelector('table.meta')?.textContent).toContain('Минобр');
    fireEvent.input(container.querySelector('input') as HTMLInputElement, { target: { value: '<i>ЦУР</i>' } });
    expect(container.querySelector('table.meta')?.textContent).toContain('<i>ЦУР</i>');
    expect(container.querySelector('table.meta i')).toBeNull();
    fireEvent.click(screen.getByText('Печать / PDF'));
    expect(onPrint).toHaveBeenCalled();
  });
});
