// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ThisWeek } from '../../components/ThisWeek';
import { WeekTable } from '../../components/WeekTable';
import { previousMonthEnd } from '../../lib/calendar';
import { audit, healthyPage, NOW, page, posts, renderIn, ZONE } from './helpers';

afterEach(cleanup);

describe('WeekTable', () => {
  it('shows this month and last month with posts against the norm', () => {
    const p = healthyPage();
    renderIn(
      <WeekTable current={audit(p)} previous={audit(p, { now: previousMonthEnd(NOW, ZONE) })} browserTimeZone={ZONE} />,
    );
    const nov = screen.getByTestId('month-2026-11');
    expect(nov.textContent).toContain('Этот месяц: ноябрь 2026');
    const w2 = within(nov).getByTestId('week-2');
    expect(w2.dataset.status).toBe('pass');
    expect(w2.textContent).toContain('8–14 ноября');
    expect(within(w2).getByTestId('week-count').textContent).toBe('4 из 3');
    const oct = screen.getByTestId('month-2026-10');
    expect(oct.textContent).toContain('Прошлый месяц: октябрь 2026');
    expect(within(oct).getByTestId('month-verdict').dataset.status).toBe('pass');
    expect(within(oct).getByTestId('outside-days').textContent).toContain('29–31 октября — вне оценочных недель');
    expect(within(nov).getByTestId('outside-days').textContent).toContain('29–30 ноября');
  });

  it('the running week: posts still needed with the deadline, scheduled posts shown apart', () => {
    const p = healthyPage({ scheduledPosts: posts(1, '2026-11-27T09:00:00Z', { scheduled: true }) });
    renderIn(<WeekTable current={audit(p)} previous={null} browserTimeZone={ZONE} />);
    const forecast = screen.getByTestId('forecast');
    expect(forecast.textContent).toContain('остался 1 пост до субботы, 28 ноября, 23:59');
    expect(screen.getByTestId('scheduled').textContent).toContain('запланировано: 1');
    expect(screen.getByTestId('week-4').textContent).toContain('идёт');
  });

  it('plural forms of the posts still needed', () => {
    const none = healthyPage({ posts: healthyPage().posts.slice(1), scheduledPosts: [] });
    renderIn(<WeekTable current={audit(none)} previous={null} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('forecast').textContent).toContain('осталось 3 поста до субботы, 28 ноября, 23:59');
  });

  it('scheduled posts that cover the norm', () => {
    renderIn(<WeekTable current={audit(healthyPage())} previous={null} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('forecast').textContent).toContain('с запланированными постами норма');
    expect(screen.getByTestId('scheduled').textContent).toContain('запланировано: 2');
  });

  it('names the rule zone when it differs from the browser zone', () => {
    renderIn(<WeekTable current={audit(healthyPage())} previous={null} browserTimeZone="Asia/Yekaterinburg" />);
    const p = healthyPage({ scheduledPosts: [] });
    cleanup();
    renderIn(<WeekTable current={audit(p)} previous={null} browserTimeZone="Asia/Yekaterinburg" />);
    expect(screen.getByTestId('forecast').textContent).toContain('(по времени Москвы (UTC+3))');
    expect(screen.getByTestId('forecast').textContent).not.toContain('Europe/');
  });

  it('unknown weeks when the posts were not read, later weeks ahead', () => {
    const p = page({ postsSince: null, posts: posts(1, '2026-11-09T09:00:00Z') });
    renderIn(
      <WeekTable
        current={audit(p, { now: new Date('2026-11-10T09:00:00Z') })}
        previous={null}
        browserTimeZone={ZONE}
      />,
    );
    expect(screen.getByTestId('week-1').dataset.status).toBe('unknown');
    expect(screen.getByTestId('week-1').textContent).toContain('нет данных');
    expect(screen.getByTestId('week-3').textContent).toContain('впереди');
    expect(screen.getByTestId('forecast').textContent).toContain('не все посты недели прочитаны');
  });

  it('on days 29–31 no week is running and week 1 of the next month is announced', () => {
    const a = audit(healthyPage(), { now: new Date('2026-11-29T09:00:00Z') });
    renderIn(<WeekTable current={a} previous={null} browserTimeZone={ZONE} />);
    expect(screen.queryByTestId('forecast')).toBeNull();
    expect(screen.getByTestId('outside-now').textContent).toContain('Неделя 1 начнётся 1 декабря');
  });

  it('a failed week fails the month', () => {
    const p = healthyPage({ posts: healthyPage().posts.filter((x) => !x.publishedAt?.startsWith('2026-11-09')) });
    renderIn(<WeekTable current={audit(p)} previous={null} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('week-2').dataset.status).toBe('fail');
    expect(screen.getByTestId('week-2').textContent).toContain('не выполнена');
    expect(screen.getByTestId('month-verdict').dataset.status).toBe('fail');
    expect(screen.getByTestId('month-verdict').textContent).toBe('не выполнена');
  });

  it('a #Н/Д group (no «Госорганизация» mark): every week says #Н/Д, the running week does not count', () => {
    renderIn(<WeekTable current={audit(healthyPage({ govMark: 'missing' }))} previous={null} browserTimeZone={ZONE} />);
    for (const w of [1, 2, 3, 4]) expect(screen.getByTestId(`week-${w}`).dataset.state).toBe('excluded');
    expect(screen.getByTestId('week-2').textContent).toContain('#Н/Д');
    expect(screen.getByTestId('month-verdict').dataset.status).toBe('excluded');
    expect(screen.getByTestId('forecast').textContent).toContain('неделя не засчитывается');
  });

  it('the month in view comes first', () => {
    const p = healthyPage();
    const previous = audit(p, { now: previousMonthEnd(NOW, ZONE) });
    renderIn(<WeekTable current={audit(p)} previous={previous} view="previous" browserTimeZone={ZONE} />);
    const months = screen.getAllByTestId(/^month-\d{4}-\d{2}$/).map((m) => m.dataset.testid);
    expect(months).toEqual(['month-2026-10', 'month-2026-11']);
  });

  it('English', () => {
    const p = healthyPage({ scheduledPosts: [] });
    renderIn(<WeekTable current={audit(p)} previous={null} browserTimeZone={ZONE} />, 'en');
    expect(screen.getByTestId('forecast').textContent).toContain('2 more posts needed by Saturday, 28 November, 23:59');
  });

  it('the running week in one line for the top of the popup', () => {
    const p = healthyPage({ scheduledPosts: posts(1, '2026-11-27T09:00:00Z', { scheduled: true }) });
    renderIn(<ThisWeek audit={audit(p)} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('this-week').textContent).toBe(
      'Неделя 4: 1 из 3 — остался 1 пост до субботы, 28 ноября, 23:59 · запланировано: 1',
    );
  });

  it('no running week on days 29–31: when week 1 starts', () => {
    renderIn(
      <ThisWeek audit={audit(healthyPage(), { now: new Date('2026-11-30T09:00:00Z') })} browserTimeZone={ZONE} />,
    );
    expect(screen.getByTestId('this-week').dataset.state).toBe('outside');
    expect(screen.getByTestId('this-week').textContent).toContain('Неделя 1 начнётся 1 декабря');
  });

  it('a deadline tomorrow or today says so', () => {
    // Friday 27 November: week 4 ends tomorrow, Saturday 28th; on the 28th it ends today.
    const p = healthyPage({ scheduledPosts: [] });
    renderIn(<ThisWeek audit={audit(p, { now: new Date('2026-11-27T09:00:00Z') })} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('this-week').textContent).toBe(
      'Неделя 4: 1 из 3 — осталось 2 поста до завтра, 28 ноября, 23:59',
    );
    cleanup();
    renderIn(<ThisWeek audit={audit(p, { now: new Date('2026-11-28T09:00:00Z') })} browserTimeZone={ZONE} />);
    expect(screen.getByTestId('this-week').textContent).toBe('Неделя 4: 1 из 3 — осталось 2 поста до 23:59 сегодня');
  });

  it('a #Н/Д group: the week line does not say the norm is met', () => {
    const p = healthyPage({ govMark: 'missing', posts: [...healthyPage().posts, ...posts(2, '2026-11-24T10:00:00Z')] });
    renderIn(<ThisWeek audit={audit(p)} browserTimeZone={ZONE} />);
    const line = screen.getByTestId('this-week');
    expect(line.textContent).toContain('не засчитывается');
    expect(line.textContent).not.toContain('выполнена');
    expect(line.className).toContain('tone-fail');
  });
});
