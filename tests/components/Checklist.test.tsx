// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { CHECK_IDS } from '../../lib/types';
import { audit, healthyPage, page, renderIn } from './helpers';

afterEach(cleanup);

describe('Checklist', () => {
  it('renders every check once with its status as a stable test hook', () => {
    const a = audit(healthyPage());
    renderIn(<Checklist checks={a.checks} />);
    for (const id of CHECK_IDS) {
      const row = screen.getByTestId(`check-${id}`);
      expect(row.getAttribute('data-status')).toBe(a.checks.find((c) => c.id === id)?.status);
    }
  });

  it('gives one line of advice for each state: pass, fail, unknown, not applicable', () => {
    const a = audit(healthyPage({ cover: 'missing', avatar: 'unknown', members: 500 }));
    renderIn(<Checklist checks={a.checks} rknThreshold={a.rkn.threshold} />);
    expect(screen.getByTestId('check-cover').dataset.status).toBe('fail');
    expect(screen.getByTestId('check-cover').textContent).toContain('Загрузите обложку');
    expect(screen.getByTestId('check-avatar').dataset.status).toBe('unknown');
    expect(screen.getByTestId('check-avatar').textContent).toContain('проверьте вручную');
    expect(screen.getByTestId('check-description').textContent).toContain('Описание заполнено');
    expect(screen.getByTestId('check-rkn-registration').dataset.status).toBe('not-applicable');
    expect(screen.getByTestId('check-rkn-registration').textContent).toMatch(/не больше 10\s000 подписчиков/);
    expect(screen.getByTestId('check-reach').textContent).toContain('размер аудитории');
  });

  it("names the rule set's RKN threshold, and no number when the audit does not carry it", () => {
    const a = audit(healthyPage({ members: 500 }));
    renderIn(<Checklist checks={a.checks} rknThreshold={20_000} />);
    expect(screen.getByTestId('check-rkn-registration').textContent).toMatch(/не больше 20\s000 подписчиков/);
    cleanup();
    renderIn(<Checklist checks={a.checks} />);
    expect(screen.getByTestId('check-rkn-registration').textContent).toContain('подписчиков не больше порога');
  });

  it('says the page was not readable for a closed community instead of «missing»', () => {
    const a = audit(page({ access: 'closed', cover: 'unknown', posts: [], postsSince: null }));
    renderIn(<Checklist checks={a.checks} />);
    const cover = screen.getByTestId('check-cover');
    expect(cover.dataset.status).toBe('unknown');
    expect(cover.textContent).not.toContain('Загрузите');
  });

  it('speaks English in the English locale', () => {
    const a = audit(healthyPage({ govMark: 'missing' }));
    renderIn(<Checklist checks={a.checks} />, 'en');
    expect(screen.getByTestId('check-gov-mark').textContent).toContain('drops out of the rating');
    expect(screen.getByText('Checks')).toBeTruthy();
  });
});
