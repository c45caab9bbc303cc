/**
 * Real-browser harness: the built extension in the system Chromium (Debian `chromium`, or $CHROME_PATH),
 * VK and OK host names — and VK's API hosts (api.vk.com, api.vk.ru: the fake API, tests/e2e/fake-vk-api.ts) — mapped
 * to the local fixture server, every other request aborted.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { SITE_HOSTS } from '../../lib/ext/hosts';
import { VK_API_HOSTS, VK_API_ORIGINS } from '../../lib/vkapi/limits';
import type { FixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/**
 * How long a browser step may take before it counts as failed (Playwright's own default is 30 s): a step that is
 * quick when the machine is free can take many times longer on a busy two-core machine, and waiting longer costs
 * nothing when the step succeeds. Explicit waits in the tests need no timeout of their own.
 */
export const SLOW_MACHINE_TIMEOUT = 180_000;

/** Every host the fixture server answers for: the sites and VK's API. */
export const MAPPED_HOSTS: readonly string[] = [...SITE_HOSTS, ...VK_API_HOSTS];

export function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the browser tried to send to hosts other than the mapped ones (all aborted). */
  blockedRequests: string[];
  /** Opens popup.html?tabId=<id of page> in a new tab and waits for it to load. */
  openPopupFor(page: Page, query?: string): Promise<Page>;
  /** The numeric tab id of a page, from the extension's point of view. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (e.g. 'batch.html'). */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Allows VK's API hosts the way a user does in chrome://extensions («Доступ к сайтам»): the browser's permission
   * dialog cannot be clicked by the automation, and once the hosts are allowed there the extension's own
   * `permissions.request` is granted without it.
   */
  allowApiHosts(): Promise<void>;
  close(): Promise<void>;
}

export async function launchExtension(options: { server: FixtureServer; extensionDir?: string }): Promise<Extension> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  const extDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run \`npx wxt build --mode e2e\` first`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'gp-profile-'));
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${options.server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Chromium takes its UI language (and so the extension's i18n.getUILanguage()) from LANGUAGE on Linux;
    // LANG must name a locale the machine has (C.UTF-8 always exists), or non-ASCII file names are refused.
    env: { ...process.env, LANGUAGE: 'ru', LANG: 'C.UTF-8' },
    timeout: SLOW_MACHINE_TIMEOUT,
    headless: false,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=ru-RU',
    ],
  });
  context.setDefaultTimeout(SLOW_MACHINE_TIMEOUT);
  const blockedRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    if (MAPPED_HOSTS.includes(url.hostname)) return route.continue();
    blockedRequests.push(url.href);
    return route.abort();
  });
  // A loaded machine can take a while to start the extension's service worker.
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: SLOW_MACHINE_TIMEOUT }));
  const extensionId = new URL(worker.url()).host;
  await worker.evaluate(() => chrome.runtime.id);

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab found for ${url}`);
    return id;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  const allowApiHosts = async () => {
    const page = await context.newPage();
    await page.goto('chrome://extensions/');
    await page.evaluate(
      async ({ id, origins }) => {
        const dp = (
          globalThis as { chrome?: { developerPrivate?: { addHostPermission(i: string, h: string): Promise<void> } } }
        ).chrome?.developerPrivate;
        if (!dp) throw new Error('chrome://extensions has no developerPrivate');
        for (const origin of origins) await dp.addHostPermission(id, origin);
      },
      { id: extensionId, origins: [...VK_API_ORIGINS] },
    );
    await page.close();
  };

  return {
    context,
    extensionId,
    worker,
    blockedRequests,
    tabIdOf,
    openExtensionPage,
    allowApiHosts,
    async openPopupFor(page, query = '') {
      const tabId = await tabIdOf(page);
      return openExtensionPage(`popup.html?tabId=${tabId}${query}`);
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface StoredCounts {
  audits: Record<string, string[]>;
  runs: { state: string; items: { key: string; state: string; error: string | null }[] }[];
}

/** Reads the history database from the service worker (same origin as the batch page, and it resumes nothing). */
export function storedCounts(worker: Worker): Promise<StoredCounts> {
  return worker.evaluate(
    () =>
      new Promise<StoredCounts>((resolveCounts, reject) => {
        const open = indexedDB.open('gospabliki-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['audits', 'queue'], 'readonly');
          const audits = tx.objectStore('audits').getAll();
          const runs = tx.objectStore('queue').getAll();
          tx.oncomplete = () => {
            const byKey: Record<string, string[]> = {};
            for (const a of audits.result as { groupKey: string; status: string }[]) {
              byKey[a.groupKey] = [...(byKey[a.groupKey] ?? []), a.status];
            }
            db.close();
            resolveCounts({ audits: byKey, runs: runs.result as StoredCounts['runs'] });
          };
        };
      }),
  );
}

/** Waits until the content script of a tab answers a ping (it runs after the page's load); answers the tab's id. */
export async function waitForContentScript(ext: Extension, tab: Page): Promise<number> {
  const tabId = await ext.tabIdOf(tab);
  const ping = () =>
    ext.worker.evaluate(
      (id) =>
        new Promise((resolve) =>
          chrome.tabs.sendMessage(id, { id: 1, type: 'ping', data: undefined, timestamp: Date.now() }, (r) => {
            void chrome.runtime.lastError;
            resolve(r ?? null);
          }),
        ),
      tabId,
    );
  await expect.poll(ping).not.toBeNull();
  return tabId;
}
