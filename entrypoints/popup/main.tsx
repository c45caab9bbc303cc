import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadI18n } from '../../components/i18n';
import { lazy } from '../../components/lazy';
import { request } from '../../lib/ext/messaging';
import { browserTimeZone, loadSettings } from '../../lib/ext/settings';
import { pickLocale } from '../../lib/i18n/index';
import { VK_API_KEY_ITEM } from '../../lib/vkapi/key-item';
import { App, type PopupDeps } from './App';
import { downloadText, e2eNow } from './env';
import { groupListsDeps } from './group-lists';
import { saveToHistory } from './history';

/** The planning calendar and export panels (other features) load after the audit is on screen. */
const PopupExtras = lazy(() => import('./extras').then((m) => m.PopupExtras));

performance.mark('gp-popup-script');
const params = new URLSearchParams(location.search);
const fixedNow = e2eNow(params);

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(params.get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const deps: Omit<PopupDeps, 'i18n'> = {
  browserTimeZone: browserTimeZone(),
  now: () => fixedNow ?? new Date(),
  readNow: fixedNow?.toISOString(),
  tabId: targetTabId,
  // Without the «tabs» permission the address is given only for the VK and OK hosts the extension may read.
  tabUrl: async (id) => (await browser.tabs.get(id)).url ?? null,
  readPage: (tabId, req) => request('readPage', req, tabId),
  collect: (tabId, req) => request('collect', req, tabId),
  snapshot: (tabId) => request('snapshot', undefined, tabId),
  loadSettings,
  // The settings writer (and its storage library) loads when the user first saves something.
  saveSettings: (s) => import('../../lib/ext/settings-write').then((m) => m.saveSettings(s)),
  setAudienceSize: (key, size) => import('../../lib/ext/settings-write').then((m) => m.setAudienceSize(key, size)),
  download: downloadText,
  batchUrl: browser.runtime.getURL('/batch.html' as '/popup.html'),
  optionsUrl: browser.runtime.getURL('/options.html' as '/popup.html'),
  // «Следить за группой», «Добавить в список»: the database and the stored choices load when the panel needs them.
  groupLists: groupListsDeps({
    batch: browser.runtime.getURL('/batch.html' as '/popup.html'),
    reminderSettings: `${browser.runtime.getURL('/options.html' as '/popup.html')}#reminders`,
  }),
  // Every audit shown is stored in the history; the database module loads after the first render.
  saveHistory: saveToHistory,
  // The VK API only with a saved key (the item is read here; the API code loads only then): docs/vk-api.md
  apiFill: async (page) => {
    if (page.site !== 'vk') return null;
    const stored = await browser.storage.local.get(VK_API_KEY_ITEM);
    if (typeof stored[VK_API_KEY_ITEM] !== 'string') return null;
    return import('./api-fill').then((m) => m.loadApiFill(page, fixedNow ?? new Date()));
  },
  extras: ({ page, audit, shown, settings }) => (
    <PopupExtras
      page={page}
      audit={audit}
      shown={shown}
      settings={settings}
      locale={pickLocale(navigator.language)}
      now={fixedNow ?? new Date()}
      readAt={page.readAt ?? new Date().toISOString()}
    />
  ),
  // Tests pin the page's data: `collect=off` (e2e build only) keeps the popup from collecting older posts.
  autoCollect: !(import.meta.env.MODE === 'e2e' && params.get('collect') === 'off'),
  onAudit: (result) => {
    (globalThis as { gpAudit?: unknown }).gpAudit = result;
  },
  onRendered: (ms) => {
    performance.mark('gp-popup-rendered');
    document.documentElement.dataset.renderMs = ms.toFixed(1);
  },
};

// Opened as a tab (popup.html?tabId=…): use the page width.
if (params.has('tabId')) document.documentElement.classList.add('in-tab');

const root = document.getElementById('app');
if (root) {
  loadI18n(pickLocale(navigator.language)).then((i18n) => render(<App deps={{ ...deps, i18n }} />, root));
}
