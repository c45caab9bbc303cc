/**
 * What the extension sends over the network, in a real browser: the extension's own requests (its service worker,
 * its pages, and what its content script initiates) go to the VK and OK hosts only; the popup sends nothing at all.
 * The page's own requests (its images, scripts) are the page's and are not counted, but are seen (so the split is
 * real). Attribution: service-worker requests from Playwright (`request.serviceWorker()`), extension pages by their
 * frame URL, content-script requests by the initiator stack the DevTools protocol reports (a chrome-extension://
 * script URL anywhere in it).
 * A list holding MAX and Telegram pages (figures entered by hand) sends nothing to either (issue 19).
 * Also: a web page cannot reach the extension (no externally_connectable, so no chrome.runtime in the page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_HOSTS } from '../../lib/ext/hosts';
import { VK_API_HOSTS } from '../../lib/vkapi/limits';
import { serveWall } from '../bench/browser';
import { EXTENSION_DIR, type Extension, launchExtension } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

interface Seen {
  url: string;
  /** 'worker' | 'extension-page:<path>' | 'content-script' | 'page' */
  by: string;
}

const isOwn = (url: string) => /^(?:chrome-extension|data|blob):/.test(url);
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
const allowed = (url: string) => isOwn(url) || SITE_HOSTS.includes(hostOf(url));

interface StackLike {
  callFrames?: { url?: string }[];
  parent?: StackLike;
}
function stackUrls(stack: StackLike | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames ?? []) if (f.url) out.push(f.url);
  return out;
}

describe.skipIf(inject('skipE2E'))('network: the extension talks to VK and OK only', () => {
  let server: FixtureServer;
  let ext: Extension;
  const seen: Seen[] = [];
  const sessions: CDPSession[] = [];

  /** Content-script-initiated requests of a web page, by the initiator stack. */
  async function watchPage(page: Page) {
    if (page.url().startsWith('chrome-extension:')) return;
    const cdp = await ext.context.newCDPSession(page);
    sessions.push(cdp);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const initiator = e.initiator as { url?: string; stack?: StackLike };
      const urls = [initiator.url ?? '', ...stackUrls(initiator.stack)];
      if (urls.some((u) => u.startsWith('chrome-extension://')))
        seen.push({ url: e.request.url, by: 'content-script' });
    });
  }

  function classify(req: Request) {
    if (req.serviceWorker()) {
      seen.push({ url: req.url(), by: 'worker' });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = req.frame().url();
    } catch {
      return;
    }
    if (frameUrl.startsWith('chrome-extension://')) {
      seen.push({ url: req.url(), by: `extension-page:${new URL(frameUrl).pathname}` });
    } else {
      seen.push({ url: req.url(), by: 'page' });
    }
  }

  /** Audits in the extension's history database (0 before the database exists; never creates it). */
  const storedAudits = () =>
    ext.worker.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'gospabliki-audit')) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gospabliki-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('audits').objectStore('audits').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      });
    });

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ server });
    ext.context.on('request', classify);
    ext.context.on('page', (p) => {
      void watchPage(p);
    });
  });
  afterAll(async () => {
    for (const s of sessions) await s.detach().catch(() => {});
    await ext?.close();
    await server?.close();
  });

  it('sees the service worker’s requests (the probe the checks below rely on)', async () => {
    await ext.worker.evaluate(async () => {
      await fetch('https://vk.com/network-probe').catch(() => null);
      await fetch('https://probe.example.org/x').catch(() => null);
    });
    await expect
      .poll(() => seen.filter((s) => s.by === 'worker').map((s) => s.url))
      .toContain('https://probe.example.org/x');
    // the probes were ours: take them out again
    for (let i = seen.length - 1; i >= 0; i--)
      if (/network-probe|probe\.example\.org/.test(seen[i]?.url ?? '')) seen.splice(i, 1);
  });

  it('reads a VK and an OK page, opens the popup on each, and visits every extension page', async () => {
    const wall = serveWall(server, 30, 777_000_001);
    const okDir = new URL('../fixtures/ok/desktop-group/', import.meta.url).pathname;
    const okUrl = new URL(readFileSync(join(okDir, 'url.txt'), 'utf8').trim());
    server.route(okUrl.hostname, okUrl.pathname, { body: readFileSync(join(okDir, 'source.html')) });

    for (const [i, url] of [wall.url, okUrl.href].entries()) {
      const tab = await ext.context.newPage();
      await watchPage(tab);
      await tab.goto(url, { waitUntil: 'load' });
      const popup = await ext.openPopupFor(tab);
      await popup.getByTestId('predicted-score').waitFor();
      // the popup stores its audit once no collection of older posts is running or about to start: all it does
      await expect.poll(storedAudits).toBe(i + 1);
      await popup.close();
      await tab.close();
    }

    // each page until it has loaded what it shows
    const ready: Record<string, string> = {
      'options.html': '[data-testid="settings-form"]',
      'batch.html': '[data-testid="paste-links"]',
      'report.html': 'html[data-ready="true"]',
    };
    for (const [path, selector] of Object.entries(ready).filter(([p]) => existsSync(join(EXTENSION_DIR, p)))) {
      const page = await ext.openExtensionPage(path);
      await page.locator(selector).waitFor({ state: 'attached' });
      await page.close();
    }
    expect(seen.some((s) => s.by.startsWith('extension-page:/popup.html'))).toBe(true);
  });

  it('a list with MAX and Telegram pages is imported, run and opened without a request to either', async () => {
    const wall = serveWall(server, 10, 777_000_003);
    const page = await ext.openExtensionPage('batch.html?pacingMs=100');
    await page
      .getByTestId('paste-links')
      .fill(
        `Школа №5\t${wall.url}\thttps://max.ru/school5_gos\thttps://t.me/school5_tg\nhttps://web.max.ru/-68093732121255`,
      );
    await page.getByText('Добавить ссылки').click();
    await expect.poll(() => page.getByTestId('institution-row').count(), { timeout: 15_000 }).toBe(1);
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('run-panel').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect(await page.getByTestId('progress-text').textContent()).toBe('Проверено 1 из 1');
    await page.locator('[data-testid="platform-chip"][data-platform="max"]').click();
    await page.getByTestId('manual-week-1').fill('3');
    await page.getByTestId('manual-save').click();
    await expect.poll(() => page.getByTestId('manual-status').textContent()).toBe('Сохранено.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Excel (XLSX)').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.close();
    const messenger = /(^|\.)(max\.ru|oneme\.ru|t\.me|telegram\.me|telegram\.org)$/;
    const touched = [...seen.map((x) => x.url), ...ext.blockedRequests].filter((u) => messenger.test(hostOf(u)));
    expect(touched).toEqual([]);
  });

  it('made no extension request to any host but VK and OK', () => {
    if (process.env.GP_NET_DEBUG)
      console.log(
        JSON.stringify(
          seen.map((s) => `${s.by} ${s.url.slice(0, 90)}`),
          null,
          1,
        ),
      );
    const own = seen.filter((s) => s.by !== 'page');
    const forbidden = own.filter((s) => !allowed(s.url)).map((s) => `${s.by}: ${s.url}`);
    expect(forbidden).toEqual([]);
  });

  it('sent nothing to VK’s API hosts: no key is saved (docs/vk-api.md)', () => {
    const api = seen.filter((s) => (VK_API_HOSTS as readonly string[]).includes(hostOf(s.url)));
    expect(api.map((s) => `${s.by}: ${s.url}`)).toEqual([]);
    for (const r of server.requests) expect(VK_API_HOSTS).not.toContain(hostOf(r.url));
  });

  it('sent nothing at all from the popup (its own files aside)', () => {
    const popup = seen.filter((s) => s.by === 'extension-page:/popup.html' && !isOwn(s.url));
    expect(popup.map((s) => s.url)).toEqual([]);
  });

  it('counted the page’s own requests apart (they exist, and are not the extension’s)', () => {
    const pageOwn = seen.filter((s) => s.by === 'page');
    expect(pageOwn.length).toBeGreaterThan(0);
  });

  it('never let a request through to a host the fixture server does not impersonate', () => {
    for (const r of server.requests) expect(SITE_HOSTS).toContain(hostOf(r.url));
  });

  it('is not reachable from a web page (no chrome.runtime messaging into the extension)', async () => {
    const wall = serveWall(server, 10, 777_000_002);
    const tab = await ext.context.newPage();
    await tab.goto(wall.url, { waitUntil: 'load' });
    const reachable = await tab.evaluate((id) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return typeof c?.runtime?.sendMessage === 'function' ? id : null;
    }, ext.extensionId);
    expect(reachable).toBeNull();
    await tab.close();
  });
});
