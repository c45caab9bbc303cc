// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Header } from '../../components/Header';
import { IDLE_COLLECT } from '../../lib/ext/messaging';
import { NOW, page, renderIn, ZONE } from './helpers';

afterEach(cleanup);
const CUTOFF = '2026-09-30T21:00:00.000Z';
const base = { readAt: NOW.toISOString(), timeZone: ZONE, cutoff: CUTOFF, collect: IDLE_COLLECT };

describe('Header', () => {
  it('shows name, site, members with the right plural and the read time', () => {
    renderIn(<Header {...base} page={page({ members: 1521 })} />);
    expect(screen.getByText('Школа № 1')).toBeTruthy();
    expect(screen.getByTestId('header-site').textContent).toBe('ВКонтакте');
    expect(screen.getByTestId('header-members').textContent).toBe('1\u00a0521 подписчик');
    expect(screen.getByTestId('header').textContent).toContain('данные от 25 ноября, 15:00');
  });

  it('plural forms: 2 подписчика, 5 подписчиков; unknown members', () => {
    const { rerender } = renderIn(<Header {...base} page={page({ members: 2, site: 'ok' })} />);
    expect(screen.getByTestId('header-members').textContent).toBe('2 подписчика');
    expect(screen.getByTestId('header-site').textContent).toBe('Одноклассники');
    cleanup();
    renderIn(<Header {...base} page={page({ members: 5 })} />);
    expect(screen.getByTestId('header-members').textContent).toBe('5 подписчиков');
    cleanup();
    renderIn(<Header {...base} page={page({ members: null, name: null })} />);
    expect(screen.getByTestId('header-members').textContent).toBe('подписчиков: не определено');
    expect(screen.getByText('Без названия')).toBeTruthy();
    void rerender;
  });

  it('full coverage: no collect button', () => {
    renderIn(<Header {...base} page={page({ postsSince: '2026-09-01T00:00:00Z' })} onCollect={() => {}} />);
    expect(screen.getByTestId('coverage').dataset.coverage).toBe('full');
    expect(screen.getByTestId('coverage').textContent).toContain('все посты с 1 октября прочитаны');
    expect(screen.queryByTestId('collect')).toBeNull();
  });

  it('partial coverage offers to collect older posts', () => {
    const onCollect = vi.fn();
    renderIn(<Header {...base} page={page({ postsSince: '2026-11-20T00:00:00Z' })} onCollect={onCollect} />);
    expect(screen.getByTestId('coverage').dataset.coverage).toBe('partial');
    expect(screen.getByTestId('coverage').textContent).toContain('прочитаны посты с 20 ноября; нужны с 1 октября');
    fireEvent.click(screen.getByTestId('collect'));
    expect(onCollect).toHaveBeenCalledOnce();
  });

  it('unknown coverage says so', () => {
    renderIn(<Header {...base} page={page({ postsSince: null })} />);
    expect(screen.getByTestId('coverage').textContent).toContain('не удалось определить');
  });

  it('shows a progress bar while collecting', () => {
    renderIn(
      <Header
        {...base}
        page={page({ postsSince: '2026-11-20T00:00:00Z' })}
        collect={{ ...IDLE_COLLECT, status: 'collecting', pages: 3, posts: 21, oldest: '2026-10-28T00:00:00Z' }}
      />,
    );
    const cov = screen.getByTestId('coverage');
    expect(cov.dataset.coverage).toBe('collecting');
    expect(cov.textContent).toContain('собираю старые посты: 3 страницы, 21 пост');
    const bar = cov.querySelector('progress');
    expect(Number(bar?.getAttribute('value'))).toBeGreaterThan(40);
    expect(Number(bar?.getAttribute('value'))).toBeLessThan(60);
  });
});
