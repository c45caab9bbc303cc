/**
 * The batch audit in a real browser: a list of 30 groups (VK layouts and OK from the readers' fixtures, a blocked and
 * a deleted group, a page that is not found, one private group, one rate-limited then recovering) served locally,
 * pasted into the «Списки групп» page and audited end to end with the real readers, collectors and engine, with a
 * small pacing delay. The page is closed mid-run and reopened; the run completes with every group audited exactly once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURES, fixture, idOf } from './fixture-pages';
import { type Extension, launchExtension, storedCounts } from './harness';
import { type FixtureServer, startFixtureServer } from './server';

interface Entry {
  /** Fixture folder, e.g. 'vk/g2-redesigned'. */
  fixture: string;
  /** The URL the list holds; the fixture's own id is replaced by the one in this URL. */
  url: string;
  /** What the run must record on the group. */
  expect: 'done' | 'failed';
  error?: string;
  transform?: (html: string) => string;
  /** First answers are 429 (rate limit), then the page. */
  rateLimited?: number;
  /** No page at all (404). */
  missing?: boolean;
}

const VK_OPEN = [
  'ad-post',
  'clip',
  'closed',
  'default-avatar-no-cover',
  'g1-2016',
  'g2-redesigned',
  'g3-100-posts',
  'g3-datatestid',
  'mobile',
  'nested-repost',
  'over-10k-no-registry',
  'over-10k-registry',
  'pinned-old-post',
];
const OK_OPEN = [
  'ad-post',
  'closed-group',
  'desktop-group',
  'large-no-registry',
  'large-registry',
  'mobile-group',
  'no-avatar-cover',
  'reshare',
];

function entries(): Entry[] {
  const list: Entry[] = [];
  let next = 910_000;
  const vk = (name: string, extra: Partial<Entry> = {}) => {
    const host = name === 'mobile' ? 'm.vk.com' : 'vk.com';
    list.push({ fixture: `vk/${name}`, url: `https://${host}/club${++next}`, expect: 'done', ...extra });
  };
  const ok = (name: string, extra: Partial<Entry> = {}) => {
    const host = name === 'mobile-group' ? 'm.ok.ru' : 'ok.ru';
    list.push({
      fixture: `ok/${name}`,
      url: `https://${host}/group/${70_000_009_000_000 + ++next}`,
      expect: 'done',
      ...extra,
    });
  };
  for (const name of VK_OPEN) vk(name);
  for (const name of OK_OPEN) ok(name);
  // Screen-name groups keep their fixture URL.
  list.push({ fixture: 'vk/pos-links', url: fixture('vk/pos-links').url, expect: 'done' });
  list.push({ fixture: 'ok/pos-links', url: fixture('ok/pos-links').url, expect: 'done' });
  vk('g2-redesigned', { rateLimited: 2 });
  vk('g3-datatestid');
  ok('desktop-group');
  vk('blocked', { expect: 'failed', error: 'blocked' });
  ok('deleted-group', { expect: 'failed', error: 'deleted' });
  vk('closed', {
    expect: 'failed',
    error: 'private',
    transform: (html) => html.replace('Это закрытая группа', 'Это частное сообщество'),
  });
  vk('g2-redesigned', { expect: 'failed', error: 'not-found', missing: true });
  return list;
}

const ENTRIES = entries();

/**
 * Answers the first `after` page requests at once and holds the rest until release(): the test closes the page
 * while the run is surely in the middle, however fast or slow the machine runs it.
 */
function holdAfter(after: number) {
  let answered = 0;
  let release = () => {};
  let holding = () => {};
  const released = new Promise<void>((resolveHold) => {
    release = resolveHold;
  });
  /** Resolves when the first request is held. */
  const reached = new Promise<void>((resolveReached) => {
    holding = resolveReached;
  });
  return {
    release,
    reached,
    wait: async () => {
      answered++;
      if (answered <= after) return;
      holding();
      await released;
    },
  };
}

function serve(server: FixtureServer, hold: ReturnType<typeof holdAfter>) {
  for (const entry of ENTRIES) {
    // The list stores the canonical address (m.vk.com → vk.com, m.ok.ru → ok.ru): the batch fetches that one.
    const url = new URL(entry.url.replace('//m.', '//'));
    if (entry.missing) continue; // the server answers 404
    const source = fixture(entry.fixture);
    const oldId = idOf(source.url);
    const newId = idOf(entry.url);
    let html = oldId !== null && newId !== null ? source.html.replaceAll(oldId, newId) : source.html;
    if (entry.transform) html = entry.transform(html);
    let answers = 0;
    server.route(url.host, url.pathname, async () => {
      await hold.wait();
      answers++;
      if (entry.rateLimited !== undefined && answers <= entry.rateLimited) {
        return { status: 429, body: 'Too Many Requests', contentType: 'text/html; charset=utf-8' };
      }
      return { body: html, contentType: 'text/html; charset=utf-8' };
    });
  }
}

describe.skipIf(inject('skipE2E'))('batch audit of a 30-group list in a real browser', () => {
  let server: FixtureServer;
  let ext: Extension;
  const hold = holdAfter(10);

  beforeAll(async () => {
    server = await startFixtureServer();
    serve(server, hold);
    ext = await launchExtension({ server });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('audits every group exactly once across a page closed mid-run', async () => {
    expect(ENTRIES).toHaveLength(30);
    let page = await ext.openExtensionPage('batch.html?pacingMs=150');
    await page.getByTestId('paste-links').fill(ENTRIES.map((e) => e.url).join('\n'));
    await page.getByText('Добавить ссылки').click();
    await expect.poll(() => page.getByTestId('result-row').count()).toBe(30);
    expect(await page.getByTestId('import-report').textContent()).toContain('Добавлено: 30');
    await page.getByTestId('run').click();

    // Close the page in the middle of the run: the server answers ten pages and holds the next one.
    await hold.reached;
    const listHash = new URL(page.url()).hash;
    await page.close();

    const atClose = await storedCounts(ext.worker);
    expect(atClose.runs[0]?.state).toBe('running');
    const doneAtClose = atClose.runs[0]?.items.filter((i) => i.state !== 'pending').length ?? 0;
    expect(doneAtClose).toBeGreaterThan(0);
    expect(doneAtClose).toBeLessThan(30);

    // Reopen: the run resumes by itself and completes.
    hold.release();
    page = await ext.openExtensionPage(`batch.html?pacingMs=150${listHash}`);
    await expect.poll(() => page.getByTestId('run-panel').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('progress-text').textContent()).toBe('Проверено 30 из 30');

    const stored = await storedCounts(ext.worker);
    const run = stored.runs[0];
    if (run === undefined) throw new Error('no run stored');
    const keyOf = (url: string) => {
      const u = new URL(url);
      const id = idOf(url);
      if (id !== null) return `${u.hostname.includes('ok') ? 'ok' : 'vk'}:${id}`;
      return `${u.hostname.includes('ok') ? 'ok' : 'vk'}:@${u.pathname.slice(1).toLowerCase()}`;
    };
    for (const entry of ENTRIES) {
      const key = keyOf(entry.url);
      const item = run.items.find((i) => i.key === key);
      expect(item, entry.url).toBeDefined();
      expect([entry.url, item?.state, item?.error ?? null]).toEqual([entry.url, entry.expect, entry.error ?? null]);
      // Exactly one audit per group, as many groups as the list holds.
      expect([entry.url, stored.audits[key]?.length]).toEqual([entry.url, 1]);
    }
    expect(Object.keys(stored.audits)).toHaveLength(30);

    // The table shows the failed groups first and the set's indicators above it.
    const firstRows = await page
      .getByTestId('result-row')
      .evaluateAll((rows) => rows.slice(0, 4).map((r) => (r as HTMLElement).dataset.read));
    expect(firstRows).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(await page.getByTestId('set-indicators').isVisible()).toBe(true);
    // Minimum requirements by hand, from the fixtures' expected pages: items present ÷ items known, over the groups read.
    let present = 0;
    let known = 0;
    for (const entry of ENTRIES.filter((e) => e.expect === 'done')) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, entry.fixture, 'expected.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      for (const field of ['cover', 'avatar', 'description', 'posWidget']) {
        if (expected[field] === 'present') present++;
        if (expected[field] === 'present' || expected[field] === 'missing') known++;
      }
    }
    const minByHand = `${((present / known) * 100).toFixed(2).replace('.', ',')}%`;
    expect(await page.getByTestId('ind-min').textContent()).toContain(minByHand);
    expect(await page.getByTestId('ind-min').textContent()).toContain(`${present} из ${known}`);
    // The rate-limited group was asked three times (twice refused), never recorded as failed.
    const rateLimited = ENTRIES.find((e) => e.rateLimited !== undefined);
    const asked = server.requests.filter((r) => rateLimited && r.url === rateLimited.url.replace('//m.', '//')).length;
    expect(asked).toBe(3);
    expect(ext.blockedRequests).toEqual([]);
    await page.close();
  });
});
