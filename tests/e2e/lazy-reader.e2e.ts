/**
 * The content scripts' lazy reader modules in a real browser. On every VK/OK page only the small shell runs; it
 * imports its site's reader module (vk-reader.js / ok-reader.js: reader, collector, page-bridge client, sanitiser)
 * into its isolated world where the URL may be a community, or when the popup needs it:
 * - a page that is no community (feed, a person's page) never loads it, and the popup still explains the page;
 * - a community page loads it once, from the per-session (dynamic) URL; the background gets `pageRead` (the badge)
 *   before any popup opens; the page can neither see the module nor fetch it at the extension's fixed URL;
 * - in-page navigation to a community loads it;
 * - on OK the module collects older posts through the feed continuation (the VK bridge and wall pagination are
 *   checked through the same module by bridge.e2e.ts and popup.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Extension, launchExtension, waitForContentScript } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const plain = (title: string) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

const OK_GROUP = '70000001234567';
/** Feed continuation markers of tests/fixtures/ok/desktop-group → the fragment that answers each. */
const OK_CONTINUATION: Record<string, string> = {
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAxMDI: 'page-2.html',
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDk1: 'page-3.html',
  AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDkx: 'page-4.html',
};

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => {
      data += chunk.toString('utf8');
    });
    req.on('end', () => resolve(data));
  });
}

interface ModuleLoad {
  module: string;
  url: string;
  page: string;
}

describe.skipIf(inject('skipE2E'))('the lazily loaded reader modules', () => {
  let server: FixtureServer;
  let ext: Extension;
  const loads: ModuleLoad[] = [];
  const markers: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('vk.com', '/feed', { body: plain('Новости') });
    server.route('vk.com', '/id1', { body: plain('Иван Петров') });
    server.route('ok.ru', '/feed', { body: plain('Лента') });
    server.route('vk.com', '/club123456', { body: fixture('vk/g3-100-posts/source.html') });
    server.route('ok.ru', `/group/${OK_GROUP}`, async (req) => {
      if (req.method !== 'POST') return { body: fixture('ok/desktop-group/source.html') };
      const marker = new URLSearchParams(await bodyOf(req)).get('st.markerB') ?? '';
      markers.push(marker);
      const file = OK_CONTINUATION[marker];
      return file
        ? { body: fixture(`ok/feed-continuation/${file}`) }
        : { status: 404, body: fixture('ok/feed-continuation/error.html') };
    });
    ext = await launchExtension({ server });
    // Every pageRead notice the background receives, by tab and URL: the shell's look at a page is over once its
    // notice has arrived (listening beside the background's own listener, answering nothing).
    await ext.worker.evaluate(() => {
      const notices: { tabId: number | undefined; url: string | undefined }[] = [];
      (globalThis as { __pageReads?: typeof notices }).__pageReads = notices;
      chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
        if (message?.type === 'pageRead') notices.push({ tabId: sender.tab?.id, url: sender.tab?.url });
      });
    });
    ext.context.on('request', (req: Request) => {
      const m = /\/((?:vk|ok)-reader\.js)$/.exec(req.url());
      // Chrome serves the dynamic URL by an internal redirect to the fixed one: count the load once, by its first URL
      if (!m?.[1] || req.redirectedFrom()) return;
      let page = '';
      try {
        page = req.frame().url();
      } catch {}
      loads.push({ module: m[1], url: req.url(), page });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const loadsOn = (url: string) => loads.filter((l) => l.page === url);

  const ping = (tab: Page) => waitForContentScript(ext, tab);

  /** pageRead notices the background had from this tab while it showed `url`. */
  const noticesFrom = (tabId: number, url: string) =>
    ext.worker.evaluate(
      ([id, u]) =>
        ((globalThis as { __pageReads?: { tabId?: number; url?: string }[] }).__pageReads ?? []).filter(
          (n) => n.tabId === id && n.url === u,
        ).length,
      [tabId, url] as const,
    );

  const badgeOf = (tabId: number) => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  it.each([
    ['https://vk.com/feed', 'other'],
    ['https://vk.com/id1', 'profile'],
    ['https://ok.ru/feed', 'other'],
  ])('%s (no community): answers the popup without loading the reader module', async (url) => {
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const tabId = await ping(tab);
    const popup = await ext.openPopupFor(tab);
    const root = popup.getByTestId('popup');
    await expect.poll(() => root.getAttribute('data-state')).toBe('none');
    // past the shell's first look at the page (300 ms after load), which told the background «no community»
    await expect.poll(() => noticesFrom(tabId, url)).toBeGreaterThan(0);
    expect(loadsOn(url)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('a VK community loads the VK module once, at a per-session URL; the badge comes before any popup', async () => {
    const url = 'https://vk.com/club123456';
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const tabId = await ping(tab);
    // the shell's first reading reached the background (pageRead → badge) without the popup
    await expect.poll(() => badgeOf(tabId)).not.toBe('');
    const popup = await ext.openPopupFor(tab, '&collect=off');
    await popup.getByTestId('predicted-score').waitFor();
    expect(loadsOn(url).map((l) => l.module)).toEqual(['vk-reader.js']);
    const moduleUrl = new URL(loadsOn(url)[0]?.url ?? '');
    expect(moduleUrl.protocol).toBe('chrome-extension:');
    expect(moduleUrl.host).not.toBe(ext.extensionId); // use_dynamic_url: not the fixed, probe-able id
    // the page sees neither the module's registry (isolated world) nor our scripts at the extension's fixed URL
    expect(await tab.evaluate(() => Symbol.for('gospabliki.contentReaders') in window)).toBe(false);
    for (const file of ['vk-reader.js', 'page-bridge.js']) {
      const probe = await tab.evaluate(
        (u) =>
          fetch(u).then(
            (r) => r.status,
            () => 'blocked',
          ),
        `chrome-extension://${ext.extensionId}/${file}`,
      );
      expect(probe, file).toBe('blocked');
    }
    await popup.close();
    await tab.close();
  });

  it('in-page navigation from the feed to a community loads the module then', async () => {
    const tab = await ext.context.newPage();
    await tab.goto('https://vk.com/feed');
    const tabId = await ping(tab);
    await expect.poll(() => noticesFrom(tabId, 'https://vk.com/feed')).toBeGreaterThan(0);
    expect(loadsOn('https://vk.com/feed')).toEqual([]);
    await tab.evaluate(() => history.pushState(null, '', '/club777'));
    await expect.poll(() => loadsOn('https://vk.com/club777').length).toBe(1);
    // the module read the page at its new URL and told the background
    await expect.poll(() => badgeOf(tabId)).not.toBe('');
    await tab.close();
  });

  it('a snapshot (the popup’s diagnostics) loads the module even where the URL is no community', async () => {
    const url = 'https://vk.com/id1';
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const tabId = await ping(tab);
    expect(loadsOn(url)).toEqual([]);
    const answer = (await ext.worker.evaluate(
      (id) =>
        new Promise((resolve) =>
          chrome.tabs.sendMessage(id, { id: 2, type: 'snapshot', data: undefined, timestamp: Date.now() }, resolve),
        ),
      tabId,
    )) as { res?: { url: string; html: string; page: unknown } };
    expect(answer.res).toMatchObject({ url, page: null });
    expect(answer.res?.html.startsWith('<!doctype html>\n<html')).toBe(true);
    expect(answer.res?.html).toContain('<h1>Иван Петров</h1>'); // the live document, as the page shows it
    expect(loadsOn(url).map((l) => l.module)).toEqual(['vk-reader.js']);
    await tab.close();
  });

  it('an OK group loads the OK module, which collects older posts through the feed continuation', async () => {
    const url = `https://ok.ru/group/${OK_GROUP}`;
    const tab = await ext.context.newPage();
    await tab.goto(url);
    await ping(tab);
    const popup = await ext.openPopupFor(tab, `&now=${encodeURIComponent('2026-11-20T09:00:00.000Z')}`);
    const coverage = popup.getByTestId('coverage');
    await expect.poll(() => coverage.getAttribute('data-coverage')).toBe('full');
    // page-3 crosses the cut-off (1 October, for 20 November): page-4 is never asked for
    expect(markers).toEqual(['AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAxMDI', 'AQAQAgAAAAFXaXQxNTUwMDAwMDAwMDAwMDk1']);
    expect(loadsOn(url).map((l) => l.module)).toEqual(['ok-reader.js']);
    expect(loads.some((l) => l.module === 'vk-reader.js' && l.page.startsWith('https://ok.ru/'))).toBe(false);
    await popup.close();
    await tab.close();
  });
});
