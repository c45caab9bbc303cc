/**
 * The VK API mode in a real browser, against the fake VK API on the loopback server (api.vk.com and api.vk.ru mapped
 * to it; tests/fakes/vk-api.ts enforces VK's limits): the key instructions followed step by step in a fresh profile,
 * a 300-group list audited through the API with the page closed mid-run, the key kept out of everything but its
 * own storage item and the API's requests, and deleting it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_HOSTS } from '../../lib/ext/hosts';
import { VK_API_HOSTS } from '../../lib/vkapi/limits';
import { type FakeGroup, FakeVkApi, mixedGroups } from '../fakes/vk-api';
import { serveFakeVkApi } from './fake-vk-api';
import { type Extension, launchExtension, storedCounts, waitForContentScript } from './harness';
import { type FixtureServer, fixtureHtml, startFixtureServer } from './server';

const KEY = 'f00dfeed0123456789abcdef0123456789abcdef0123456789abcdef01234567';
/** A key of the right form that VK does not know (a first-time user's copying mistake): error 5. */
const WRONG_KEY = 'deadbeef0123456789abcdef0123456789abcdef0123456789abcdef01234567';
const GROUPS = mixedGroups(300, 300_000_000);
/**
 * The community of the g3-datatestid fixture (club123456) as the API knows it: the reader leaves members, cover,
 * description and ПОС unknown there and sees an avatar and the «Госорганизация» badge; the API says no avatar and no
 * mark (two disagreements to report).
 */
const POPUP_GROUP: FakeGroup = {
  id: 123456,
  screenName: 'school_123456',
  name: 'Школа № 1',
  kind: 'normal',
  members: 12_345,
  postEveryHours: 50,
  total: 40,
  cover: true,
  photo: false,
  description: 'Официальная страница школы',
  menu: true,
  pos: true,
  govKnown: true,
  gov: false,
  pinned: false,
};
const OK_URL = readFileSync(new URL('../fixtures/ok/desktop-group/url.txt', import.meta.url), 'utf8').trim();
const linkOf = (g: FakeGroup, i: number) =>
  i % 3 === 0 ? `https://vk.com/${g.screenName}` : `https://vk.com/club${g.id}`;
const keyOf = (g: FakeGroup, i: number) => (i % 3 === 0 ? `vk:@${g.screenName}` : `vk:${g.id}`);

interface Sent {
  url: string;
  host: string;
  post: string | null;
  headers: Record<string, string>;
}

describe.skipIf(inject('skipE2E'))('VK API mode in a real browser (fake API)', () => {
  let server: FixtureServer;
  let ext: Extension;
  let api: FakeVkApi;
  const sent: Sent[] = [];
  /** Everything the extension's pages and worker wrote to the console, and their uncaught errors. */
  const logs: string[] = [];
  const apiRequests = () => sent.filter((s) => (VK_API_HOSTS as readonly string[]).includes(s.host));

  beforeAll(async () => {
    server = await startFixtureServer();
    api = new FakeVkApi({
      clock: () => performance.now(),
      now: Date.now(),
      keys: { [KEY]: { kind: 'service' } },
      groups: [...GROUPS, POPUP_GROUP],
    });
    serveFakeVkApi(server, api);
    const ok = new URL(OK_URL);
    server.route(ok.host, ok.pathname, { body: fixtureHtml('ok', 'desktop-group') });
    ext = await launchExtension({ server });
    ext.context.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    ext.context.on('weberror', (e) => logs.push(`error: ${String(e.error())}`));
    ext.worker.on('console', (m) => logs.push(`worker ${m.type()}: ${m.text()}`));
    ext.context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'https:') return;
      sent.push({ url: r.url(), host: url.hostname, post: r.postData(), headers: r.headers() });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function optionsPage(): Promise<Page> {
    const page = await ext.openExtensionPage('options.html');
    await page.getByTestId('vk-api-key-state').waitFor();
    return page;
  }

  it('follows the key instructions in a fresh profile: paste, allow, save, check', async () => {
    const page = await optionsPage();
    expect(await page.getByTestId('vk-api-key-state').getAttribute('data-state')).toBe('none');
    // the instructions are open for a first-time user, six steps, in Russian
    const steps = await page.getByTestId('vk-api-key-steps').locator('li').allTextContents();
    expect(steps).toHaveLength(6);
    expect(steps[3]).toContain('Сервисный ключ доступа');
    expect(await page.getByTestId('vk-api-key-steps').isVisible()).toBe(true);
    // nothing went to the API before a key
    expect(apiRequests()).toEqual([]);

    // steps 4–5, first with a key VK does not know (copied from the wrong application): the check says so, and neither
    // the message nor a log repeats the key
    await ext.allowApiHosts();
    await page.getByTestId('vk-api-key-input').fill(WRONG_KEY);
    await page.getByTestId('vk-api-key-save').click();
    await expect.poll(() => page.getByTestId('vk-api-key-message').getAttribute('data-message')).toBe('key.saved');
    await page.getByTestId('vk-api-key-check').click();
    await expect
      .poll(() => page.getByTestId('vk-api-key-message').getAttribute('data-message'))
      .toBe('key.check.invalid');
    expect(await page.getByTestId('vk-api-key-message').textContent()).toContain('ВКонтакте не принял ключ');
    expect(await page.content()).not.toContain(WRONG_KEY);
    expect(api.stats.errors).toEqual({ 5: 1 });

    // then the right key, as copied (with stray spaces); the browser's «allow» for api.vk.com / api.vk.ru is given
    await page.getByTestId('vk-api-key-input').fill(`  ${KEY} `);
    expect(await page.getByTestId('vk-api-key-input').getAttribute('type')).toBe('password');
    await page.getByTestId('vk-api-key-save').click();
    await expect.poll(() => page.getByTestId('vk-api-key-message').getAttribute('data-message')).toBe('key.saved');
    expect(await page.getByTestId('vk-api-key-state').getAttribute('data-state')).toBe('saved');
    expect(await page.getByTestId('vk-api-key-input').inputValue()).toBe('');
    expect(
      await ext.worker.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://api.vk.com/*', 'https://api.vk.ru/*'] }),
      ),
    ).toBe(true);

    // step 6: «Проверить ключ» makes one harmless call
    await page.getByTestId('vk-api-key-check').click();
    await expect.poll(() => page.getByTestId('vk-api-key-message').getAttribute('data-message')).toBe('key.check.ok');
    expect(await page.getByTestId('vk-api-key-message').textContent()).toContain('Ключ работает');
    // the wrong key's request was refused before any method ran (error 5); the right one made one call
    expect(api.stats.calls).toEqual({ 'groups.getById': 1 });
    expect(apiRequests()).toHaveLength(2);

    // the key sits in its own storage item and nowhere else in storage.local
    const local = await ext.worker.evaluate(() => chrome.storage.local.get(null));
    expect(local.vkApiKey).toBe(KEY);
    const elsewhere = Object.entries(local).filter(([k, v]) => k !== 'vkApiKey' && JSON.stringify(v).includes(KEY));
    expect(elsewhere).toEqual([]);
    expect(JSON.stringify(local)).not.toContain(WRONG_KEY);
    await page.close();
  });

  it('audits a 300-group list through the API, the page closed mid-run: every group once', async () => {
    const links = [...GROUPS.map(linkOf), OK_URL];
    let page = await ext.openExtensionPage('batch.html?pacingMs=150');
    await page.getByTestId('paste-links').fill(links.join('\n'));
    await page.getByText('Добавить ссылки').click();
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('Добавлено: 301');
    await expect.poll(() => page.getByTestId('api-mode').getAttribute('data-state')).toBe('on');
    const pageRequestsBefore = sent.filter((s) => SITE_HOSTS.includes(s.host)).length;
    await page.getByTestId('run').click();

    await expect
      .poll(
        async () => (await storedCounts(ext.worker)).runs[0]?.items.filter((i) => i.state !== 'pending').length ?? 0,
        { interval: 100 },
      )
      .toBeGreaterThanOrEqual(60);
    const listHash = new URL(page.url()).hash;
    await page.close();
    const atClose = await storedCounts(ext.worker);
    expect(atClose.runs[0]?.items.filter((i) => i.state === 'pending').length).toBeGreaterThan(0);

    page = await ext.openExtensionPage(`batch.html?pacingMs=150${listHash}`);
    await expect
      .poll(() => page.getByTestId('run-panel').getAttribute('data-state'), { timeout: 180_000 })
      .toBe('done');
    expect(await page.getByTestId('progress-text').textContent()).toBe('Проверено 301 из 301');

    const stored = await storedCounts(ext.worker);
    const run = stored.runs[0];
    if (run === undefined) throw new Error('no run stored');
    const expected: Record<string, string> = { deleted: 'deleted', banned: 'blocked', private: 'private' };
    GROUPS.forEach((g, i) => {
      const item = run.items.find((x) => x.key === keyOf(g, i));
      expect([g.kind, item?.state, item?.error ?? null]).toEqual([
        g.kind,
        expected[g.kind] ? 'failed' : 'done',
        expected[g.kind] ?? null,
      ]);
      expect([keyOf(g, i), stored.audits[keyOf(g, i)]?.length]).toEqual([keyOf(g, i), 1]);
    });
    expect(run.items.find((x) => x.key.startsWith('ok:'))).toMatchObject({ state: 'done' });
    // VK's limits held on the API's side; the VK groups never went through the pages
    expect(api.stats.maxPerSecond).toBeLessThanOrEqual(3);
    expect(Math.max(...api.stats.executeCalls)).toBeLessThanOrEqual(25);
    expect(api.stats.calls['groups.getById']).toBeGreaterThanOrEqual(1);
    const pageRequests = sent.filter((s) => SITE_HOSTS.includes(s.host)).slice(pageRequestsBefore);
    expect(pageRequests.filter((s) => s.host.includes('vk'))).toEqual([]);
    expect(pageRequests.some((s) => s.host.includes('ok.ru'))).toBe(true);
    // the table says where the figures came from
    const row = page.getByTestId('result-row').filter({ hasText: 'Учреждение № 1' }).first();
    expect(await row.getAttribute('data-source')).toBe('api');
    await page.close();
  });

  it('keeps the key out of IndexedDB, the backup and every request but the API’s own', async () => {
    const dump = await ext.worker.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('gospabliki-audit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const all = names.map((n) => tx.objectStore(n).getAll());
            tx.oncomplete = () => {
              db.close();
              resolve(JSON.stringify(all.map((r) => r.result)));
            };
          };
        }),
    );
    expect(dump.length).toBeGreaterThan(100_000);
    expect(dump).not.toContain(KEY);

    const page = await ext.openExtensionPage('batch.html');
    await page.getByTestId('result-row').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="backup"]').click(),
    ]);
    const path = await download.path();
    const backup = readFileSync(path, 'utf8');
    expect(backup).toContain('gospabliki-audit-backup');
    expect(backup).not.toContain(KEY);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="csv"]').click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv).toContain('через API ВКонтакте');
    expect(csv).not.toContain(KEY);
    await page.close();

    // the key went only to the API hosts, in the POST body, never in an address or a header
    const withKey = sent.filter(
      (s) => s.url.includes(KEY) || (s.post ?? '').includes(KEY) || JSON.stringify(s.headers).includes(KEY),
    );
    expect(withKey.length).toBeGreaterThan(10);
    expect(withKey.every((s) => (VK_API_HOSTS as readonly string[]).includes(s.host) && !s.url.includes(KEY))).toBe(
      true,
    );
    expect(sent.every((s) => [...SITE_HOSTS, ...VK_API_HOSTS].includes(s.host))).toBe(true);
    expect(ext.blockedRequests).toEqual([]);
    expect([...api.keysSeen]).toEqual([WRONG_KEY, KEY]);
  });

  it('the popup fills what the page reading could not from the API and reports where they disagree', async () => {
    const url = new URL(readFileSync(new URL('../fixtures/vk/g3-datatestid/url.txt', import.meta.url), 'utf8').trim());
    server.route(url.hostname, url.pathname, { body: fixtureHtml('vk', 'g3-datatestid') });
    const calls = api.stats.calls['groups.getById'] ?? 0;
    const tab = await ext.context.newPage();
    await tab.goto(url.href);
    await waitForContentScript(ext, tab);
    const popup = await ext.openPopupFor(tab, '&collect=off');
    // filled from the API: the cover and ПОС items (unknown on the page) now pass
    await expect.poll(() => popup.getByTestId('check-cover').getAttribute('data-status')).toBe('pass');
    expect(await popup.getByTestId('check-pos-widget').getAttribute('data-status')).toBe('pass');
    // a disagreement keeps «есть» (never a false «нет»): the badge on the page, no mark in the API
    expect(await popup.getByTestId('check-gov-mark').getAttribute('data-status')).toBe('pass');
    expect(api.stats.calls['groups.getById']).toBe(calls + 1);
    await popup.getByTestId('diagnostics').locator('summary').click();
    // each disagreement is a reading note in words (no codes), naming the field
    const diag = (await popup.getByTestId('diag-notes').locator('li[data-kind="api"]').allTextContents()).join('\n');
    expect(await popup.getByTestId('diagnostics').textContent()).not.toContain(KEY);
    expect(diag).toContain('VK API и страница расходятся: отметка «Госорганизация»');
    expect(diag).toContain('VK API и страница расходятся: аватар');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('snapshot').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).not.toContain(KEY);
    const snap = JSON.parse(text) as { apiComparison: { fields: { field: string; kind: string }[] } };
    expect(snap.apiComparison.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'govMark', kind: 'disagree' }),
        expect.objectContaining({ field: 'avatar', kind: 'disagree' }),
        expect.objectContaining({ field: 'cover', kind: 'filled' }),
        expect.objectContaining({ field: 'members', kind: 'filled' }),
      ]),
    );
    await popup.close();
    await tab.close();
  });

  it('«Удалить ключ» removes the key and the permission; the lists page goes back to the pages', async () => {
    const page = await optionsPage();
    expect(await page.getByTestId('vk-api-key-state').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('vk-api-key-delete').click();
    await expect.poll(() => page.getByTestId('vk-api-key-message').getAttribute('data-message')).toBe('key.deleted');
    expect(await page.getByTestId('vk-api-key-state').getAttribute('data-state')).toBe('none');
    const local = await ext.worker.evaluate(() => chrome.storage.local.get(null));
    expect('vkApiKey' in local).toBe(false);
    expect(JSON.stringify(local)).not.toContain(KEY);
    expect(await ext.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://api.vk.com/*'] }))).toBe(
      false,
    );
    await page.close();
    const lists = await ext.openExtensionPage('batch.html');
    await lists.getByTestId('run-panel').waitFor();
    expect(await lists.getByTestId('api-mode').count()).toBe(0);
    await lists.close();
  });

  it('no page or worker of the extension wrote the key to the console or an error', async () => {
    // the capture works (a probe from a page and from the worker arrives)
    const page = await ext.openExtensionPage('options.html');
    await page.evaluate(() => console.info('gp-log-probe-page'));
    await ext.worker.evaluate(() => console.info('gp-log-probe-worker'));
    await expect.poll(() => logs.some((l) => l.includes('gp-log-probe-page'))).toBe(true);
    await expect.poll(() => logs.some((l) => l.includes('gp-log-probe-worker'))).toBe(true);
    await page.close();
    expect(logs.filter((l) => l.includes(KEY) || l.includes(WRONG_KEY))).toEqual([]);
  });
});
