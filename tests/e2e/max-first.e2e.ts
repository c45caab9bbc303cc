/**
 * «Публикация сначала в MAX» in a real browser (issue 19): under the Sverdlovsk rule set an institution's VK page is
 * audited in a list run on a local fixture page (its posts' first words kept in the record), its MAX posts are
 * entered by hand in the MAX figures form, and the lists page's institution view shows week 2 as unknown (no MAX
 * posts yet), met (the MAX post came first) and not met (it came later, the month's MAX posts marked complete), with
 * the posts under the row. The calendar is pinned to 15 March 2026 (week 2 = 8–14 March, Yekaterinburg time).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveAs } from './fixture-pages';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const VK = 'https://vk.com/club920201';
const MAX = 'https://max.ru/school9_gos';
/** The fixture's oldest post (9 March 19:23 UTC) moved to 6 March (week 1), so the read reaches back past week 2. */
const OLDEST = {
  from: String(Date.parse('2026-03-09T19:23:00Z') / 1000),
  to: String(Date.parse('2026-03-06T19:23:00Z') / 1000),
};

describe.skipIf(inject('skipE2E'))('«MAX first» in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gp-max-first-'));
    server = await startFixtureServer();
    serveAs(server, 'vk/g2-redesigned', VK, (h) => h.replaceAll(OLDEST.from, OLDEST.to));
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('run → MAX posts by hand → week 2 met, then not met', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('preset').selectOption('sverdlovsk');
    await options.getByTestId('save').click();
    await options.getByTestId('saved').waitFor();
    await options.close();

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Учреждения');
    sheet.addRow(['Учреждение', 'ВК', 'МАХ']);
    sheet.addRow(['Школа №9', VK, MAX]);
    const file = join(dir, 'школа.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const page = await ext.openExtensionPage('batch.html?pacingMs=100&now=2026-03-15T10:00:00.000Z');
    await page.getByTestId('import-file').setInputFiles(file);
    const row = page.getByTestId('institution-row').filter({ hasText: 'Школа №9' });
    await row.waitFor();
    const week = (n: number) => row.locator(`[data-testid="max-first-week"][data-week="${n}"]`);
    // before any read: not known, never «не выполнена»
    expect(await week(2).getAttribute('data-status')).toBe('unknown');

    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('run-panel').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    // read, but no MAX post entered: the VK posts have no match, the MAX month is not complete
    await expect.poll(() => week(2).getAttribute('title')).toContain('не отмечены как введённые полностью');
    expect(await week(2).getAttribute('data-status')).toBe('unknown');
    expect(await week(3).getAttribute('data-status')).toBe('running');

    // The MAX post, entered by hand before the week's six VK posts (10–14 March).
    await row.locator('[data-testid="platform-chip"][data-platform="max"]').click();
    const form = page.getByTestId('manual-figures');
    await form.getByText('Добавить пост').click();
    await form.locator('input[type="datetime-local"]').fill('2026-03-09T08:00');
    await form.getByPlaceholder('Первые слова поста').fill('Информирует администрация: график приёма граждан');
    await form.getByTestId('manual-posts-complete').check();
    await form.getByTestId('manual-save').click();
    await expect.poll(() => form.getByTestId('manual-status').textContent()).toBe('Сохранено.');
    await expect.poll(() => week(2).getAttribute('data-status')).toBe('pass');
    expect(await week(2).getAttribute('class')).toBe('tone-pass');
    expect(await week(2).getAttribute('title')).toBe(
      'Неделя 2: выполнена. Проверено 6 постов ВК/ОК: все сначала вышли в MAX.',
    );

    // The same post in MAX only on 12 March, 12:00: the four posts of 10–12 March came out in VK first.
    await form.locator('input[type="datetime-local"]').fill('2026-03-12T12:00');
    await form.getByTestId('manual-save').click();
    await expect.poll(() => week(2).getAttribute('data-status')).toBe('fail');
    expect(await week(2).textContent()).toBe('2✗ ');
    expect(await row.getByTestId('institution-compliance').textContent()).toBe('не соответствует');
    const problems = page.getByTestId('institution-max-first-problems');
    expect(await problems.textContent()).toContain(
      'Неделя 2: посты вышли не сначала в MAX: «Информирует администрация:',
    );
    expect(await problems.textContent()).toContain('в MAX позже (12 марта 12:00)');

    // MAX was never asked for anything.
    const hosts = server.requests.map((r) => new URL(r.url).hostname);
    expect(hosts.filter((h) => /max\.ru$/.test(h))).toEqual([]);
    await page.close();
  });
});
