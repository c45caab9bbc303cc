// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EngagementCard } from '../../components/EngagementCard';
import { audit, healthyPage, page, posts, renderIn } from './helpers';

afterEach(cleanup);

describe('EngagementCard', () => {
  it('ER, the 3% target, the achievement and the counted posts', () => {
    const a = audit(healthyPage());
    renderIn(<EngagementCard audit={a} target={3} adsExcluded />);
    expect(screen.getByTestId('er-rate').textContent).toBe('ER 3,00%');
    expect(screen.getByTestId('engagement').textContent).toContain('цель 3%');
    expect(screen.getByTestId('er-achievement').textContent).toBe('достижение 100,00%');
    expect(screen.getByTestId('er-counted').textContent).toBe('в расчёте 11 постов с 1 ноября по 25 ноября');
    expect(screen.getByTestId('engagement').textContent).toContain('рекламные посты исключены');
    expect(screen.getByTestId('engagement').textContent).toContain('подписчики 40+ госпабликов');
  });

  it('below the target', () => {
    const p = page({ posts: posts(1, '2026-11-02T09:00:00Z', { likes: 1, comments: 0, views: 100 }) });
    renderIn(<EngagementCard audit={audit(p)} target={3} adsExcluded={false} />);
    expect(screen.getByTestId('er-rate').textContent).toBe('ER 1,00%');
    expect(screen.getByTestId('er-achievement').textContent).toBe('достижение 33,33%');
    expect(screen.getByTestId('er-counted').textContent).toContain('в расчёте 1 пост');
  });

  it('unknown ER when no views are visible, with the reason', () => {
    const p = page({ posts: posts(2, '2026-11-02T09:00:00Z', { views: null }) });
    renderIn(<EngagementCard audit={audit(p)} target={3} adsExcluded />);
    expect(screen.getByTestId('er-rate').textContent).toBe('ER неизвестен');
    expect(screen.queryByTestId('er-achievement')).toBeNull();
    expect(screen.getByTestId('engagement').textContent).toContain('2 поста без просмотров не учтены');
  });

  it('flags partial coverage of the month', () => {
    const p = page({ postsSince: '2026-11-20T00:00:00Z', posts: posts(2, '2026-11-24T09:00:00Z') });
    renderIn(<EngagementCard audit={audit(p)} target={3} adsExcluded />);
    expect(screen.getByTestId('er-partial')).toBeTruthy();
  });
});
