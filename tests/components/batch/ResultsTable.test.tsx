// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OVERSCAN,
  RENDER_ALL_UP_TO,
  ResultsTable,
  ROW_HEIGHT,
  rowWindow,
} from '../../../components/batch/ResultsTable';
import { rowOf } from '../../../lib/batch/rows';
import type { GroupRecord } from '../../../lib/ext/history';
import { makeAudit } from '../../lib/export/factory';

afterEach(cleanup);

/** 1000 groups named «Группа 0000» … «Группа 0999», never read (all sort equal on «worst first», then by name). */
function rows(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const id = String(310_000_000 + i);
    const group: GroupRecord = {
      key: `vk:${id}`,
      site: 'vk',
      url: `https://vk.com/club${id}`,
      name: `Группа ${String(i).padStart(4, '0')}`,
      id,
      screenName: null,
      audienceSize: null,
      category: null,
      addedAt: '2026-03-01T00:00:00.000Z',
    };
    return rowOf(group, null);
  });
}

/** The table's other props: November 2026 in Moscow, no week running. */
const props = () => ({
  view: { year: 2026, month: 11 },
  running: null,
  timeZone: 'Europe/Moscow',
  onOpen: vi.fn(),
  onAudience: vi.fn(),
});

const rendered = () => screen.getAllByTestId('result-row');
const names = () => rendered().map((r) => r.querySelector('td.name .nm')?.textContent);

/** jsdom has no layout: the scroll container reports what a browser would after scrolling to `top`. */
function scrollTo(top: number) {
  const wrap = document.querySelector('.table-wrap');
  if (!(wrap instanceof HTMLElement)) throw new Error('no scroll container');
  Object.defineProperty(wrap, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(wrap);
}

describe('the results table with 1000 groups', () => {
  it('keeps only a window of rows in the DOM, with spacers and row indexes standing for the rest', () => {
    render(<ResultsTable rows={rows(1000)} {...props()} />);
    const count = rendered().length;
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(60);
    expect(names()[0]).toBe('Группа 0000');
    expect(screen.getByTestId('results-table').getAttribute('aria-rowcount')).toBe('1001');
    expect(rendered()[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.queryByTestId('spacer-top')).toBeNull();
    const bottom = screen.getByTestId('spacer-bottom');
    expect(bottom.style.height).toBe(`${(1000 - count) * ROW_HEIGHT}px`);
  });

  it('shows later rows when scrolled, and the last row at the bottom', async () => {
    render(<ResultsTable rows={rows(1000)} {...props()} />);
    scrollTo(500 * ROW_HEIGHT);
    await waitFor(() => expect(names()).toContain('Группа 0500'));
    expect(names()).not.toContain('Группа 0000');
    const first = rendered()[0];
    expect(first?.getAttribute('aria-rowindex')).toBe(String(500 - OVERSCAN + 2));
    expect(screen.getByTestId('spacer-top').style.height).toBe(`${(500 - OVERSCAN) * ROW_HEIGHT}px`);
    expect(rendered().length).toBeLessThan(60);

    scrollTo(1e7);
    await waitFor(() => expect(names().at(-1)).toBe('Группа 0999'));
    expect(rendered().at(-1)?.getAttribute('aria-rowindex')).toBe('1001');
    expect(screen.queryByTestId('spacer-bottom')).toBeNull();
  });

  it('sorts and filters every row, not only the rendered ones', async () => {
    render(<ResultsTable rows={rows(1000)} {...props()} />);
    const byName = () => screen.getByRole('button', { name: /^Группа( ▲| ▼)?$/ });
    fireEvent.click(byName());
    await waitFor(() => expect(byName().textContent).toBe('Группа ▲'));
    expect(names()[0]).toBe('Группа 0000');
    fireEvent.click(byName());
    await waitFor(() => expect(names()[0]).toBe('Группа 0999'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '310000777' } });
    await waitFor(() => expect(names()).toEqual(['Группа 0777']));
    expect(screen.getByTestId('results-table').getAttribute('aria-rowcount')).toBe('2');
  });
});

describe('a short list', () => {
  it(`is rendered whole up to ${RENDER_ALL_UP_TO} groups, and windowed above`, () => {
    const { unmount } = render(<ResultsTable rows={rows(RENDER_ALL_UP_TO)} {...props()} />);
    expect(rendered()).toHaveLength(RENDER_ALL_UP_TO);
    expect(screen.queryByTestId('spacer-bottom')).toBeNull();
    unmount();
    render(<ResultsTable rows={rows(RENDER_ALL_UP_TO + 1)} {...props()} />);
    expect(rendered().length).toBeLessThan(RENDER_ALL_UP_TO);
    expect(screen.getByTestId('spacer-bottom')).toBeTruthy();
  });
});

describe('rowWindow', () => {
  it('covers the visible rows plus the overscan, clamped to the list', () => {
    expect(rowWindow(1000, 0, 340, 34, 5)).toEqual({ start: 0, end: 15 });
    expect(rowWindow(1000, 3400, 340, 34, 5)).toEqual({ start: 95, end: 115 });
    expect(rowWindow(1000, 1e9, 340, 34, 5)).toEqual({ start: 985, end: 1000 });
    expect(rowWindow(3, 500, 340, 34, 5)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(0, 0, 340)).toEqual({ start: 0, end: 0 });
  });
});

describe('the table’s cells say what they mean', () => {
  it('labels weeks and the four minimum requirements, with a word per state in the tooltip and a legend', () => {
    const group: GroupRecord = {
      key: 'vk:1',
      site: 'vk',
      url: 'https://vk.com/club1',
      name: 'Школа № 1',
      id: '1',
      screenName: null,
      audienceSize: null,
      category: null,
      addedAt: '2026-12-01T00:00:00.000Z',
    };
    const audit = makeAudit({
      month: { year: 2026, month: 12 },
      weeks: [
        [3, 'pass'],
        [2, 'fail'],
        [1, 'pending'],
        [0, 'pending'],
      ],
      checks: { cover: 'fail', 'pos-widget': 'unknown' },
    });
    const record = {
      groupKey: 'vk:1',
      at: '2026-12-16T09:00:00.000Z',
      source: 'batch' as const,
      rulesVersion: 1,
      status: 'complete' as const,
      error: null,
      page: {
        site: 'vk' as const,
        url: group.url,
        id: '1',
        cover: 'missing',
        avatar: 'present',
        description: 'present',
      },
      postCount: 6,
      audit: audit as unknown as Record<string, unknown>,
      previous: null,
      metrics: null,
      settings: null,
    };
    const running = { year: 2026, month: 12, week: 3 as const };
    render(
      <ResultsTable
        {...props()}
        view={{ year: 2026, month: 12 }}
        running={running}
        rows={[rowOf(group, record, {}, running)]}
      />,
    );
    const row = rendered()[0] as HTMLElement;
    const week = (n: number) => row.querySelector(`td.wk[data-week="${n}"]`) as HTMLElement;
    expect([1, 2, 3, 4].map((n) => week(n).dataset.state)).toEqual(['pass', 'fail', 'running', 'upcoming']);
    expect(week(2).getAttribute('title')).toBe('Неделя 2 (8–14 декабря): 2 поста из 3 — не выполнена');
    expect(week(3).textContent).toBe('идёт: 1/3');
    expect(week(4).getAttribute('title')).toContain('впереди');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Обл.', 'Ав.', 'Оп.', 'ПОС', 'Н1', 'Н2', 'Н3', 'Н4']));
    expect(headers.some((h) => h?.startsWith('Нужно до 21 декабря'))).toBe(true);
    expect(row.querySelector('td.needed')?.textContent).toBe('2 поста');
    const items = ['cover', 'avatar', 'description', 'pos-widget'].map((id) => `td.mark[data-check="${id}"]`);
    const marks = [...row.querySelectorAll(items.join(','))].map((td) => td.getAttribute('title'));
    expect(marks).toEqual(['обложка: нет', 'аватар: есть', 'описание: есть', 'виджет ПОС: не определено']);
    expect(screen.getByTestId('legend').textContent).toContain('Обл. — обложка');
  });
});
