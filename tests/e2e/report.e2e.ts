/**
 * The printable report of a 30-group list in the real extension: seeded into the history database, opened as
 * report.html?list=…, printed to PDF with Chromium's Page.printToPDF; one A4 page per group plus the front and
 * chart pages. Set GP_REPORT_PDF=<path> to keep the PDF for a look.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectedPageCount } from '../../lib/export/report-html';
import { auditCommunity, type CommunityPage, type Post } from '../../lib/index';
import { type Extension, launchExtension } from './harness';
import { seedHistory } from './seed';
import { type FixtureServer, startFixtureServer } from './server';

const NOW = new Date('2025-11-24T07:00:00Z');
const ZONE = 'Europe/Moscow';
const GROUPS = 30;

function posts(weekly: number[]): Post[] {
  const out: Post[] = [];
  weekly.forEach((count, w) => {
    for (let k = 0; k < count; k += 1) {
      out.push({
        id: `-1_${w}_${k}`,
        publishedAt: new Date(Date.UTC(2025, 10, w * 7 + 1 + (k % 7), 9, k)).toISOString(),
        likes: 3 + k,
        comments: k % 2,
        reposts: k % 3,
        views: 150 + 10 * k,
        pinned: false,
        ad: false,
        repost: false,
      });
    }
  });
  return out;
}

/** 30 groups with varied states: failed weeks, a missing mark, missing items, RKN over 10 000, hostile names. */
function seedData(count = GROUPS, listId = 'list-30') {
  const names = ['<script>alert(1)</script>', '=HYPERLINK("http://evil","x")'];
  const groups = [];
  const audits = [];
  for (let i = 0; i < count; i += 1) {
    const key = `vk:${100 + i}`;
    const name =
      names[i] ??
      `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №${i + 1}» г. Челябинска`;
    const page: CommunityPage = {
      site: 'vk',
      url: `https://vk.com/club${100 + i}`,
      id: String(100 + i),
      name,
      members: i % 6 === 3 ? 15_000 + i : 400 + 37 * i,
      avatar: 'present',
      cover: i % 5 === 4 ? 'missing' : 'present',
      description: 'present',
      descriptionText: 'Школа',
      descriptionComplete: true,
      posWidget: i % 4 === 1 ? 'missing' : 'present',
      govMark: i % 9 === 8 ? 'missing' : 'present',
      registryLink: null,
      posts: posts([3 + (i % 3), i % 4 === 2 ? 1 : 4, 3, i % 3]),
      layout: 'test',
      postsSince: '2025-10-20T00:00:00Z',
    };
    const audienceSize = i % 3 === 0 ? undefined : 1000 + 50 * i;
    const { posts: _p, ...stored } = page;
    groups.push({
      key,
      site: 'vk',
      url: page.url,
      name,
      id: page.id,
      screenName: null,
      audienceSize: audienceSize ?? null,
      category: null,
      addedAt: NOW.toISOString(),
    });
    audits.push({
      groupKey: key,
      at: NOW.toISOString(),
      source: 'batch',
      rulesVersion: 1,
      status: 'complete',
      error: null,
      page: stored,
      postCount: page.posts.length,
      audit: JSON.parse(JSON.stringify(auditCommunity(page, { now: NOW, timeZone: ZONE, audienceSize }))),
      previous: null,
      metrics: null,
      settings: null,
    });
  }
  const list = {
    id: listId,
    name: count === GROUPS ? 'Школы Челябинска' : `Список ${count}`,
    groupKeys: groups.map((g) => g.key),
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  return { list, groups, audits };
}

/** Page count of a PDF: the /Count of its page tree root (largest /Count), or the /Type /Page objects. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  return counts.length > 0 ? Math.max(...counts) : pages;
}

describe.skipIf(inject('skipE2E'))('printable report in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('prints a 30-group list to PDF: front, chart, one A4 page per group', async () => {
    // Let the extension create its database, then seed it through IndexedDB in the extension's origin.
    const page = await ext.openExtensionPage('report.html?list=none');
    await page.locator('html[data-ready="true"]').waitFor();
    const data = seedData();
    await seedHistory(page, data);
    await page.goto(
      `chrome-extension://${ext.extensionId}/report.html?list=${data.list.id}&now=${encodeURIComponent(NOW.toISOString())}`,
    );
    await page.locator('html[data-ready="true"]').waitFor();
    expect(await page.locator('section.group').count()).toBe(GROUPS);
    expect(await page.locator('section.group h2').first().textContent()).toBe('<script>alert(1)</script>');
    expect(await page.locator('main.report script').count()).toBe(0);
    expect(await page.locator('svg rect').count()).toBe(GROUPS * 4);

    const cdp = await ext.context.newCDPSession(page);
    const { data: pdfBase64 } = (await cdp.send('Page.printToPDF', {
      preferCSSPageSize: true,
      printBackground: true,
    })) as { data: string };
    const pdf = Buffer.from(pdfBase64, 'base64');
    if (process.env.GP_REPORT_PDF) writeFileSync(process.env.GP_REPORT_PDF, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(expectedPageCount(GROUPS));
    // A4 portrait: 595 × 842 pt on every page.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes).toHaveLength(expectedPageCount(GROUPS));
    for (const [, w, h] of boxes) {
      expect(Math.abs(Number(w) - 595)).toBeLessThan(1);
      expect(Math.abs(Number(h) - 842)).toBeLessThan(1);
    }
    await page.close();
  });

  it('exports a 300-group list to XLSX from the report page (fflate worker path) and CSV', async () => {
    const page = await ext.openExtensionPage('report.html?list=none');
    await page.locator('html[data-ready="true"]').waitFor();
    const data = seedData(300, 'list-300');
    await seedHistory(page, data);
    await page.goto(
      `chrome-extension://${ext.extensionId}/report.html?list=list-300&now=${encodeURIComponent(NOW.toISOString())}`,
    );
    await page.locator('html[data-ready="true"]').waitFor();
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Excel (XLSX)').click()]);
    const path = await download.path();
    const elapsed = Date.now() - started;
    console.info(`[report e2e] 300-group XLSX in Chromium: ${elapsed} ms`);
    expect(download.suggestedFilename()).toBe('Аудит — Список 300 — 2025-11-24.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Список 300');
    expect(ws?.rowCount).toBe(301);
    expect(ws?.getRow(2).getCell(1).value).toBe('<script>alert(1)</script>');
    expect(ws?.getRow(3).getCell(1).value).toBe('=HYPERLINK("http://evil","x")');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByText('CSV', { exact: true }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(301);
    await page.close();
  });
});
