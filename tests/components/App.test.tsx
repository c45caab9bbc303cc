// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupListsDeps } from '../../components/GroupLists';
import { makeI18n } from '../../components/i18n';
import { App, cutoffFor, type PopupDeps } from '../../entrypoints/popup/App';
import { type CollectState, IDLE_COLLECT, type PageAnswer } from '../../lib/ext/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/ext/settings';
import { healthyPage, NOW, page, posts, renderIn, ZONE } from './helpers';

afterEach(cleanup);

function deps(answer: PageAnswer | Error, extra: Partial<PopupDeps> = {}): PopupDeps {
  let settings: Settings = { ...DEFAULT_SETTINGS, timeZoneConfirmed: true };
  return {
    i18n: makeI18n('ru'),
    browserTimeZone: ZONE,
    now: () => NOW,
    tabId: async () => 7,
    readPage: vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    collect: vi.fn(async (): Promise<CollectState> => ({ ...IDLE_COLLECT, status: 'collecting' })),
    snapshot: vi.fn(async () => ({
      url: 'https://vk.com/club1',
      takenAt: NOW.toISOString(),
      html: '<html></html>',
      page: null,
    })),
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
    ...extra,
  };
}

const community = (p = healthyPage(), collect: CollectState = IDLE_COLLECT): PageAnswer => ({
  kind: 'community',
  page: p,
  collect,
  readMs: 1.5,
});

describe('popup App', () => {
  it('audits the tab: checklist, weeks of this and last month, the score hook', async () => {
    const onRendered = vi.fn();
    renderIn(<App deps={deps(community(), { onRendered })} />);
    await screen.findByTestId('audit');
    // The first screen: the verdict of this month (25 November: after day 5) with the score hook, then the rest.
    expect(screen.getByTestId('verdict').dataset.view).toBe('current');
    expect((await screen.findByTestId('check-frequency')).dataset.status).toBe('unknown');
    expect(screen.getByTestId('month-2026-11')).toBeTruthy();
    expect(screen.getByTestId('month-2026-10')).toBeTruthy();
    expect(screen.getByTestId('predicted-score').textContent).toBe('—');
    await waitFor(() => expect(onRendered).toHaveBeenCalledOnce());
  });

  it('saves the audience size and re-audits with it', async () => {
    renderIn(<App deps={deps(community())} />);
    await screen.findByTestId('audit');
    fireEvent.input(await screen.findByTestId('audience-input'), { target: { value: '3000' } });
    fireEvent.submit(await screen.findByTestId('audience-form'));
    await waitFor(() => expect(screen.getByTestId('predicted-score').textContent).not.toBe('—'));
    expect(screen.getByTestId('check-reach').dataset.status).toBe('fail');
  });

  it('starts collecting older posts when the page does not reach back to the 1st of last month', async () => {
    const d = deps(community(healthyPage({ postsSince: '2026-11-20T00:00:00Z' })));
    renderIn(<App deps={d} />);
    await waitFor(() => expect(d.collect).toHaveBeenCalledOnce());
    expect(d.collect).toHaveBeenCalledWith(7, { cutoff: '2026-09-30T21:00:00.000Z', delayMs: 1000 });
    await waitFor(() => expect(screen.getByTestId('coverage').dataset.coverage).toBe('collecting'));
  });

  it('does not collect when the posts already reach back far enough', async () => {
    const d = deps(community());
    renderIn(<App deps={d} />);
    await screen.findByTestId('audit');
    expect(d.collect).not.toHaveBeenCalled();
  });

  it('an unrecognised layout: warning and open diagnostics, unknown — never failed — checks', async () => {
    const p = page({
      layout: 'unknown',
      cover: 'unknown',
      avatar: 'unknown',
      description: 'unknown',
      posWidget: 'unknown',
      govMark: 'unknown',
      postsSince: null,
    });
    renderIn(<App deps={deps(community(p))} />);
    await screen.findByTestId('audit');
    expect(screen.getByTestId('warning-layout-unknown')).toBeTruthy();
    expect((await screen.findByTestId('diagnostics')).hasAttribute('open')).toBe(true);
    await screen.findByTestId('check-cover');
    for (const id of ['cover', 'avatar', 'description', 'pos-widget', 'gov-mark', 'frequency']) {
      expect(screen.getByTestId(`check-${id}`).dataset.status).toBe('unknown');
    }
    expect(screen.getByTestId('predicted-score').textContent).toBe('—');
  });

  it('a page that is not a community explains itself and links to the group lists', async () => {
    renderIn(<App deps={deps({ kind: 'not-community', url: 'https://vk.com/id1', site: 'vk', reason: 'profile' })} />);
    const none = await screen.findByTestId('not-community');
    expect(none.dataset.reason).toBe('profile');
    expect(screen.getByTestId('open-batch').getAttribute('href')).toBe('chrome-extension://x/batch.html');
  });

  it('no content script in the tab (an error from messaging) shows an error with a retry', async () => {
    const d = deps(new Error('Could not establish connection. Receiving end does not exist.'));
    renderIn(<App deps={d} />);
    const error = await screen.findByTestId('error');
    expect(error.textContent).toContain('Обновите страницу (F5)');
    // The technical message is kept for the developers, not shown in English to the user.
    expect(error.textContent).not.toContain('Receiving end');
    expect(error.dataset.message).toContain('Receiving end does not exist');
    fireEvent.click(screen.getByText('Повторить'));
    await waitFor(() => expect(d.readPage).toHaveBeenCalledTimes(2));
  });

  it('an error answered by the content script', async () => {
    renderIn(<App deps={deps({ kind: 'error', url: 'https://vk.com/club1', message: 'reader failed' })} />);
    expect((await screen.findByTestId('error')).dataset.message).toBe('reader failed');
  });

  it('asks for the time zone on first run, prefilled from the browser, and stores it', async () => {
    const d = deps(community(), { loadSettings: async () => DEFAULT_SETTINGS, browserTimeZone: 'Asia/Yekaterinburg' });
    const save = vi.fn(async (s: Settings) => s);
    d.saveSettings = save;
    renderIn(<App deps={d} />);
    const input = (await screen.findByTestId('tz-input')) as HTMLSelectElement;
    expect(input.value).toBe('Asia/Yekaterinburg');
    expect(input.selectedOptions[0]?.textContent).toMatch(/^UTC\+5 — Екатеринбург: Свердловская, Челябинская/);
    expect(screen.getByTestId('tz-question').textContent).not.toContain('Asia/');
    fireEvent.submit(screen.getByTestId('tz-question'));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0]?.[0].rules.timeZone).toBe('Asia/Yekaterinburg');
    expect(save.mock.calls[0]?.[0].timeZoneConfirmed).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('tz-question')).toBeNull());
  });

  it('saves a snapshot file for the developers', async () => {
    const d = deps(community());
    renderIn(<App deps={d} />);
    await screen.findByTestId('audit');
    fireEvent.click(screen.getByTestId('snapshot'));
    await waitFor(() => expect(d.download).toHaveBeenCalledOnce());
    const [name, text] = vi.mocked(d.download).mock.calls[0] ?? [];
    expect(name).toBe('gospabliki-snapshot-page-2026-11-25.json');
    expect(JSON.parse(text ?? '{}').html).toBe('<html></html>');
  });

  it('says so when the snapshot file cannot be saved (the download helper failed to load)', async () => {
    const d = deps(community(), { download: vi.fn(async () => Promise.reject(new Error('chunk failed'))) });
    renderIn(<App deps={d} />);
    await screen.findByTestId('audit');
    fireEvent.click(await screen.findByTestId('snapshot'));
    expect(await screen.findByText('Не удалось сохранить снимок.')).toBeTruthy();
  });

  it('adds the group to the list the user picks, follows it, and links to the lists', async () => {
    const lists = [
      { id: 'l1', name: 'Мои группы' },
      { id: 'l2', name: 'Школы района' },
    ];
    const groupLists: GroupListsDeps = {
      getLists: vi.fn(async () => lists),
      addToList: vi.fn(async (_page, target) => {
        const list = lists.find((l) => 'listId' in target && l.id === target.listId) ?? lists[0];
        return list ? { list, added: true } : null;
      }),
      isTracked: vi.fn(async () => false),
      setTracked: vi.fn(async () => {}),
      listUrl: (id) => `chrome-extension://x/batch.html#list=${id}`,
    };
    renderIn(<App deps={deps(community(), { groupLists })} />);
    expect((await screen.findByTestId('lists-link')).getAttribute('href')).toBe('chrome-extension://x/batch.html');
    // The panel is a chunk of its own, loaded after the audit is on screen.
    const choice = (await screen.findByTestId('list-choice')) as HTMLSelectElement;
    fireEvent.change(choice, { target: { value: 'l2' } });
    // «страница-визитка»: the page is marked so as it is added
    fireEvent.click(screen.getByTestId('add-as-business-card'));
    fireEvent.click(screen.getByTestId('add-to-list'));
    expect((await screen.findByTestId('add-outcome')).textContent).toContain('Добавлено в список «Школы района».');
    expect(screen.getByTestId('open-list').getAttribute('href')).toBe('chrome-extension://x/batch.html#list=l2');
    expect(groupLists.addToList).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://vk.com/club1' }),
      { listId: 'l2' },
      { businessCard: true },
    );
    fireEvent.click(screen.getByTestId('track-group').querySelector('input') as HTMLInputElement);
    await waitFor(() => expect(groupLists.setTracked).toHaveBeenCalledWith(expect.anything(), true));
  });
});

describe('popup App: which month first, the switch, the tab that is not VK or OK', () => {
  // Thursday 3 December 2026, 12:00 in Moscow: days 1–5, so the ended November is shown first.
  const DEC3 = new Date('2026-12-03T09:00:00.000Z');
  const november = healthyPage({
    posts: [
      ...healthyPage().posts.filter((p) => !p.publishedAt?.startsWith('2026-11-16')),
      ...posts(3, '2026-11-25T09:00:00Z'),
      ...posts(1, '2026-12-01T09:00:00Z'),
    ],
    scheduledPosts: [],
  });

  it('in the first days of a month: the ended month first, decided, with this week’s deadline; a switch to this month', async () => {
    const extras = vi.fn(() => null);
    renderIn(<App deps={deps(community(november), { now: () => DEC3, extras })} />);
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.dataset.view).toBe('previous');
    expect(verdict.dataset.month).toBe('2026-11');
    expect(verdict.dataset.state).toBe('fail');
    expect(verdict.textContent).toContain('Итог за ноябрь 2026');
    expect(screen.getByTestId('this-week').textContent).toContain('Неделя 1: 1 из 3');
    expect(extras).toHaveBeenLastCalledWith(
      expect.objectContaining({ shown: expect.objectContaining({ month: expect.objectContaining({ month: 11 }) }) }),
    );
    expect((await screen.findByTestId('check-frequency')).dataset.status).toBe('fail');
    fireEvent.click(screen.getByTestId('month-view-current'));
    await waitFor(() => expect(screen.getByTestId('verdict').dataset.view).toBe('current'));
    expect(screen.getByTestId('verdict').dataset.month).toBe('2026-12');
    expect(screen.getByTestId('this-week').textContent).toContain('Неделя 1: 1 из 3');
    await waitFor(() => expect(screen.getByTestId('check-frequency').dataset.status).toBe('unknown'));
    expect(extras).toHaveBeenLastCalledWith(
      expect.objectContaining({ shown: expect.objectContaining({ month: expect.objectContaining({ month: 12 }) }) }),
    );
  });

  it('after day 5: this month first', async () => {
    renderIn(<App deps={deps(community(november), { now: () => new Date('2026-12-06T09:00:00Z') })} />);
    expect((await screen.findByTestId('verdict')).dataset.view).toBe('current');
  });

  it('a tab on another site: «open a VK or OK group page», with the lists, no content script asked', async () => {
    const d = deps(community(), { tabUrl: async () => null });
    renderIn(<App deps={d} />);
    const none = await screen.findByTestId('not-community');
    expect(none.dataset.reason).toBe('off-site');
    expect(none.textContent).toContain('Откройте страницу группы ВКонтакте или Одноклассников');
    expect(screen.getByTestId('open-batch').getAttribute('href')).toBe('chrome-extension://x/batch.html');
    expect(d.readPage).not.toHaveBeenCalled();
    cleanup();
    const other = deps(community(), { tabUrl: async () => 'https://example.org/page' });
    renderIn(<App deps={other} />);
    expect((await screen.findByTestId('not-community')).dataset.reason).toBe('off-site');
    cleanup();
    const vk = deps(community(), { tabUrl: async () => 'https://vk.com/club1' });
    renderIn(<App deps={vk} />);
    await screen.findByTestId('audit');
  });
});

describe('cutoffFor', () => {
  it('is 00:00 of the 1st of the previous month in the rule zone, across the year turn', () => {
    expect(cutoffFor(NOW, ZONE).toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(cutoffFor(new Date('2027-01-10T12:00:00Z'), 'Asia/Yekaterinburg').toISOString()).toBe(
      '2026-11-30T19:00:00.000Z',
    );
  });
});
