/**
 * The Sverdlovsk rule set for institutions across VK, OK and MAX in a real browser (issue 19): chosen on the settings
 * page (which names the platforms and cites the source), an institution imported from XLSX is audited on local
 * fixture pages — its VK page links to the MAX channel in the description (through away.php), its OK page has no
 * MAX link — and the lists page and the XLSX «Учреждения» sheet say so (the message: tests/lib/export). MAX is never
 * fetched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveAs } from './fixture-pages';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const VK = 'https://vk.com/club920101';
const OK = 'https://ok.ru/group/70000009920102';
const MAX = 'https://max.ru/school7_gos';

describe.skipIf(inject('skipE2E'))('the Sverdlovsk rule set in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gp-sverdlovsk-'));
    server = await startFixtureServer();
    const description = 'Официальная страница министерства.';
    serveAs(server, 'vk/pos-links', VK, (h) =>
      h.replace(
        description,
        `${description}<br>Мы в MAX: <a href="/away.php?to=https%3A%2F%2Fmax.ru%2Fschool7_gos&amp;cc_key=">max.ru/school7_gos</a>`,
      ),
    );
    serveAs(server, 'ok/pos-links', OK);
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('settings → import → run → MAX link per page, the whole, XLSX', async () => {
    // 1. The preset, with the platforms it expects and its source.
    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('preset').selectOption('sverdlovsk');
    expect(await options.getByTestId('platform-rules-source').textContent()).toContain(
      'https://ural-news.net/politics/2025/11/18/558379.html',
    );
    expect(await options.getByTestId('expected-max').isChecked()).toBe(true);
    expect(await options.getByTestId('expected-telegram').isChecked()).toBe(false);
    expect(await options.getByTestId('max-link-required').isChecked()).toBe(true);
    expect(await options.getByTestId('max-norm').inputValue()).toBe('3');
    await options.getByTestId('save').click();
    await options.getByTestId('saved').waitFor();
    await options.close();

    // 2. One institution with its VK, OK and MAX pages.
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Учреждения');
    sheet.addRow(['Учреждение', 'ВК', 'ОК', 'МАХ']);
    sheet.addRow(['Школа №7', VK, OK, MAX]);
    const file = join(dir, 'школы.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const page = await ext.openExtensionPage('batch.html?pacingMs=100');
    await page.getByTestId('import-file').setInputFiles(file);
    const row = page.getByTestId('institution-row').filter({ hasText: 'Школа №7' });
    await row.waitFor();
    expect(await page.getByTestId('rule-set-name').textContent()).toBe(
      'Свердловская область: MAX от 3 постов в неделю, сначала в MAX, ссылка на MAX',
    );
    // before the run nothing is known of the links: unknown, never «нет»
    const chip = (site: string) => row.locator(`[data-testid="max-link-chip"][data-platform="${site}"]`);
    expect(await chip('vk').getAttribute('data-status')).toBe('unknown');

    // 3. The run reads VK and OK; the VK page links to the channel, the OK page does not.
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('run-panel').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect(await page.getByTestId('progress-text').textContent()).toBe('Проверено 2 из 2');
    await expect.poll(() => chip('vk').getAttribute('data-status')).toBe('pass');
    expect(await chip('ok').getAttribute('data-status')).toBe('fail');
    // the vocabulary's word, mark and tone of a page element, the reason after the word
    expect(await chip('ok').getAttribute('title')).toBe(
      'ОК: нет. В описании, ссылках и меню страницы нет ссылки на канал MAX.',
    );
    expect(await chip('ok').getAttribute('class')).toBe('tone-fail');
    expect(await chip('ok').textContent()).toMatch(/^✗ ОК/);
    expect(await row.getByTestId('institution-compliance').textContent()).toBe('не соответствует');

    // 4. XLSX: the «Учреждения» sheet names the link per page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Excel (XLSX)').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path()) ?? '');
    const inst = book.getWorksheet('Учреждения');
    if (!inst) throw new Error('no institutions sheet');
    const header = (inst.getRow(1).values as unknown[]).slice(1).map(String);
    const values = (inst.getRow(2).values as unknown[]).slice(1);
    const cell = (h: string) => values[header.indexOf(h)];
    expect(cell('Ссылка на MAX на страницах ВК/ОК')).toBe('ВКонтакте: есть; Одноклассники: нет');
    expect(cell('Учреждение в целом')).toBe('не соответствует');

    // MAX was never asked for anything.
    const hosts = server.requests.map((r) => new URL(r.url).hostname);
    expect(hosts.filter((h) => /max\.ru$/.test(h))).toEqual([]);
    await page.close();
  });
});
