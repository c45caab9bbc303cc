// @vitest-environment jsdom
/** The popup stores each read's audit in the history database (fake-indexeddb), once per read. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeI18n } from '../../components/i18n';
import { App, type PopupDeps } from '../../entrypoints/popup/App';
import { type HistoryInput, type HistoryOutcome, saveToHistory } from '../../entrypoints/popup/history';
import { closeHistory, listAudits, resolveGroupKey, useHistoryDatabase } from '../../lib/ext/history';
import { type CollectState, IDLE_COLLECT, type PageAnswer } from '../../lib/ext/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/ext/settings';
import { healthyPage, NOW, renderIn, ZONE } from './helpers';

let dbName = '';
let seq = 0;
beforeEach(() => {
  seq += 1;
  dbName = `popup-history-${seq}`;
  useHistoryDatabase(dbName);
});
afterEach(async () => {
  cleanup();
  await closeHistory(dbName);
});

const community = (collect: CollectState = IDLE_COLLECT, p = healthyPage()): PageAnswer => ({
  kind: 'community',
  page: { ...p, readAt: NOW.toISOString() },
  collect,
  readMs: 1,
});

function deps(readPage: PopupDeps['readPage'], extra: Partial<PopupDeps> = {}): PopupDeps {
  let settings: Settings = { ...DEFAULT_SETTINGS, timeZoneConfirmed: true };
  return {
    i18n: makeI18n('ru'),
    browserTimeZone: ZONE,
    now: () => NOW,
    tabId: async () => 7,
    readPage,
    collect: vi.fn(async (): Promise<CollectState> => ({ ...IDLE_COLLECT, status: 'collecting' })),
    snapshot: vi.fn(),
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      settings = s;
      return s;
    },
    setAudienceSize: async (key, size) => {
      settings = { ...settings, audienceSizes: size === null ? {} : { [key]: size } };
      return settings;
    },
    download: vi.fn(),
    batchUrl: 'chrome-extension://x/batch.html',
    saveHistory: saveToHistory,
    pollMs: 10,
    ...extra,
  };
}

const key = () => resolveGroupKey(healthyPage());

describe('popup history', () => {
  it('stores the audit of the open page once, with source popup, the read time and the rule set', async () => {
    const saveHistory = vi.fn(saveToHistory);
    renderIn(<App deps={deps(async () => community(), { saveHistory })} />);
    await screen.findByTestId('audit');
    await waitFor(async () => expect(await listAudits(await key())).toHaveLength(1));
    const [record] = await listAudits(await key());
    expect(record?.source).toBe('popup');
    expect(record?.at).toBe(NOW.toISOString());
    expect(record?.status).toBe('complete');
    expect(record?.postCount).toBe(healthyPage().posts.length);
    expect(record?.settings?.timeZone).toBe(ZONE);
    expect(record?.audit).not.toBeNull();
    expect(record?.previous).not.toBeNull();

    // Re-audits on the same read (an audience size entered) are not new reads.
    fireEvent.input(await screen.findByTestId('audience-input'), { target: { value: '3000' } });
    fireEvent.submit(screen.getByTestId('audience-form'));
    await waitFor(() => expect(screen.getByTestId('predicted-score').textContent).not.toBe('—'));
    expect(saveHistory).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('history-notice')).toBeNull();

    // A refresh is a new read.
    fireEvent.click(screen.getByText('Прочитать заново'));
    await waitFor(async () => expect(await listAudits(await key())).toHaveLength(2));
    expect(saveHistory).toHaveBeenCalledTimes(2);
  });

  it('waits for the collection of older posts to end, then stores the completed read', async () => {
    const short = healthyPage({ postsSince: '2026-11-20T00:00:00Z' });
    let reads = 0;
    const saveHistory = vi.fn(async (_input: HistoryInput): Promise<HistoryOutcome> => 'saved');
    const readPage = vi.fn(async () => {
      reads += 1;
      if (reads === 1) return community(IDLE_COLLECT, short);
      if (reads < 3) return community({ ...IDLE_COLLECT, status: 'collecting', pages: reads }, short);
      return community({ ...IDLE_COLLECT, status: 'done', pages: 3, posts: 30 });
    });
    const d = deps(readPage, { saveHistory });
    renderIn(<App deps={d} />);
    await waitFor(() => expect(d.collect).toHaveBeenCalledOnce());
    await waitFor(() => expect(screen.getByTestId('coverage').dataset.coverage).not.toBe('collecting'));
    await waitFor(() => expect(saveHistory).toHaveBeenCalledOnce());
    expect(saveHistory.mock.calls[0]?.[0]).toMatchObject({ page: { postsSince: healthyPage().postsSince } });
    await new Promise((r) => setTimeout(r, 50));
    expect(saveHistory).toHaveBeenCalledOnce();
  });

  it('a full disk shows a small notice and leaves the audit on screen', async () => {
    const saveHistory = vi.fn(async (): Promise<HistoryOutcome> => 'quota');
    renderIn(<App deps={deps(async () => community(), { saveHistory })} />);
    const notice = await screen.findByTestId('history-notice');
    expect(notice.dataset.reason).toBe('quota');
    expect(notice.textContent).toContain('нет места');
    expect(screen.getByTestId('audit')).toBeTruthy();
    expect(screen.getByTestId('predicted-score')).toBeTruthy();
  });

  it('a storage module that throws is reported as failed, never breaks the popup', async () => {
    const saveHistory = vi.fn(async (): Promise<HistoryOutcome> => {
      throw new Error('boom');
    });
    renderIn(<App deps={deps(async () => community(), { saveHistory })} />);
    expect((await screen.findByTestId('history-notice')).dataset.reason).toBe('failed');
    expect(screen.getByTestId('audit')).toBeTruthy();
  });
});
