import { describe, expect, it } from 'vitest';
import { adminMessage, adminMessages, allMessagesText, currentDeadline } from '../../../lib/export/message';
import { makeRow } from './factory';

// Monday 24 November 2025, 10:00 in Moscow: week 4 (22–28) is running, it ends on Friday the 28th.
const now = new Date('2025-11-24T07:00:00Z');
const month = { year: 2025, month: 11 };
const opts = { now, timeZone: 'Europe/Moscow' };

describe('admin messages', () => {
  it('gives the shortfall of the running week with its deadline, in Russian', () => {
    const row = makeRow({
      name: 'Школа №5',
      url: 'https://vk.com/school5',
      month,
      weeks: [
        [3, 'pass'],
        [4, 'pass'],
        [5, 'pass'],
        [1, 'pending'],
      ],
      checks: { frequency: ['unknown', 'in-progress'] },
    });
    const m = adminMessage(row, opts);
    expect(m?.text).toContain('«Школа №5» (https://vk.com/school5)');
    expect(m?.text).toContain('В текущей неделе (22–28 ноября) опубликовано 1 пост из 3.');
    expect(m?.text).toContain('Опубликуйте ещё 2 поста до пятницы, 28 ноября, 23:59.');
    expect(m?.text).toContain('Срок: до пятницы, 28 ноября, 23:59.');
    expect(m?.text).not.toContain('Роскомнадзор');
  });

  it("states the weekly norm of the user's rule set, not the default 3 (St Petersburg counts «более 3»)", () => {
    const row = makeRow({
      month,
      weeks: [
        [4, 'pass'],
        [3, 'fail'],
        [4, 'pass'],
        [4, 'pass'],
      ],
      checks: { frequency: 'fail' },
    });
    const audit = row.audit;
    if (!audit) throw new Error('no audit');
    const spb = {
      ...row,
      audit: { ...audit, month: { ...audit.month, weeks: audit.month.weeks.map((w) => ({ ...w, required: 4 })) } },
    };
    const ru = adminMessage(spb, opts)?.text ?? '';
    expect(ru).toContain('в неделе 2 (нужно не менее 4 постов в неделю)');
    expect(ru).toContain('Публикуйте не менее 4 постов в каждую неделю оценки');
    expect(ru).not.toContain('не менее 3');
    expect(adminMessage(spb, { ...opts, locale: 'en' })?.text).toContain('Publish at least 4 posts in every');
  });

  it('lists failed weeks, missing items and the mark first; English too', () => {
    const row = makeRow({
      month,
      weeks: [
        [3, 'pass'],
        [2, 'fail'],
        [0, 'fail'],
        [3, 'pass'],
      ],
      checks: { 'gov-mark': 'fail', cover: 'fail', 'pos-widget': 'fail', frequency: 'fail', engagement: 'fail' },
      rate: 1.5,
    });
    const ru = adminMessage(row, opts);
    expect(ru?.problems.map((p) => p.kind)).toEqual(['gov-mark', 'weeksFailed', 'cover', 'pos-widget', 'engagement']);
    expect(ru?.text).toContain('в неделях 2, 3 (нужно не менее 3 постов в неделю)');
    expect(ru?.text).toContain('Публикуйте не менее 3 постов в каждую неделю оценки');
    expect(ru?.text).toContain('Вовлечённость ниже цели: ER 1,50%.');
    expect(ru?.text.indexOf('Госорганизация')).toBeLessThan(ru?.text.indexOf('обложки') ?? 0);
    const en = adminMessage(row, { ...opts, locale: 'en' });
    expect(en?.text).toContain('in weeks 2, 3');
    expect(en?.text).toContain('Deadline: Friday, 28 November, 23:59.');
    expect(en?.text).toContain('ER 1.50%');
  });

  it('adds the RKN steps over the threshold: the current procedure, then the 2024 one', () => {
    const fail = adminMessage(makeRow({ month, members: 15_000, checks: { 'rkn-registration': 'fail' } }), opts);
    expect(fail?.text).toContain('Регистрация в перечне Роскомнадзора:');
    expect(fail?.text).toContain('ни ссылки на запись в перечне, ни отметки «А+»');
    expect(fail?.text).toContain('через сервис площадки');
    expect(fail?.text).toContain('до 3 рабочих дней');
    expect(fail?.text).toContain('Прежний порядок (2024 год)');
    expect(fail?.text).toContain('https://www.gosuslugi.ru/651371/1/form');
    expect(fail?.text.indexOf('через сервис площадки')).toBeLessThan(fail?.text.indexOf('651371') ?? 0);
    const pending = adminMessage(
      makeRow({ month, members: 15_000, checks: { 'rkn-registration': ['unknown', 'application-pending'] } }),
      opts,
    );
    expect(pending?.text).toContain('Найден номер заявления в Роскомнадзор (порядок 2024 года)');
    expect(pending?.text).toContain('через сервис площадки');
  });

  it("asks to check, never says «нет», when registration is not seen; names the audit's threshold", () => {
    const row = makeRow({
      month,
      members: 25_000,
      checks: { 'rkn-registration': ['unknown', 'registration-not-seen'] },
    });
    const withThreshold = { ...row, audit: row.audit && { ...row.audit, rkn: { threshold: 20_000 } } };
    const ru = adminMessage(withThreshold, opts);
    expect(ru?.problems).toContainEqual({ kind: 'rknUnseen', threshold: 20_000 });
    expect(ru?.text).toMatch(
      /Регистрации в РКН не видно — ни ссылки на перечень, ни отметки «А\+», а у страницы более 20\s000 подписчиков\./,
    );
    expect(ru?.text).toContain('Проверьте, есть ли рядом с названием отметка «А+»');
    expect(ru?.text).not.toContain('регистрации в перечне Роскомнадзора нет');
    const en = adminMessage(withThreshold, { ...opts, locale: 'en' });
    expect(en?.text).toContain('No RKN registration seen — neither a registry link nor the “А+” mark');
    expect(en?.text).toContain('over 20,000 subscribers');
    // an older stored audit without the threshold: no number at all
    expect(adminMessage(row, opts)?.text).toContain('больше подписчиков, чем порог регистрации');
  });

  it('says nothing for a clean group or an unread one; all at once joins the rest', () => {
    const clean = makeRow({
      month,
      weeks: [
        [3, 'pass'],
        [3, 'pass'],
        [3, 'pass'],
        [3, 'pending'],
      ],
    });
    expect(adminMessage(clean, opts)).toBeNull();
    expect(adminMessage(makeRow({ noAudit: true }), opts)).toBeNull();
    expect(allMessagesText([clean], opts)).toContain('Замечаний нет');
    const bad = makeRow({ month, name: 'Б', checks: { avatar: 'fail' } });
    const list = adminMessages([clean, bad, bad], opts);
    expect(list).toHaveLength(2);
    expect(allMessagesText([clean, bad, bad], opts).split('————————————')).toHaveLength(2);
  });

  it('does not ask for the running week when the audit is of another month; days 29–31 point at the 7th', () => {
    const row = makeRow({
      month: { year: 2025, month: 10 },
      weeks: [
        [3, 'pass'],
        [3, 'pass'],
        [3, 'pass'],
        [1, 'pending'],
      ],
    });
    expect(adminMessage(row, opts)).toBeNull();
    const d = currentDeadline(new Date('2025-11-29T12:00:00Z'), 'Europe/Moscow');
    expect(d?.deadline.toISOString()).toBe('2025-12-07T20:59:59.000Z');
    // Near midnight: 28 Nov 22:30 UTC is already the 29th in Moscow.
    expect(currentDeadline(new Date('2025-11-28T21:30:00Z'), 'Europe/Moscow')?.month).toBe(12);
    expect(currentDeadline(new Date('2025-11-28T20:30:00Z'), 'Europe/Moscow')?.week).toBe(4);
  });
});
