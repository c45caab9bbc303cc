// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { auditCommunity } from '../lib/audit/audit';
import { DEFAULT_ENDED_MONTH_DAYS, monthAuditInstant, monthShownFirst } from '../lib/calendar';
import { readCommunityPage } from '../lib/sites/index';
import { POPUP_CASES, type PopupCase } from '../scripts/demo/cases';
import { okLabel, shiftDays, shiftOkLabels, shiftUnixTimes, shiftVkLabels } from '../scripts/demo/pages';

describe('demo pages moved in time', () => {
  it('shifts unix timestamps of the past year by whole days, leaves other numbers', () => {
    const now = new Date('2026-03-15T09:00:00Z');
    const html = 'time="1773561600" id="1700000000" date&quot;:1772179200';
    const out = shiftUnixTimes(html, now, 10);
    expect(out).toBe(`time="${1773561600 + 864000}" id="1700000000" date&quot;:${1772179200 + 864000}`);
    expect(shiftDays(now, new Date('2026-03-25T08:00:00Z'))).toBe(9);
  });

  it('re-writes OK labels in the viewer zone with the year', () => {
    const now = new Date('2026-11-20T09:00:00Z');
    const html = '<time>вчера 12:30</time><time>18 ноя 14:20</time><time>непонятно</time>';
    expect(shiftOkLabels(html, now, 1, 'Europe/Moscow')).toBe(
      '<time>20 ноя 2026 12:30</time><time>19 ноя 2026 14:20</time><time>непонятно</time>',
    );
    expect(okLabel(new Date('2026-11-20T09:05:00Z'), 'Asia/Yekaterinburg')).toBe('20 ноя 2026 14:05');
  });

  it('re-writes VK labels with the year, keeping the element', () => {
    const now = new Date('2026-03-15T09:00:00Z');
    const html = '<time class="PostHeaderSubtitle__item">13 мар в 11:00</time>';
    expect(shiftVkLabels(html, now, 2, 'Europe/Moscow')).toBe(
      '<time class="PostHeaderSubtitle__item">15 мар 2026 в 11:00</time>',
    );
  });
});

describe('the popup cases of the demo (scripts/demo/cases.ts)', () => {
  const read = (c: PopupCase) => {
    const doc = new DOMParser().parseFromString(c.html, 'text/html');
    const page = readCommunityPage(doc, c.url, { now: new Date(c.now), timeZone: 'Europe/Moscow' });
    if (!page) throw new Error(`${c.slug}: not read`);
    const now = new Date(c.now);
    const first = monthShownFirst(now, 'Europe/Moscow', DEFAULT_ENDED_MONTH_DAYS);
    const at = (view: 'current' | 'previous') =>
      auditCommunity(page, { now: monthAuditInstant(view, now, 'Europe/Moscow'), timeZone: 'Europe/Moscow' });
    return { page, first, shown: at(first.view), current: at('current') };
  };
  const byslug = (slug: string) => {
    const c = POPUP_CASES.find((x) => x.slug === slug);
    if (!c) throw new Error(slug);
    return read(c);
  };

  it('a group that failed last month, in the first days of the next: the ended month first, failed', () => {
    const { page, first, shown, current } = byslug('failed-last-month');
    expect(page.govMark).toBe('present');
    expect(first).toMatchObject({ view: 'previous', year: 2026, month: 11 });
    expect(shown.month.weeks.map((w) => w.status)).toEqual(['pass', 'pass', 'fail', 'pass']);
    expect(shown.checks.find((c) => c.id === 'frequency')?.status).toBe('fail');
    expect(current.forecast).toMatchObject({ week: 1, posts: 2, stillNeeded: 1 });
  });

  it('a #Н/Д group: the mark is surely missing', () => {
    const { page, shown } = byslug('no-gov-mark');
    expect(page.govMark).toBe('missing');
    expect(shown.checks.find((c) => c.id === 'gov-mark')?.status).toBe('fail');
  });

  it('a group needing posts by tomorrow: 2 more posts before Monday 7 December, 23:59', () => {
    const { page, first, current } = byslug('posts-by-tomorrow');
    expect(page.govMark).toBe('present');
    expect(first.view).toBe('current');
    expect(current.forecast).toMatchObject({ week: 1, posts: 1, stillNeeded: 2, deadline: '2026-12-07T20:59:59.999Z' });
  });
});
