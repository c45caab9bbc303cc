import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadI18n } from '../../components/i18n';
import { lazy } from '../../components/lazy';
import { request } from '../../lib/ext/messaging';
import { browserTimeZone, loadSettings } from '../../lib/ext/settings';
import { pickLocale } from '../../lib/i18n/index';
import { App, type PopupDeps } from './App';
import { downloadText, e2eNow } from './env';
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
  // The history database is loaded only when the button is pressed (keeps the popup bundle small).
  addToList: async (page, { businessCard }) => {
    const { addGroupToList } = await import('../../lib/ext/history');
    // Unchecked keeps a known group's mark (null); checked marks it.
    return (await addGroupToList(null, page.url, page.name, new Date(), businessCard ? true : null)).ok;
  },
  // Every audit shown is stored in the history; the database module loads after the first render.
  saveHistory: saveToHistory,
  extras: ({ page, audit, settings }) => (
    <PopupExtras
      page={page}
      audit={audit}
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
