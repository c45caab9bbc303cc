import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const page = (title: string) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

describe.skipIf(inject('skipE2E'))('the extension in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('vk.com', '/club1', { body: page('Тестовое сообщество ВК') });
    server.route('ok.ru', '/group/1', { body: page('Тестовая группа ОК') });
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each([
    ['https://vk.com/club1', 'vk', 'Тестовое сообщество ВК'],
    ['https://ok.ru/group/1', 'ok', 'Тестовая группа ОК'],
  ])('runs the content script on %s and answers the extension (ping)', async (url, site, title) => {
    const tab = await ext.context.newPage();
    await tab.goto(url);
    await expect.poll(() => tab.title()).toBe(title);
    const tabId = await ext.tabIdOf(tab);
    // The same wrapped message the popup sends (@webext-core/messaging format).
    const answer = await ext.worker.evaluate(
      (id) =>
        new Promise((resolve) =>
          chrome.tabs.sendMessage(id, { id: 1, type: 'ping', data: undefined, timestamp: Date.now() }, resolve),
        ),
      tabId,
    );
    expect(answer).toMatchObject({ res: { url, site, title } });
    const popup = await ext.openPopupFor(tab);
    await popup.getByTestId('popup').and(popup.locator(':not([data-state="loading"])')).waitFor();
    expect(await popup.getByTestId('popup').getAttribute('data-state')).not.toBe('error');
    await popup.close();
    await tab.close();
  });

  it('runs the browser in Russian, as our users do', async () => {
    expect(await ext.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ru/);
  });

  it('sends nothing to hosts other than VK and OK', () => {
    expect(ext.blockedRequests).toEqual([]);
  });
});
