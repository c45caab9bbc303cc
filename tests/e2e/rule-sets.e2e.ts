/**
 * The Chelyabinsk 2026 municipal rule set in the real extension (issue 20): chosen on the settings page, a list of
 * four audited groups (one a «визитка» page) shows the municipal score with its parts and the penalty on the lists
 * page, labelled with the preset, its source and what is inferred; marking a group as «визитка» there changes the
 * frequency; the printable report and the XLSX summary carry the same figures and the preset's name.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metricsOf } from '../../lib/batch/record';
import { auditCommunity, type CommunityPage, type Post, RULE_PRESETS } from '../../lib/index';
import { type Extension, launchExtension } from './harness';
import { seedHistory } from './seed';
import { type FixtureServer, startFixtureServer } from './server';

// Day 29: every week of November has ended, so every group's month is decided.
const NOW = new Date('2025-11-29T07:00:00Z');
const RULES = RULE_PRESETS['chelyabinsk-2026'];

function posts(weekly: number[]): Post[] {
  return weekly.flatMap((count, w) =>
    Array.from({ length: count }, (_, k) => ({
      id: `-1_${w}_${k}`,
      publishedAt: new Date(Date.UTC(2025, 10, w * 7 + 2 + k, 9)).toISOString(),
      likes: 8,
      comments: 1,
      reposts: 1,
      views: 100,
      pinned: false,
      ad: false,
      repost: false,
    })),
  );
}

interface Spec {
  weekly: number[];
  posWidget: 'present' | 'missing';
  businessCard: boolean;
}

// G1 passes; G2 misses a week and has no ПОС; G3 is a «визитка» that does not post; G4 passes.
const SPECS: Spec[] = [
  { weekly: [3, 3, 3, 3], posWidget: 'present', businessCard: false },
  { weekly: [3, 1, 3, 3], posWidget: 'missing', businessCard: false },
  { weekly: [0, 0, 0, 0], posWidget: 'present', businessCard: true },
  { weekly: [4, 3, 3, 5], posWidget: 'present', businessCard: false },
];

function seedData() {
  const groups = [];
  const audits = [];
  for (const [i, spec] of SPECS.entries()) {
    const id = String(500 + i);
    const page: CommunityPage = {
      site: 'vk',
      url: `https://vk.com/club${id}`,
      id,
      name: `Учреждение ${i + 1}`,
      members: 800,
      avatar: 'present',
      cover: 'present',
      description: 'present',
      descriptionText: 'Учреждение',
      descriptionComplete: true,
      posWidget: spec.posWidget,
      govMark: 'present',
      registryLink: null,
      posts: posts(spec.weekly),
      layout: 'test',
      postsSince: '2025-10-20T00:00:00Z',
    };
    const audit = auditCommunity(page, { now: NOW, rules: RULES });
    const { posts: _p, ...stored } = page;
    groups.push({
      key: `vk:${id}`,
      site: 'vk',
      url: page.url,
      name: page.name,
      id,
      screenName: null,
      audienceSize: null,
      category: null,
      businessCard: spec.businessCard,
      addedAt: NOW.toISOString(),
    });
    audits.push({
      groupKey: `vk:${id}`,
      at: NOW.toISOString(),
      source: 'batch',
      rulesVersion: audit.rulesVersion,
      status: 'complete',
      error: null,
      page: stored,
      postCount: page.posts.length,
      audit: JSON.parse(JSON.stringify(audit)),
      previous: null,
      metrics: metricsOf(page, audit, null),
      settings: null,
    });
  }
  const list = {
    id: 'list-chel',
    name: 'Сосновский МО',
    groupKeys: groups.map((g) => g.key),
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  return { list, groups, audits };
}

describe.skipIf(inject('skipE2E'))('the Chelyabinsk 2026 rule set in a real browser', () => {
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

  it('settings → lists page → «визитка» → report and XLSX, all labelled with the preset', async () => {
    // 1. The user picks the preset on the settings page.
    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('preset').selectOption('chelyabinsk-2026');
    await options.getByTestId('save').click();
    await options.getByTestId('saved').waitFor();
    await options.close();

    // 2. A list audited under it (seeded: the database the extension made).
    const report = await ext.openExtensionPage('report.html?list=none');
    await report.locator('html[data-ready="true"]').waitFor();
    await seedHistory(report, seedData());

    // 3. The lists page: 2 of 3 (the «визитка» left out), k = 11/12 → 0.92 → −6, total 0.5·66.67 + 0.5·100 − 6.
    // The page's calendar pinned to the audits' day (the e2e build honours ?now=), so November 2025 is the month shown.
    const batch = await ext.openExtensionPage(`batch.html?now=${NOW.toISOString()}#list=list-chel`);
    const indicators = batch.getByTestId('set-indicators');
    await indicators.waitFor();
    await expect.poll(() => batch.getByTestId('ind-total').textContent()).toContain('77,34');
    expect(await batch.getByTestId('ind-frequency').textContent()).toContain('визитки не учтены: 1');
    expect(await batch.getByTestId('ind-penalty').textContent()).toBe('; k = 0,92 → штраф −6');
    expect(await batch.getByTestId('rule-set-name').textContent()).toBe(
      'Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026',
    );
    expect(await batch.getByTestId('rule-set-formula').textContent()).toBe('0,5·F + 0,5·E − штраф(k)');
    expect(await batch.getByTestId('rule-set-penalty').textContent()).toContain(
      'опубликовано 1,00 → 0; 0,95 → −4; 0,92 → −6',
    );
    expect(await batch.getByTestId('rule-set-inferred').textContent()).toContain('Выведено, не опубликовано');
    expect(await batch.getByTestId('business-card-tag').count()).toBe(1);

    // 4. Unmark the «визитка» in its detail: it now counts, and fails (2 of 4): 0.5·50 + 50 − 6 = 69.
    await batch.getByText('Учреждение 3').first().click();
    await batch.getByTestId('business-card').uncheck();
    await expect.poll(() => batch.getByTestId('ind-total').textContent()).toContain('69,00');
    expect(await batch.getByTestId('business-card-tag').count()).toBe(0);
    // and back
    await batch.getByTestId('business-card').check();
    await expect.poll(() => batch.getByTestId('ind-total').textContent()).toContain('77,34');
    await batch.close();

    // 5. The printable report and the XLSX summary.
    await report.goto(
      `chrome-extension://${ext.extensionId}/report.html?list=list-chel&now=${encodeURIComponent(NOW.toISOString())}`,
    );
    await report.locator('html[data-ready="true"]').waitFor();
    const ruleSet = await report.locator('.rule-set').textContent();
    expect(ruleSet).toContain('Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026');
    const body = (await report.locator('main.report').textContent()) ?? '';
    expect(body).toContain('Выведено, не опубликовано');
    expect(body).toContain('k = 0,92 → −6');
    expect(body).toContain('77,34%');
    expect(body).toContain('0,5·F + 0,5·E − штраф(k)');

    const [download] = await Promise.all([report.waitForEvent('download'), report.getByText('Excel (XLSX)').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path()) ?? '');
    const summary = wb.worksheets[0];
    const cells = new Map<string, unknown>();
    summary?.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string') cells.set(label, row.getCell(2).value);
    });
    expect(cells.get('Итоговый рейтинг (прогноз), %')).toBe(77.34);
    expect(cells.get('Штраф за минимальные требования')).toBe(6);
    expect(cells.get('Визитки (не входят в частотность)')).toBe(1);
    expect(cells.get('Правила')).toBe('Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026');
    expect(String(cells.get('Выведено, не опубликовано'))).toContain('round((1 − k)·75)');
    await report.close();
  });
});
