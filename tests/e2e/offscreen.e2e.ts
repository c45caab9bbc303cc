/**
 * Background re-reads in Chrome's service worker (no DOMParser there): a tracked VK group is fetched from the
 * service worker, its HTML is read in the offscreen document (/offscreen.html), audited, and stored in the history
 * with the fixture's real content — name, members, «Госорганизация», posts. The offscreen document is closed after
 * the run.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { type FixtureServer, fixtureHtml, startFixtureServer } from './server';

const FIXTURE = 'g2-redesigned';
const expected = JSON.parse(
  readFileSync(new URL(`../fixtures/vk/${FIXTURE}/expected.json`, import.meta.url), 'utf8'),
) as { url: string; name: string; members: number; govMark: string; posts: unknown[] };
const KEY = 'vk:123456';

interface Hook {
  reread(iso: string): Promise<{
    due: boolean;
    notifications: { id: string; message: string }[];
    outcomes: {
      key: string;
      status: string;
      value?: { name: string | null; members: number | null; govMark: string };
    }[];
  }>;
  track(group: { key: string; url: string; name: string | null }): Promise<unknown>;
  saveSettings(s: unknown): Promise<unknown>;
}

interface StoredAudit {
  groupKey: string;
  source: string;
  status: string;
  page: { name?: string; members?: number; govMark?: string; postCount?: number } | null;
}

/** The history database's audits, read from the service worker. */
function storedAudits(worker: Worker): Promise<StoredAudit[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredAudit[]>((resolve, reject) => {
        const open = indexedDB.open('gospabliki-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('audits', 'readonly').objectStore('audits').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredAudit[]);
          };
        };
      }),
  );
}

const offscreenContexts = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);

describe.skipIf(inject('skipE2E'))('background re-read through the offscreen document (Chrome)', () => {
  let server: FixtureServer;
  let ext: Extension;

  beforeAll(async () => {
    server = await startFixtureServer();
    const url = new URL(expected.url);
    server.route(url.host, url.pathname, { body: fixtureHtml('vk', FIXTURE) });
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the service worker has no DOMParser and asks for the offscreen permission', async () => {
    expect(await ext.worker.evaluate(() => typeof DOMParser)).toBe('undefined');
    const permissions = await ext.worker.evaluate(() => chrome.runtime.getManifest().permissions ?? []);
    expect(permissions).toContain('offscreen');
    expect(await offscreenContexts(ext.worker)).toBe(0);
  });

  it('re-reads a tracked group: the stored audit holds the fixture page read in the offscreen document', async () => {
    await ext.worker.evaluate(
      async ([key, url]) => {
        const hook = (globalThis as unknown as { __gospablikiReminders: Hook }).__gospablikiReminders;
        await hook.saveSettings({
          enabled: true,
          quietHours: { enabled: false, start: '22:00', end: '09:00' },
          kinds: { 'week-closing': true, 'gov-mark-lost': true, 'rkn-threshold': true, 'name-changed': true },
        });
        await hook.track({ key, url, name: null });
      },
      [KEY, expected.url] as const,
    );
    const before = server.requests.filter((r) => r.url === expected.url).length;
    const result = await ext.worker.evaluate(
      (iso) => (globalThis as unknown as { __gospablikiReminders: Hook }).__gospablikiReminders.reread(iso),
      new Date().toISOString(),
    );
    // The page was fetched once, with the user's session, from the service worker…
    expect(server.requests.filter((r) => r.url === expected.url).length - before).toBe(1);
    // …and read: the observation carries the fixture's content (null if the page could not be parsed).
    expect(result.due).toBe(true);
    expect(result.outcomes).toHaveLength(1);
    const outcome = result.outcomes[0];
    expect(outcome?.status).toBe('done');
    expect(outcome?.value).toMatchObject({ name: expected.name, members: expected.members, govMark: expected.govMark });

    const audits = (await storedAudits(ext.worker)).filter((a) => a.groupKey === KEY);
    expect(audits).toHaveLength(1);
    expect(audits[0]?.source).toBe('reminder');
    expect(audits[0]?.status).not.toBe('failed');
    expect(audits[0]?.page).toMatchObject({
      name: expected.name,
      members: expected.members,
      govMark: expected.govMark,
      postCount: expected.posts.length,
    });
    // The document is closed after the run.
    expect(await offscreenContexts(ext.worker)).toBe(0);
  });
});
