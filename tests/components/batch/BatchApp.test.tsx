// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/batch/App';
import {
  addGroupsToList,
  closeHistory,
  createList,
  getRun,
  listAudits,
  saveRun,
  useHistoryDatabase,
} from '../../../lib/ext/history';
import { parsePastedLinks } from '../../../lib/import';
import { FakeWorld, NOW, weeklySpec } from '../../lib/batch/fake-world';
import { pageDeps } from './page-deps';

let dbName = '';
beforeEach(() => {
  dbName = `app-${Math.random()}`;
  useHistoryDatabase(dbName);
  vi.spyOn(window, 'confirm').mockReturnValue(true);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await closeHistory(dbName);
});

const url = (id: number) => `https://vk.com/club${id}`;

function world3(): FakeWorld {
  const world = new FakeWorld();
  world.page(url(1), weeklySpec('1', [3, 3, 3, 3], { name: 'Школа №1', views: 300 }));
  world.page(url(2), weeklySpec('2', [3, 1, 3, 0], { name: 'Библиотека', cover: 'missing' }));
  world.page(url(3), weeklySpec('3', [0, 0, 0, 0], { name: 'Удалённая', access: 'deleted' }));
  return world;
}

describe('the «Списки групп» page', () => {
  it('creates a list from pasted links, reports bad lines one by one, runs the audit and shows the results', async () => {
    const world = world3();
    render(<App deps={pageDeps(world)} />);
    await screen.findByText('Списков пока нет. Создайте первый и вставьте ссылки на группы.');
    fireEvent.input(screen.getByTestId('paste-links'), {
      target: { value: `${url(1)}\nhttps://vk.com/id5\n${url(2)}\nпривет\nm.vk.com/public1\n${url(3)}` },
    });
    fireEvent.click(screen.getByText('Добавить ссылки'));
    const reportBox = await screen.findByTestId('import-report');
    expect(reportBox.textContent).toContain('Добавлено: 3, повторы объединены: 1.');
    const issues = within(screen.getByTestId('import-issues')).getAllByRole('listitem');
    expect(issues.map((li) => li.textContent)).toEqual([
      'Строка 2: «https://vk.com/id5» — это не страница сообщества (профиль, лента, фото…)',
      'Строка 4: «привет» — не похоже на ссылку',
    ]);
    expect(screen.getByTestId('list-item').textContent).toContain('3 группы');
    expect(screen.getAllByTestId('result-row').map((r) => r.dataset.read)).toEqual(['never', 'never', 'never']);

    fireEvent.click(screen.getByTestId('run'));
    await waitFor(() => expect(screen.getByTestId('run-panel').dataset.state).toBe('done'));
    expect(screen.getByTestId('progress-text').textContent).toBe('Проверено 3 из 3');
    // Worst first: the unreadable group, then the failed month, then the passed one.
    await waitFor(() =>
      expect(screen.getAllByTestId('result-row').map((r) => r.dataset.key)).toEqual(['vk:3', 'vk:2', 'vk:1']),
    );
    expect(screen.getAllByTestId('result-row').map((r) => r.dataset.read)).toEqual(['failed', 'complete', 'complete']);
    expect(screen.getAllByTestId('result-row')[0]?.textContent).toContain('группа удалена');
    // Set indicators: 1 of 2 decided groups passed; 7 of 8 items present.
    expect(screen.getByTestId('ind-frequency').textContent).toContain('50,0%');
    expect(screen.getByTestId('ind-frequency').textContent).toContain('выполнили 1 из 2');
    expect(screen.getByTestId('ind-min').textContent).toContain('87,50%');
    expect(screen.getByTestId('ind-reach').textContent).toContain('укажите размер аудитории');

    fireEvent.click(screen.getByTestId('only-problems'));
    expect(screen.getAllByTestId('result-row').map((r) => r.dataset.key)).toEqual(['vk:3', 'vk:2']);
    fireEvent.click(screen.getByTestId('only-problems'));
    fireEvent.click(screen.getByText('Группа'));
    // By name: Библиотека, Удалённая, Школа №1.
    expect(screen.getAllByTestId('result-row').map((r) => r.dataset.key)).toEqual(['vk:2', 'vk:3', 'vk:1']);

    // Entering an audience size feeds the reach indicator.
    const row1 = screen.getAllByTestId('result-row').find((r) => r.dataset.key === 'vk:1');
    if (row1 === undefined) throw new Error('row');
    fireEvent.change(within(row1).getByLabelText('Аудитория'), { target: { value: '2000' } });
    await waitFor(() => expect(screen.getByTestId('ind-reach').textContent).toContain('50,0%'));

    // A row opens the group's detail with its trend chart and history.
    fireEvent.click(within(row1).getByText('Школа №1'));
    const detail = await screen.findByTestId('group-detail', undefined);
    await waitFor(() => expect(within(detail).getByTestId('trend-chart').querySelectorAll('rect').length).toBe(8));
    expect(within(detail).getByTestId('audit-history').querySelectorAll('li')).toHaveLength(1);
    expect(within(detail).getByTestId('predicted-score')).toBeTruthy();
  });

  it('resumes a run the page was closed in the middle of, and audits every group exactly once', async () => {
    const world = new FakeWorld();
    for (let i = 1; i <= 5; i++) world.page(url(i), weeklySpec(String(i), [3, 3, 3, 3]));
    const list = await createList('Школы', NOW);
    if (!list.ok) throw new Error('list');
    const imported = parsePastedLinks([1, 2, 3, 4, 5].map(url).join('\n'));
    await addGroupsToList(list.value.id, imported.groups, NOW);
    // The first page finished two groups and was closed while running.
    const first = render(<App deps={pageDeps(world, { initialListId: list.value.id })} />);
    let closedAfter = 0;
    world.onFetch = (u) => {
      if (u === url(3)) {
        closedAfter = world.requests.length;
        first.unmount();
      }
    };
    await screen.findAllByTestId('result-row');
    fireEvent.click(screen.getByTestId('run'));
    await waitFor(() => expect(closedAfter).toBeGreaterThan(0));
    world.onFetch = undefined;
    // Closing the page stops its runner; the group being read when it closed stays pending.
    await waitFor(async () => expect((await getRun('run-1'))?.state).toBe('paused'));
    const stored = await getRun('run-1');
    if (stored === null) throw new Error('run');
    expect(stored.items.map((i) => i.state)).toEqual(['done', 'done', 'pending', 'pending', 'pending']);
    // A browser that was closed leaves the stored run as it was: 'running'.
    await saveRun({ ...stored, state: 'running', pauseReason: null });

    render(<App deps={pageDeps(world, { initialListId: list.value.id })} />);
    await waitFor(() => expect(screen.getByTestId('run-panel').dataset.state).toBe('done'));
    for (const key of ['vk:1', 'vk:2', 'vk:3', 'vk:4', 'vk:5']) expect(await listAudits(key)).toHaveLength(1);
  });

  it('asks the user to solve a captcha, with a link to the page, and resumes', async () => {
    const world = new FakeWorld();
    world.page(url(1), weeklySpec('1', [3, 3, 3, 3]));
    let solved = false;
    world.routes.set(url(2), () =>
      solved
        ? {
            status: 200,
            body: `<script type="application/json" id="spec">${JSON.stringify(weeklySpec('2', [3, 3, 3, 3]))}</script>`,
          }
        : { status: 200, body: '<div>Введите код с картинки</div>' },
    );
    const list = await createList('Школы', NOW);
    if (!list.ok) throw new Error('list');
    await addGroupsToList(list.value.id, parsePastedLinks(`${url(1)}\n${url(2)}`).groups, NOW);
    render(<App deps={pageDeps(world, { initialListId: list.value.id })} />);
    await screen.findAllByTestId('result-row');
    fireEvent.click(screen.getByTestId('run'));
    const reason = await screen.findByTestId('pause-reason');
    expect(reason.textContent).toContain('подтвердить, что вы не робот');
    expect(within(reason).getByText('Открыть страницу').getAttribute('href')).toBe(url(2));
    expect(screen.getByTestId('run-panel').dataset.state).toBe('needs-user');
    solved = true;
    fireEvent.click(await screen.findByTestId('resume'));
    await waitFor(() => expect(screen.getByTestId('run-panel').dataset.state).toBe('done'));
    expect(await listAudits('vk:2')).toHaveLength(1);
  });

  it('renames and deletes lists, and speaks English', async () => {
    const world = world3();
    await createList('Old', NOW);
    render(<App deps={pageDeps(world, { locale: 'en' })} />);
    await screen.findByText('Old');
    fireEvent.click(screen.getByText('Rename'));
    fireEvent.input(screen.getAllByLabelText('List name')[0] as HTMLElement, { target: { value: 'Schools' } });
    fireEvent.click(screen.getByText('Save'));
    await screen.findByText('Schools');
    expect(screen.getByText('No groups in the list yet.')).toBeTruthy();
    fireEvent.click(screen.getByText('Delete'));
    await screen.findByText('No lists yet. Create one and paste links to the groups.');
  });
});
