// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanningCalendar } from '../../../components/planning/PlanningCalendar';
import { ReminderSettingsForm } from '../../../components/planning/ReminderSettings';
import { TrackToggle } from '../../../components/planning/TrackToggle';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/planning/notify';

afterEach(cleanup);

const MSK = 'Europe/Moscow';
const audit = {
  month: {
    year: 2026,
    month: 12,
    weeks: [
      { week: 1 as const, posts: 4, required: 3, status: 'pass' as const },
      { week: 2 as const, posts: 3, required: 3, status: 'pass' as const },
      { week: 3 as const, posts: 1, required: 3, status: 'pending' as const, scheduled: 0 },
      { week: 4 as const, posts: 0, required: 3, status: 'pending' as const, scheduled: 2 },
    ],
  },
};

describe('PlanningCalendar', () => {
  it('shows December and January with the weeks, today, days outside evaluation and holidays', () => {
    render(<PlanningCalendar now={new Date('2026-12-16T09:00:00Z')} timeZone={MSK} audit={audit} locale="ru" />);
    const dec = screen.getByTestId('plan-month-2026-12');
    expect(dec.textContent).toContain('декабрь 2026');
    expect(screen.getByTestId('plan-month-2027-1').textContent).toContain('январь 2027');
    const today = screen.getByTestId('day-2026-12-16');
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.getAttribute('aria-label')).toBe('16, сегодня');
    expect(today.dataset.week).toBe('3');
    expect(screen.getByTestId('day-2026-12-29').dataset.week).toBe('outside');
    expect(screen.getByTestId('day-2026-12-31').getAttribute('aria-label')).toBe('31, выходной, Вне оценки');
    expect(screen.getByTestId('day-2027-01-07').getAttribute('aria-label')).toBe('7, Рождество Христово');
    // Monday-first grid: 1 December 2026 is a Tuesday → one blank cell first.
    const firstRow = within(dec).getAllByRole('row')[1];
    expect(firstRow?.querySelectorAll('td')[1]?.textContent).toBe('1');
  });

  it('lists the posts needed per remaining week', () => {
    render(<PlanningCalendar now={new Date('2026-12-16T09:00:00Z')} timeZone={MSK} audit={audit} locale="ru" />);
    expect(screen.getByTestId('week-2026-12-3').textContent).toBe(
      'Неделя 3: 15–21 декабря · идёт сейчас · 1 из 3 · нужно ещё 2 поста',
    );
    // Two scheduled posts already count against week 4.
    expect(screen.getByTestId('week-2026-12-4').textContent).toBe(
      'Неделя 4: 22–28 декабря · 0 из 3 · нужно ещё 1 пост',
    );
    expect(screen.getByTestId('week-2027-1-1').textContent).toBe('Неделя 1: 1–7 января · нужно ещё 3 поста');
  });

  it('warns of the New Year holidays with posts to schedule per week and the 2027 data basis', () => {
    render(<PlanningCalendar now={new Date('2026-12-16T09:00:00Z')} timeZone={MSK} audit={audit} locale="ru" />);
    const notice = screen.getByTestId('holidays-ahead');
    expect(notice.textContent).toContain('Праздники впереди');
    expect(notice.textContent).toContain('31 декабря – 10 января: 11 выходных дней подряд — через 15 дней');
    expect(screen.getByTestId('schedule-2027-1-1').textContent).toBe(
      'неделя 1–7 января: запланируйте 3 поста (выходных в неделе: 7 из 7)',
    );
    expect(screen.getByTestId('schedule-2027-1-2').textContent).toBe(
      'неделя 8–14 января: запланируйте 2 поста (выходных в неделе: 3 из 7)',
    );
    expect(notice.textContent).toContain('1 день праздников — 29–31 числа, вне оценки');
    expect(notice.textContent).toContain('переносы выходных постановлением пока не учтены');
    expect(screen.getByTestId('statutory-only').textContent).toContain('2027');
  });

  it('says so when the holiday data runs out instead of guessing', () => {
    render(<PlanningCalendar now={new Date('2027-12-10T09:00:00Z')} timeZone={MSK} locale="ru" />);
    expect(screen.getByTestId('holiday-data-missing').textContent).toBe(
      'Производственного календаря на 2028 год в расширении пока нет: праздники этого года не показаны.',
    );
    expect(screen.getByTestId('day-2028-01-01').getAttribute('aria-label')).toBe('1');
  });

  it('has no notice without long holidays, and speaks English', () => {
    render(<PlanningCalendar now={new Date('2026-11-10T09:00:00Z')} timeZone={MSK} locale="en" compact />);
    expect(screen.queryByTestId('holidays-ahead')).toBeNull();
    expect(screen.queryByTestId('plan-month-2026-12')).toBeNull();
    expect(screen.getByTestId('week-2026-11-2').textContent).toBe(
      'Week 2: 8–14 November · running now · 3 more posts needed',
    );
    expect(screen.getByTestId('day-2026-11-04').getAttribute('aria-label')).toBe('4, Unity Day');
  });
});

describe('ReminderSettingsForm', () => {
  it('switches kinds and quiet hours', () => {
    const onChange = vi.fn();
    render(<ReminderSettingsForm value={DEFAULT_REMINDER_SETTINGS} onChange={onChange} locale="ru" />);
    fireEvent.click(screen.getByLabelText('Название изменилось во время оценочной недели'));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_REMINDER_SETTINGS,
      kinds: { ...DEFAULT_REMINDER_SETTINGS.kinds, 'name-changed': false },
    });
    fireEvent.input(screen.getByLabelText('до'), { target: { value: '08:30' } });
    fireEvent.change(screen.getByLabelText('до'), { target: { value: '08:30' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_REMINDER_SETTINGS,
      quietHours: { ...DEFAULT_REMINDER_SETTINGS.quietHours, end: '08:30' },
    });
  });

  it('disables the details when reminders are off', () => {
    render(
      <ReminderSettingsForm value={{ ...DEFAULT_REMINDER_SETTINGS, enabled: false }} onChange={() => {}} locale="en" />,
    );
    const kind = screen.getByLabelText('A group lost its «Госорганизация» mark') as HTMLInputElement;
    expect(kind.closest('fieldset')?.disabled).toBe(true);
  });
});

describe('TrackToggle', () => {
  it('toggles tracking', () => {
    const onToggle = vi.fn();
    render(<TrackToggle kind="list" tracked={false} onToggle={onToggle} locale="ru" />);
    fireEvent.click(screen.getByRole('switch', { name: 'Следить за списком' }));
    expect(onToggle).toHaveBeenCalledWith(true);
  });
});
