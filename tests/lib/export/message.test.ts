import { describe, expect, it } from 'vitest';
import {
  adminMessage,
  adminMessages,
  allMessagesText,
  currentDeadline,
  describeProblem,
  dueContext,
} from '../../../lib/export/message';
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
    expect(m?.text).toBe(
      [
        'Здравствуйте!',
        '',
        'По итогам проверки сообщества «Школа №5» (https://vk.com/school5) нужно исправить:',
        '',
        '1. На текущей неделе (22–28 ноября) опубликован 1 пост из 3.',
        '   Что сделать: Опубликуйте ещё 2 поста.',
        '   Срок: до пятницы, 28 ноября, 23:59.',
        '',
        'Спасибо!',
      ].join('\n'),
    );
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
    expect(ru).toContain('на неделе 2 (нужно не менее 4 постов в неделю)');
    expect(ru).toContain('Публикуйте не менее 4 постов в каждую неделю оценки');
    expect(ru).not.toContain('не менее 3');
    expect(adminMessage(spb, { ...opts, locale: 'en' })?.text).toContain('Publish at least 4 posts in every');
  });

  it('lists failed weeks, missing items and ER; English too', () => {
    const row = makeRow({
      month,
      weeks: [
        [3, 'pass'],
        [2, 'fail'],
        [0, 'fail'],
        [3, 'pass'],
      ],
      checks: { 'gov-mark': 'pass', cover: 'fail', 'pos-widget': 'fail', frequency: 'fail', engagement: 'fail' },
      rate: 1.5,
    });
    const ru = adminMessage(row, opts);
    expect(ru?.problems.map((p) => p.kind)).toEqual(['weeksFailed', 'cover', 'pos-widget', 'engagement']);
    expect(ru?.text).toContain('на неделях 2, 3 (нужно не менее 3 постов в неделю)');
    expect(ru?.text).toContain('Публикуйте не менее 3 постов в каждую неделю оценки');
    expect(ru?.text).toContain('Вовлечённость ниже цели: ER 1,50%.');
    const en = adminMessage(row, { ...opts, locale: 'en' });
    expect(en?.text).toContain('in weeks 2, 3');
    expect(en?.text).toContain('Deadline: by Friday, 28 November, 23:59: the page');
    expect(en?.text).toContain('ER 1.50%');
  });

  it('adds the RKN steps over the threshold: the current procedure, then the 2024 one', () => {
    const fail = adminMessage(makeRow({ month, members: 15_000, checks: { 'rkn-registration': 'fail' } }), opts);
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

describe('admin messages: Russian agreement and a deadline per item (issue 17)', () => {
  const ctx = dueContext(now, 'Europe/Moscow', 'ru');
  const weekNeeded = (posts: number, required: number) =>
    describeProblem({ kind: 'weekNeeded', week: 4, posts, required }, 'ru', ctx);

  it.each([
    [1, 'опубликован 1 пост'],
    [2, 'опубликовано 2 поста'],
    [5, 'опубликовано 5 постов'],
    [11, 'опубликовано 11 постов'],
    [21, 'опубликован 21 пост'],
    [22, 'опубликовано 22 поста'],
  ])('%i posts this week: «%s»', (posts, words) => {
    const d = weekNeeded(posts, 30);
    expect(d.problem).toBe(`На текущей неделе (22–28 ноября) ${words} из 30.`);
  });

  it.each([
    [1, 'Опубликуйте ещё 1 пост.'],
    [2, 'Опубликуйте ещё 2 поста.'],
    [5, 'Опубликуйте ещё 5 постов.'],
    [11, 'Опубликуйте ещё 11 постов.'],
    [21, 'Опубликуйте ещё 21 пост.'],
    [22, 'Опубликуйте ещё 22 поста.'],
  ])('%i posts still needed: «%s»', (needed, words) => {
    expect(weekNeeded(30 - needed, 30).fix).toBe(words);
  });

  it.each([
    [1, 'не менее 1 поста'],
    [2, 'не менее 2 постов'],
    [5, 'не менее 5 постов'],
    [11, 'не менее 11 постов'],
    [21, 'не менее 21 поста'],
    [22, 'не менее 22 постов'],
  ])('a norm of %i: «%s»', (required, words) => {
    const d = describeProblem({ kind: 'weeksFailed', weeks: [2], required }, 'ru', ctx);
    expect(d.problem).toContain(`на неделе 2 (нужно ${words} в неделю)`);
    expect(d.fix).toContain(`Публикуйте ${words} в каждую неделю оценки`);
  });

  it('says «ни одного поста» rather than «0 постов»', () => {
    expect(weekNeeded(0, 3).problem).toBe(
      'На текущей неделе (22–28 ноября) пока не опубликовано ни одного поста из 3.',
    );
  });

  it('gives each item its own deadline, the legal ones first', () => {
    const row = makeRow({
      name: 'Библиотека',
      url: 'https://vk.com/library',
      month,
      members: 15_000,
      weeks: [
        [3, 'pass'],
        [2, 'fail'],
        [3, 'pass'],
        [1, 'pending'],
      ],
      checks: {
        cover: 'fail',
        'gov-mark': 'pass',
        frequency: 'fail',
        engagement: 'fail',
        'rkn-registration': 'fail',
      },
      rate: 1.2,
    });
    const withThreshold = { ...row, audit: row.audit && { ...row.audit, rkn: { threshold: 10_000 } } };
    const text = adminMessage(withThreshold, opts)?.text ?? '';
    const items = text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items.map((l) => l.slice(0, 40))).toEqual([
      '1. У страницы более 10\u00a0000 подписчиков, ',
      '2. Не выполнена норма публикаций на неде',
      '3. На текущей неделе (22–28 ноября) опуб',
      '4. Нет обложки.',
      '5. Вовлечённость ниже цели: ER 1,20%.',
    ]);
    const dues = text.split('\n').filter((l) => l.startsWith('   Срок: '));
    expect(dues).toEqual([
      '   Срок: как можно скорее: подтверждение через сервис площадки занимает до 3 рабочих дней, после него рядом с названием появляется отметка «А+».',
      '   Срок: каждую неделю, начиная с текущей (22–28 ноября).',
      '   Срок: до пятницы, 28 ноября, 23:59.',
      '   Срок: до пятницы, 28 ноября, 23:59 — элементы страницы проверяются на каждом еженедельном мониторинге.',
      '   Срок: до пятницы, 28 ноября, 23:59 — показатель считается за месяц.',
    ]);
    // One «Срок» per item, none shared at the end.
    expect(dues).toHaveLength(items.length);
    // Without the «Госорганизация» mark (#Н/Д) the mark comes first and no post is asked for: posts would not count.
    const nd = adminMessage(
      {
        ...withThreshold,
        audit: withThreshold.audit && {
          ...withThreshold.audit,
          checks: [
            ...withThreshold.audit.checks.filter((c) => c.id !== 'gov-mark'),
            { id: 'gov-mark', status: 'fail', reason: 'missing' },
          ],
        },
      },
      opts,
    );
    expect(nd?.problems.map((p) => p.kind)).toEqual(['gov-mark', 'rkn', 'cover', 'engagement']);
    expect(nd?.text.split('\n').filter((l) => /^\d+\. /.test(l))[0]).toMatch(/^1\. Нет отметки «Госорганизация»/);
  });
});
