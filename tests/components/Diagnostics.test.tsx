// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Diagnostics } from '../../components/Diagnostics';
import { ErrorView, NotCommunity } from '../../components/NotCommunity';
import { page, renderIn } from './helpers';

afterEach(cleanup);

describe('Diagnostics', () => {
  it('a recognised layout: its name, the sources, nothing missing', () => {
    renderIn(<Diagnostics page={page({ sources: { members: 'vk-g3:[data-testid=group_members]' } })} readMs={2.34} />);
    expect(screen.getByTestId('diag-layout').textContent).toBe('Разметка: ВКонтакте, оформление 2025–2026 годов');
    expect(screen.getByText('число подписчиков')).toBeTruthy();
    expect(screen.getByText('разметка страницы')).toBeTruthy();
    expect(screen.getByTestId('diagnostics').textContent).not.toContain('data-testid');
    expect(screen.getByText('Все ожидаемые элементы найдены.')).toBeTruthy();
    expect(screen.getByText('Чтение: 2.3 мс, постов: 0')).toBeTruthy();
  });

  it('speaks the popup locale: its texts (a separate dictionary) in English for an English browser', () => {
    renderIn(<Diagnostics page={page()} readMs={1} />, 'en');
    expect(screen.getByTestId('diag-layout').textContent).toBe('Layout: VK, 2025–2026 design');
    expect(screen.getByText('Every expected element was found.')).toBeTruthy();
  });

  it('an unrecognised layout opens itself and lists what was not found; the snapshot button calls back', () => {
    const onSnapshot = vi.fn();
    renderIn(
      <Diagnostics
        page={page({
          layout: 'unknown',
          cover: 'unknown',
          members: null,
          diagnostics: [{ name: 'wall', message: 'no match' }],
        })}
        readMs={null}
        open
        onSnapshot={onSnapshot}
      />,
    );
    expect(screen.getByTestId('diagnostics').hasAttribute('open')).toBe(true);
    expect(screen.getByTestId('diag-layout').textContent).toBe('Разметка: не распознана');
    const missing = screen.getByTestId('diag-missing').textContent ?? '';
    expect(missing).toContain('обложка');
    expect(missing).toContain('число подписчиков');
    expect(screen.getByTestId('diag-notes').textContent).toBe('не найдено на странице: стена');
    fireEvent.click(screen.getByText('Сохранить снимок для разработчиков'));
    expect(onSnapshot).toHaveBeenCalledOnce();
  });

  it('reading notes in words: a fallback that worked, a coverage note, a reader error; no English', () => {
    renderIn(
      <Diagnostics
        page={page({
          diagnostics: [
            { name: 'bridge', message: '[vk] page API bridge did not answer groups.getById; page markup used' },
            { name: 'feed-start', message: '[vk] the feed does not start at its first item: coverage unknown' },
            { name: 'reader', message: '[vk] reader error: TypeError: x is undefined' },
            { name: 'postDate:label', message: "[vk] 'postDate:label' matched nothing" },
          ],
        })}
        readMs={1}
      />,
    );
    const notes = screen.getByTestId('diag-notes');
    expect([...notes.querySelectorAll('li')].map((li) => li.dataset.kind)).toEqual([
      'fallback',
      'note',
      'error',
      'miss',
    ]);
    expect(notes.textContent).toContain('использована разметка страницы (так и задумано)');
    expect(notes.textContent).toContain('дата поста (подпись не разобрана)');
    expect(notes.textContent).not.toMatch(/[a-z]{3,}/);
    expect(screen.getByTestId('diagnostics').querySelector('summary')?.textContent).toBe('Диагностика · замечаний: 4');
  });

  it('a failed snapshot says so', () => {
    renderIn(<Diagnostics page={page()} readMs={null} onSnapshot={() => {}} snapshotError />);
    expect(screen.getByText('Не удалось сохранить снимок.')).toBeTruthy();
  });
});

describe('NotCommunity and ErrorView', () => {
  it('explains a non-community page and links to the group lists', () => {
    renderIn(<NotCommunity reason="profile" batchUrl="/batch.html" />);
    expect(screen.getByTestId('not-community').dataset.reason).toBe('profile');
    expect(screen.getByText('Сейчас открыта личная страница, а не сообщество.')).toBeTruthy();
    expect(screen.getByTestId('open-batch').getAttribute('href')).toBe('/batch.html');
  });

  it('off-site pages', () => {
    renderIn(<NotCommunity reason="off-site" batchUrl="/batch.html" />, 'en');
    expect(screen.getByRole('heading').textContent).toBe('Open a VK or Odnoklassniki group page');
    cleanup();
    renderIn(<NotCommunity reason="off-site" batchUrl="/batch.html" />);
    expect(screen.getByRole('heading').textContent).toBe('Откройте страницу группы ВКонтакте или Одноклассников');
    expect(screen.getByTestId('open-batch').getAttribute('href')).toBe('/batch.html');
  });

  it('an error from the content script offers a retry', () => {
    const onRetry = vi.fn();
    renderIn(<ErrorView message="Could not establish connection" onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Обновите страницу (F5)');
    fireEvent.click(screen.getByText('Повторить'));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
