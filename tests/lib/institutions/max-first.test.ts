/**
 * «Публикация сначала в MAX» (lib/institutions/max-first.ts, docs/max.md): VK/OK posts matched by their first words
 * with the MAX posts entered by hand, per evaluation week. Never a fail unless a late or missing MAX post is proven
 * (the MAX month marked complete); 'unknown' with a reason whenever a side was not read in full. Times are in the
 * Yekaterinburg rule zone (UTC+5); the suite also runs under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles.
 */
import { describe, expect, it } from 'vitest';
import { type MaxSide, matchWords, maxFirstMonth, type TextPage, type TextPost, textsMatch } from '../../../lib/index';

const ZONE = 'Asia/Yekaterinburg';
/** An instant given as Yekaterinburg wall time «2026-12-02T10:30». */
const ekb = (wall: string) => new Date(`${wall}:00+05:00`).toISOString();
const END_OF_DECEMBER = new Date(ekb('2026-12-31T12:00'));
const opts = (now = END_OF_DECEMBER) => ({ year: 2026, month: 12, timeZone: ZONE, now });

const TEXT_A = 'Уважаемые жители! Приглашаем на ярмарку выходного дня на Центральной площади 🎉';
const TEXT_B = 'Итоги субботника в парке Победы: спасибо всем участникам';

const page = (
  posts: TextPost[] | null,
  since: string | null = ekb('2026-11-01T00:00'),
  until: string | null = ekb('2026-12-30T10:00'),
): TextPage => ({ key: 'vk:1', site: 'vk', posts, since, until });
const complete: MaxSide['complete'] = [{ year: 2026, month: 12 }];

describe('matching by first words', () => {
  it('drops case, ё, punctuation, emoji and links', () => {
    expect(matchWords('Ёлка 🎄 на площади! Подробнее: https://vk.cc/abc и gosuslugi.ru/123 #новости')).toEqual([
      'елка',
      'на',
      'площади',
      'подробнее',
      'и',
      'новости',
    ]);
  });

  it('compares the first 8 words, at least 3; the last compared word may be cut short', () => {
    const vk = matchWords(TEXT_A);
    expect(textsMatch(vk, matchWords('уважаемые жители, приглашаем на ярмарку выходного дня на площади Ленина'))).toBe(
      true,
    );
    expect(textsMatch(vk, matchWords('Уважаемые жители! Пригл'))).toBe(true);
    expect(textsMatch(vk, matchWords('Уважаемые жители'))).toBe(false);
    expect(textsMatch(vk, matchWords('Уважаемые жители! Напоминаем об отключении воды'))).toBe(false);
    expect(textsMatch(vk, matchWords('Уважаемые жители! Приглашаем на концерт'))).toBe(false);
  });
});

describe('maxFirstMonth', () => {
  it('passes a week whose every post was in MAX earlier (or the same minute)', () => {
    const r = maxFirstMonth(
      [
        page([
          { at: ekb('2026-12-02T10:30'), text: TEXT_A },
          { at: ekb('2026-12-03T12:00'), text: TEXT_B },
        ]),
      ],
      {
        posts: [
          { at: ekb('2026-12-02T10:00'), text: 'Уважаемые жители! Приглашаем на ярмарку' },
          { at: ekb('2026-12-03T12:00'), text: 'Итоги субботника в парке Победы' },
        ],
        complete: [],
      },
      opts(),
    );
    expect(r.weeks[0]).toMatchObject({ week: 1, status: 'pass', reason: 'all-first', checked: 2, first: 2 });
  });

  it('fails a week with a later MAX post or a post missing in MAX, only when the MAX month is complete', () => {
    const posts = [
      { at: ekb('2026-12-09T10:30'), text: TEXT_A },
      { at: ekb('2026-12-10T09:00'), text: TEXT_B },
    ];
    const max = { posts: [{ at: ekb('2026-12-09T11:00'), text: TEXT_A }], complete };
    const r = maxFirstMonth([page(posts)], max, opts());
    expect(r.weeks[1]).toMatchObject({ status: 'fail', reason: 'posts-late', late: 1, missing: 1 });
    expect(r.weeks[1]?.problems.map((p) => [p.text, p.maxAt])).toEqual([
      [TEXT_A, ekb('2026-12-09T11:00')],
      [TEXT_B, null],
    ]);
    expect(r.status).toBe('fail');

    const onlyMissing = maxFirstMonth([page([posts[1] as TextPost])], max, opts());
    expect(onlyMissing.weeks[1]).toMatchObject({ status: 'fail', reason: 'posts-not-in-max', missing: 1 });

    // the same posts without «все посты MAX введены»: nothing is proven
    const open = maxFirstMonth([page(posts)], { ...max, complete: [] }, opts());
    expect(open.weeks[1]).toMatchObject({ status: 'unknown', reason: 'max-incomplete', late: 0, missing: 0 });
    expect(open.weeks[1]?.problems).toEqual([]);
    // marked complete for another month only
    const november = maxFirstMonth([page(posts)], { ...max, complete: [{ year: 2026, month: 11 }] }, opts());
    expect(november.weeks[1]?.status).toBe('unknown');
  });

  it('day-only dates: the same day is unclear, other days are ordered', () => {
    const dayOnly = { at: ekb('2026-12-16T00:00'), day: true, text: TEXT_A };
    const sameDay = maxFirstMonth(
      [page([dayOnly])],
      { posts: [{ at: ekb('2026-12-16T09:00'), text: TEXT_A }], complete },
      opts(),
    );
    expect(sameDay.weeks[2]).toMatchObject({ status: 'unknown', reason: 'same-day', unclear: 1 });
    const dayBefore = maxFirstMonth(
      [page([dayOnly])],
      { posts: [{ at: ekb('2026-12-15T23:50'), text: TEXT_A }], complete },
      opts(),
    );
    expect(dayBefore.weeks[2]).toMatchObject({ status: 'pass', first: 1 });
    const dayAfter = maxFirstMonth(
      [page([dayOnly])],
      { posts: [{ at: ekb('2026-12-17T00:10'), text: TEXT_A }], complete },
      opts(),
    );
    expect(dayAfter.weeks[2]).toMatchObject({ status: 'fail', late: 1 });
    // a post labelled with the day of the read was published before the read: a MAX post after the read is later
    const readAt = ekb('2026-12-16T10:00');
    const readDay = (maxAt: string) =>
      maxFirstMonth(
        [page([dayOnly], ekb('2026-11-01T00:00'), readAt)],
        { posts: [{ at: ekb(maxAt), text: TEXT_A }], complete },
        opts(new Date(ekb('2026-12-16T12:00'))),
      ).weeks[2];
    expect(readDay('2026-12-16T11:00')).toMatchObject({ status: 'fail', late: 1 });
    expect(readDay('2026-12-16T09:00')).toMatchObject({ status: 'pending', unclear: 1 });
  });

  it('is unknown when a page was not read back to the week start, or before its end, or its texts are not known', () => {
    const posts = [{ at: ekb('2026-12-23T10:00'), text: TEXT_A }];
    const max = { posts: [{ at: ekb('2026-12-23T09:00'), text: TEXT_A }], complete };
    const late = maxFirstMonth([page(posts, ekb('2026-12-23T08:00'))], max, opts());
    expect(late.weeks[3]).toMatchObject({ status: 'unknown', reason: 'not-covered', first: 1 });
    expect(late.weeks[0]).toMatchObject({ status: 'unknown', reason: 'not-covered' });
    const unknownSince = maxFirstMonth([page(posts, null)], max, opts());
    expect(unknownSince.weeks[3]?.reason).toBe('not-covered');
    const early = maxFirstMonth([page(posts, undefined, ekb('2026-12-27T10:00'))], max, opts());
    expect(early.weeks.map((w) => w.reason)).toEqual(['no-posts', 'no-posts', 'no-posts', 'read-early']);
    const old = maxFirstMonth(
      [page(posts), { key: 'ok:2', site: 'ok', posts: null, since: null, until: null }],
      max,
      opts(),
    );
    expect(old.weeks[3]).toMatchObject({ status: 'unknown', reason: 'not-read' });
    expect(old.status).toBe('unknown');
  });

  it('a proven late post fails the week even when another page is not read', () => {
    const posts = [{ at: ekb('2026-12-23T10:00'), text: TEXT_A }];
    const max = { posts: [{ at: ekb('2026-12-23T11:00'), text: TEXT_A }], complete };
    const r = maxFirstMonth(
      [page(posts), { key: 'ok:2', site: 'ok', posts: null, since: null, until: null }],
      max,
      opts(),
    );
    expect(r.weeks[3]).toMatchObject({ status: 'fail', reason: 'posts-late' });
  });

  it('leaves out posts without enough words; a week without posts passes, one with only such posts is unknown', () => {
    const r = maxFirstMonth(
      [
        page([
          { at: ekb('2026-12-02T10:00'), text: '' },
          { at: ekb('2026-12-02T11:00'), text: 'С праздником!' },
        ]),
      ],
      { posts: [], complete },
      opts(),
    );
    // posts, none with text to compare: the reader may not see texts on this layout
    expect(r.weeks[0]).toMatchObject({ status: 'unknown', reason: 'no-text', checked: 0, noText: 2 });
    expect(r.weeks[1]).toMatchObject({ status: 'pass', reason: 'no-posts' });
    const some = maxFirstMonth(
      [
        page([
          { at: ekb('2026-12-02T10:00'), text: '' },
          { at: ekb('2026-12-02T11:00'), text: TEXT_A },
        ]),
      ],
      { posts: [{ at: ekb('2026-12-02T10:30'), text: TEXT_A }], complete },
      opts(),
    );
    expect(some.weeks[0]).toMatchObject({ status: 'pass', reason: 'all-first', checked: 1, noText: 1 });
  });

  it('drops the last word of a first-words text cut at 100 characters', () => {
    const long = `${'Администрация района сообщает о плановом ремонте дорог '.repeat(2)}`.slice(0, 100);
    expect(Array.from(long)).toHaveLength(100);
    const r = maxFirstMonth(
      [page([{ at: ekb('2026-12-02T10:00'), text: long }])],
      {
        posts: [{ at: ekb('2026-12-02T09:00'), text: 'Администрация района сообщает о плановом ремонте дорог' }],
        complete,
      },
      opts(),
    );
    expect(r.weeks[0]?.first).toBe(1);
  });

  it('matches MAX posts within 7 days only (a series of similar posts is not one post)', () => {
    const r = maxFirstMonth(
      [page([{ at: ekb('2026-12-16T10:00'), text: TEXT_A }])],
      { posts: [{ at: ekb('2026-12-02T10:00'), text: TEXT_A }], complete },
      opts(),
    );
    expect(r.weeks[2]).toMatchObject({ status: 'fail', reason: 'posts-not-in-max', missing: 1 });
  });

  it('uses the MAX post entered in the previous month for a post just after midnight on the 1st', () => {
    const r = maxFirstMonth(
      [page([{ at: ekb('2026-12-01T00:05'), text: TEXT_A }])],
      { posts: [{ at: ekb('2026-11-30T23:55'), text: TEXT_A }], complete },
      opts(),
    );
    expect(r.weeks[0]).toMatchObject({ status: 'pass', first: 1 });
  });

  it('weeks follow the rule zone: a post at 23:30 on the 7th in Yekaterinburg is in week 1', () => {
    const r = maxFirstMonth(
      [
        page([
          { at: ekb('2026-12-07T23:30'), text: TEXT_A },
          { at: ekb('2026-12-29T10:00'), text: TEXT_B },
        ]),
      ],
      { posts: [{ at: ekb('2026-12-07T23:00'), text: TEXT_A }], complete },
      opts(),
    );
    expect(r.weeks.map((w) => w.checked)).toEqual([1, 0, 0, 0]);
    expect(r.weeks[0]?.start).toBe(ekb('2026-12-01T00:00'));
    expect(r.weeks[3]?.end).toBe(new Date(Date.parse(ekb('2026-12-29T00:00')) - 1).toISOString());
  });

  it('a running week is pending unless a late post is proven; weeks to come are pending', () => {
    const now = new Date(ekb('2026-12-10T12:00'));
    const posts = [{ at: ekb('2026-12-09T10:00'), text: TEXT_A }];
    const early = maxFirstMonth(
      [page(posts)],
      { posts: [{ at: ekb('2026-12-09T09:00'), text: TEXT_A }], complete },
      opts(now),
    );
    expect(early.weeks.map((w) => [w.status, w.reason, w.current])).toEqual([
      ['pass', 'no-posts', false],
      ['pending', 'running', true],
      ['pending', 'upcoming', false],
      ['pending', 'upcoming', false],
    ]);
    expect(early.status).toBe('pending');
    const late = maxFirstMonth(
      [page(posts)],
      { posts: [{ at: ekb('2026-12-09T11:00'), text: TEXT_A }], complete },
      opts(now),
    );
    expect(late.weeks[1]?.status).toBe('fail');
  });

  it('the month passes only when all four weeks pass', () => {
    const r = maxFirstMonth([page([])], { posts: [], complete }, opts());
    expect(r.status).toBe('pass');
  });
});
