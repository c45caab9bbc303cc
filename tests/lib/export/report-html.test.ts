// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { computeSetIndicators } from '../../../lib/export/derive';
import { buildReportHtml, escapeHtml, expectedPageCount } from '../../../lib/export/report-html';
import type { ReportMeta } from '../../../lib/export/types';
import { makeList, makeRow } from './factory';

const meta: ReportMeta = {
  listName: 'Школы <b>района</b>',
  organisation: 'Управление образования "Север" & Ко',
  period: { year: 2025, month: 11 },
  generatedAt: '2025-11-24T07:00:00Z',
  timeZone: 'Europe/Moscow',
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('printable report', () => {
  it('escapes every page-originated text: a group named <script> prints as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const rows = [
      makeRow({ name: hostile, url: 'javascript:alert(3)', error: '<i>boom</i>', noAudit: true }),
      makeRow({ name: 'Ок', url: 'https://vk.com/club1?a=1&b="2"', month: { year: 2025, month: 11 } }),
    ];
    const html = buildReportHtml(rows, meta, computeSetIndicators(rows));
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, b, i')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) expect(a.startsWith('on')).toBe(false);
    }
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings[0]).toBe(hostile);
    expect(doc.body.textContent).toContain('Школы <b>района</b>');
    expect(doc.body.textContent).toContain('Управление образования "Север" & Ко');
    // A read error is said in words, never its raw text (here not a known code: «ошибка чтения»).
    expect(doc.body.textContent).toContain('Полнота данных: не прочитано: ошибка чтения');
    expect(doc.body.textContent).not.toContain('boom');
    // The chart label is escaped too.
    expect(doc.querySelector('svg')?.textContent).toContain('1. <script>alert(1)</script><img sr…');
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://vk.com/club1?a=1&b=%222%22']);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('has the title block, indicators, chart, a page per group, statuses as words', () => {
    const rows = makeList(30).map((r) => ({
      ...r,
      audit: r.audit && { ...r.audit, month: { ...r.audit.month, year: 2025 } },
    }));
    const ind = computeSetIndicators(rows);
    const doc = parse(buildReportHtml(rows, meta, ind));
    expect(doc.querySelector('h1')?.textContent).toBe('Отчёт об аудите госпабликов');
    const metaText = doc.querySelector('table.meta')?.textContent ?? '';
    expect(metaText).toContain('ноябрь 2025');
    expect(metaText).toContain('24.11.2025 10:00');
    expect(doc.querySelectorAll('section.group.page')).toHaveLength(30);
    expect(doc.querySelectorAll('section.chart.page')).toHaveLength(1);
    expect(doc.querySelectorAll('svg rect')).toHaveLength(rows.filter((r) => r.audit).length * 4);
    expect(expectedPageCount(30)).toBe(32);
    expect(doc.head.querySelector('style')?.textContent).toMatch(/@page\s*{\s*size: A4 portrait/);
    const first = doc.querySelectorAll('section.group')[1];
    expect(first?.textContent).toContain('Частота публикаций✗ не выполнена');
    expect(first?.textContent).toContain('✗ не выполнена');
    expect(first?.textContent).toContain('(0,5·F + 0,3·E + 0,2·R) · M / 100');
    expect(first?.textContent).toContain('Что исправить');
    expect(first?.textContent).toMatch(/Не выполнена норма публикаций на неделе 2/);
    const indicators = doc.body.textContent ?? '';
    expect(indicators).toContain(`${(ind.frequency ?? 0).toFixed(2).replace('.', ',')}%`);
    const cells = new Map(
      [...(doc.querySelector('table.grid')?.querySelectorAll('tr') ?? [])].map((tr) => [
        tr.querySelector('th')?.textContent,
        tr.querySelector('td')?.textContent,
      ]),
    );
    // 30 groups, 2 unreadable (10, 21); failed months: kinds 1 and 5 → groups 1, 5, 8, 12, 15, 19, 22, 26, 29.
    expect(cells.get('Проверено')).toBe('28');
    expect(cells.get('Месяц решён, групп')).toBe('9');
    expect(cells.get('Не решено (неделя идёт или не прочитана), групп')).toBe('19');
    expect(cells.get('Частотность, %')).toBe('0,00%');
  });

  it('one group: no chart, no page break, the running week deadline in «what to fix»', () => {
    const row = makeRow({
      name: 'Гимназия',
      month: { year: 2025, month: 11 },
      weeks: [
        [3, 'pass'],
        [3, 'pass'],
        [3, 'pass'],
        [1, 'pending'],
      ],
      score: null,
      range: { min: 70, max: 90 },
      checks: { reach: ['unknown', 'input-missing'] },
    });
    const doc = parse(buildReportHtml([row], meta, computeSetIndicators([row])));
    expect(doc.querySelector('h1')?.textContent).toBe('Отчёт об аудите госпаблика');
    expect(doc.querySelector('svg')).toBeNull();
    expect(doc.querySelectorAll('.page')).toHaveLength(0);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('от 70,0 до 90,0 (часть данных неизвестна)');
    expect(text).toContain('R (охват) = ?');
    expect(text).toContain('Опубликуйте ещё 2 поста. Срок: до пятницы, 28 ноября, 23:59.');
    expect(text).toContain('… идёт');
  });

  it('RKN not seen: a «?» status that says why and a check-and-apply line, never «✗»', () => {
    const row = makeRow({
      name: 'Министерство',
      members: 15_000,
      checks: { 'rkn-registration': ['unknown', 'registration-not-seen'] },
    });
    const doc = parse(buildReportHtml([row], meta, computeSetIndicators([row])));
    const rknRow = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent?.startsWith('Регистрация в РКН'));
    expect(rknRow?.textContent).toContain('? не видно (нет ссылки и «А+»)');
    expect(rknRow?.querySelector('.st-fail')).toBeNull();
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Регистрации в РКН не видно — ни ссылки на перечень, ни отметки «А+»');
    expect(text).toContain('через сервис площадки');
  });

  it('renders English', () => {
    const rows = makeList(3);
    const doc = parse(buildReportHtml(rows, meta, computeSetIndicators(rows), { locale: 'en' }));
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.body.textContent).toContain('Indicators of the group set');
    expect(doc.body.textContent).not.toMatch(/Чек-лист|Неделя|Что исправить/);
  });
});
