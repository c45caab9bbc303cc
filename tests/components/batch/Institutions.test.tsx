// @vitest-environment jsdom
/**
 * Institutions on the lists page: a pasted row of an institution's links becomes one institution; the grouped view
 * shows a chip per platform; MAX figures are entered by hand (a wrong value is named, nothing is lost) and flow into
 * the chip; the run reads only the VK/OK pages.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/batch/App';
import { closeHistory, useHistoryDatabase } from '../../../lib/ext/history';
import { getManualMonths } from '../../../lib/ext/institutions';
import { FakeWorld, weeklySpec } from '../../lib/batch/fake-world';
import { pageDeps } from './page-deps';

let dbName = '';
beforeEach(() => {
  dbName = `institutions-app-${Math.random()}`;
  useHistoryDatabase(dbName);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await closeHistory(dbName);
});

const chip = (platform: string) =>
  screen.getAllByTestId('platform-chip').find((c) => c.dataset.platform === platform) as HTMLElement;

describe('institutions on the lists page', () => {
  it('groups a pasted institution, takes MAX figures by hand and audits only VK/OK', async () => {
    const world = new FakeWorld();
    world.page('https://vk.com/club1', weeklySpec('1', [3, 3, 3, 1], { name: 'Школа №5 ВК' }));
    world.page('https://vk.com/club2', weeklySpec('2', [3, 3, 3, 3], { name: 'Музей' }));
    render(<App deps={pageDeps(world)} />);
    await screen.findByText('Списков пока нет. Создайте первый и вставьте ссылки на группы.');
    fireEvent.input(screen.getByTestId('paste-links'), {
      target: { value: 'Школа №5\thttps://vk.com/club1\thttps://max.ru/@s5_gos\nhttps://vk.com/club2' },
    });
    fireEvent.click(screen.getByText('Добавить ссылки'));
    expect((await screen.findByTestId('import-institutions')).textContent).toBe('Учреждений: 1.');
    expect(screen.getByTestId('import-report').textContent).toContain('адрес MAX с «@» не открывается');

    const row = await screen.findByTestId('institution-row');
    expect(within(row).getByText('Школа №5')).toBeTruthy();
    expect(chip('vk').dataset.status).toBe('unknown');
    expect(chip('max').dataset.status).toBe('unknown');
    expect(chip('ok').dataset.status).toBe('none');
    expect(screen.getByText('1 страница вне учреждений — во вкладке «По страницам».')).toBeTruthy();

    fireEvent.click(chip('max'));
    const form = await screen.findByTestId('manual-figures', {}, { timeout: 10_000 });
    expect(within(form).getByTestId('manual-month').textContent).toBe('ноябрь 2026');
    expect(within(form).getByText(/Неделя 2 \(8–14 ноября\)/)).toBeTruthy();
    fireEvent.input(within(form).getByTestId('manual-subscribers'), { target: { value: '1 250' } });
    for (const [week, value] of [
      [1, '3'],
      [2, '2,5'],
      [3, '4'],
    ] as const) {
      fireEvent.input(within(form).getByTestId(`manual-week-${week}`), { target: { value } });
    }
    fireEvent.click(within(form).getByTestId('manual-save'));
    expect((await within(form).findByTestId('manual-errors')).textContent).toContain(
      '«Неделя 2 (8–14 ноября)»: нужно целое число от 0 (или пусто).',
    );
    expect(await getManualMonths(['max:@s5_gos'])).toEqual([]);
    // The other values are still there; fixing the one field saves all.
    expect((within(form).getByTestId('manual-week-3') as HTMLInputElement).value).toBe('4');
    fireEvent.input(within(form).getByTestId('manual-week-2'), { target: { value: '2' } });
    fireEvent.click(within(form).getByTestId('manual-save'));
    expect((await within(form).findByTestId('manual-status')).textContent).toBe('Сохранено.');
    expect(within(form).getByTestId('manual-entered').textContent).toBe('Введено вручную 26 ноября 2026 г.');
    const [saved] = await getManualMonths(['max:@s5_gos']);
    expect(saved).toMatchObject({ subscribers: 1250, weeks: [3, 2, 4, null], year: 2026, month: 11 });
    // Week 2 ended with 2 posts: the user's own count fails it.
    await waitFor(() => expect(chip('max').dataset.status).toBe('fail'));
    expect(screen.getByTestId('institution-compliance').textContent).toBe('не соответствует');

    fireEvent.click(screen.getByTestId('run'));
    await waitFor(() => expect(screen.getByTestId('run-panel').dataset.state).toBe('done'));
    expect(screen.getByTestId('progress-text').textContent).toBe('Проверено 2 из 2');
    expect(world.requests.some((r) => r.url.includes('max.ru'))).toBe(false);
    await waitFor(() => expect(chip('vk').dataset.status).toBe('pending'));

    fireEvent.click(screen.getByTestId('view-pages'));
    const maxRow = screen.getAllByTestId('result-row').find((r) => r.dataset.key === 'max:@s5_gos');
    expect(maxRow?.textContent).toContain('введено вручную');
    expect(maxRow?.textContent).toMatch(/1\s250/);
  });

  it('a list of MAX pages only has nothing to read, and says so', async () => {
    const world = new FakeWorld();
    render(<App deps={pageDeps(world)} />);
    await screen.findByText('Списков пока нет. Создайте первый и вставьте ссылки на группы.');
    fireEvent.input(screen.getByTestId('paste-links'), { target: { value: 'https://max.ru/a_gos' } });
    fireEvent.click(screen.getByText('Добавить ссылки'));
    await screen.findAllByTestId('result-row');
    fireEvent.click(screen.getByTestId('run'));
    expect((await screen.findByTestId('error')).textContent).toContain('Нечего проверять');
  });
});
