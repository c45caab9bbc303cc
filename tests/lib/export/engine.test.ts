/**
 * The exports fed by the real engine (auditCommunity): the methodology's worked example comes out of the set's
 * indicators, and every XLSX/CSV cell matches the engine's audit.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { setIndicators } from '../../../lib/batch/indicators';
import { auditRecordOf } from '../../../lib/batch/record';
import { buildCsv } from '../../../lib/export/csv';
import { computeSetIndicators } from '../../../lib/export/derive';
import { adminMessage } from '../../../lib/export/message';
import { buildReportHtml } from '../../../lib/export/report-html';
import type { ReportRow } from '../../../lib/export/types';
import { buildXlsx } from '../../../lib/export/xlsx';
import { auditCommunity, type CommunityPage, DEFAULT_RULES, type Post } from '../../../lib/index';
import { expectedCells } from './expected';

const zone = 'Europe/Moscow';
// The last instant of October 2025 in Moscow: audits the closed month.
const endOfOctober = new Date('2025-10-31T20:59:59Z');

function page(
  name: string,
  weekly: number[],
  counters: { likes: number; comments: number; reposts: number; views: number },
  extra: Partial<CommunityPage> = {},
): CommunityPage {
  const posts: Post[] = [];
  weekly.forEach((count, w) => {
    for (let k = 0; k < count; k += 1) {
      const day = w * 7 + 1 + (k % 7);
      const first = posts.length === 0;
      posts.push({
        id: `-1_${posts.length + 1}`,
        publishedAt: new Date(Date.UTC(2025, 9, day, 9, k)).toISOString(),
        likes: first ? counters.likes : 0,
        comments: first ? counters.comments : 0,
        reposts: first ? counters.reposts : 0,
        views: first ? counters.views : 0,
        pinned: false,
        ad: false,
        repost: false,
      });
    }
  });
  return {
    site: 'vk',
    url: `https://vk.com/${name}`,
    id: '1',
    name,
    members: 800,
    avatar: 'present',
    cover: 'present',
    description: 'present',
    descriptionText: 'Школа',
    posWidget: 'present',
    govMark: 'present',
    registryLink: null,
    posts,
    layout: 'test',
    postsSince: '2025-09-20T00:00:00Z',
    ...extra,
  };
}

function row(p: CommunityPage, audienceSize?: number): ReportRow {
  return {
    group: { name: p.name ?? '', url: p.url, site: p.site, members: p.members, audienceSize },
    page: p,
    audit: auditCommunity(p, { now: endOfOctober, timeZone: zone, audienceSize }),
    readStatus: 'complete',
    checkedAt: '2025-11-01T06:00:00Z',
  };
}

// Methodology §1.3, §1.4: the four groups; the fourth lost the «Госорганизация» mark (#Н/Д).
const rows = [
  row(page('ministry', [10, 3, 5, 8], { likes: 200, comments: 15, reposts: 4, views: 1000 }), 800),
  row(page('org1', [3, 3, 3, 1], { likes: 5, comments: 3, reposts: 8, views: 100 }), 1600),
  row(page('org2', [0, 0, 20, 0], { likes: 0, comments: 0, reposts: 10, views: 560 }), 400),
  row(
    page(
      'org3',
      [3, 4, 0, 5],
      { likes: 2000, comments: 560, reposts: 78, views: 122_000 },
      { govMark: 'missing', cover: 'missing' },
    ),
    2000,
  ),
];

describe('exports on the real engine', () => {
  it('the set indicators reproduce the worked example: frequency 25%, ER 2.33, achievement 77.67', () => {
    const ind = computeSetIndicators(rows, DEFAULT_RULES);
    // October has ended: every group's month is decided, one of four passed.
    expect([ind.decided, ind.undecided, ind.passed]).toEqual([4, 0, 1]);
    expect(ind.frequency).toBe(25);
    expect(ind.engagementRate).toBe(2.33);
    expect(ind.engagement).toBe(77.67);
    expect(ind.minRequirements).toBeCloseTo((15 / 16) * 100, 9);
    // Reach pooled: 4 × 800 members over 800 + 1600 + 400 + 2000 (not the mean of 100, 50, 100, 40).
    expect(ind.reachGroups).toBe(4);
    expect(ind.reach).toBeCloseTo((3200 / 4800) * 100, 9);
    expect(ind.total).not.toBeNull();
  });

  it('the export shows the figures of the group-list page (setIndicators over the stored metrics)', () => {
    const settings = { timeZone: zone, audienceSize: null, rules: DEFAULT_RULES };
    const members = rows.map((r) => {
      if (!r.page || !r.audit) throw new Error('fixture');
      const previous = auditCommunity(r.page, { now: new Date('2025-09-30T20:59:59Z'), timeZone: zone });
      const record = auditRecordOf({
        page: r.page,
        audit: auditCommunity(r.page, { now: endOfOctober, timeZone: zone, audienceSize: r.group.audienceSize ?? 0 }),
        previous,
        at: endOfOctober,
        source: 'batch',
        settings,
      });
      return { metrics: record.metrics, audienceSize: r.group.audienceSize ?? null };
    });
    expect(computeSetIndicators(rows, DEFAULT_RULES)).toEqual(setIndicators(members, { rules: DEFAULT_RULES }));
  });

  it('XLSX and CSV cells equal the engine audit', async () => {
    const ind = computeSetIndicators(rows);
    const meta = {
      listName: 'Пример',
      period: { year: 2025, month: 10 },
      generatedAt: endOfOctober.toISOString(),
      timeZone: zone,
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      await (await buildXlsx([{ meta, rows, indicators: ind }], { rules: DEFAULT_RULES })).arrayBuffer(),
    );
    const ws = wb.getWorksheet('Пример');
    const csv = Papa.parse<string[]>(buildCsv(rows, { timeZone: zone }).slice(1), { delimiter: ';' }).data;
    rows.forEach((r, i) => {
      const want = expectedCells(r);
      const xrow = ws?.getRow(i + 2);
      want.forEach((w, c) => {
        const got = xrow?.getCell(c + 1).value;
        if (typeof w === 'number') expect(got).toBeCloseTo(w, 9);
        else if (typeof w === 'string') expect(got).toBe(w);
      });
      // Week counts as the engine counted them.
      const weeks = r.audit?.month.weeks.map((w) => String(w.posts));
      expect([9, 11, 13, 15].map((c) => csv[i + 1]?.[c])).toEqual(weeks);
    });
    expect(csv[2]?.slice(9, 18)).toEqual([
      '3',
      'выполнена',
      '3',
      'выполнена',
      '3',
      'выполнена',
      '1',
      'не выполнена',
      'не выполнена',
    ]);
    expect(csv[4]?.[4]).toBe('нет'); // Госметка
    const summary = wb.getWorksheet('Сводка');
    const values = new Map<string, unknown>();
    summary?.eachRow((r) => {
      values.set(String(r.getCell(1).value), r.getCell(2).value);
    });
    // The rule set in words: labels, not field names; values, not codes.
    expect(values.get('Вес частотности')).toBe(50);
    expect(values.get('Учёт минимальных требований')).toBe('итог умножается на долю выполненных требований');
    expect(values.get('Часовой пояс')).toBe('Москва, UTC+3');
    expect(values.get('Неделя выполнена, если постов')).toBe('не меньше нормы');
    expect(values.has('weights.frequency')).toBe(false);
    expect(values.get('ER, %')).toBe(2.33);
    expect(values.get('Частотность, %')).toBe(25);
    expect(values.get('Выполнили частотность, групп')).toBe(1);
    expect(values.get('Месяц решён, групп')).toBe(4);
    expect(values.get('Не решено (неделя идёт или не прочитана), групп')).toBe(0);
    expect(values.get('Вовлечённость (достижение ER), %')).toBe(77.67);
    expect(values.get('Групп с указанной аудиторией')).toBe(4);
  });

  it('the report and the messages read the engine audit', () => {
    const meta = {
      listName: 'Пример',
      period: { year: 2025, month: 10 },
      generatedAt: endOfOctober.toISOString(),
      timeZone: zone,
    };
    const html = buildReportHtml(rows, meta, computeSetIndicators(rows), { rules: DEFAULT_RULES });
    expect(html).toContain('(0,5·F + 0,3·E + 0,2·R) · M / 100');
    const m = adminMessage(rows[3] as ReportRow, { now: endOfOctober, timeZone: zone });
    expect(m?.problems[0]?.kind).toBe('gov-mark');
    expect(m?.text).toContain('Нет обложки.');
    expect(adminMessage(rows[0] as ReportRow, { now: endOfOctober, timeZone: zone })).toBeNull();
  });
});
