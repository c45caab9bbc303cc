/**
 * The «Списки групп» page (/batch.html): wiring only. Pages are fetched here, in the extension page, with the
 * user's own session (credentials: 'include'; the extension has host permissions for VK and OK) and parsed with
 * DOMParser here too — never in the service worker.
 */
import { render } from 'preact';
import { lazy } from '../../components/lazy';
import { auditCommunity } from '../../lib/audit/audit';
import type { CollectPosts } from '../../lib/batch/runner';
import type { MonthView } from '../../lib/calendar';
import { downloadBlob } from '../../lib/export/files';
import { historyStore } from '../../lib/ext/batch-store';
import { e2eNow } from '../../lib/ext/e2e-now';
import { browserTimeZone, loadSettings } from '../../lib/ext/settings';
import { setAudienceSize, updateSettings } from '../../lib/ext/settings-write';
import { isListTracked, setListTracked } from '../../lib/ext/tracked';
import { loadVkApiKey } from '../../lib/ext/vk-api-key';
import { pickLocale } from '../../lib/i18n/index';
import { parseListFile } from '../../lib/import/table';
import { defaultSleep } from '../../lib/sites/core/collect';
import type { SiteAdapter } from '../../lib/sites/types';
import { App, type BatchPageDeps } from './App';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The readers and their collectors: a chunk of their own, loaded when a run starts (the table needs none of it). */
const readers = () => import('../../lib/sites/index');

/** The readers' collectors; the runner's paced fetch is the only way they reach the network. */
const collectWith =
  (sites: readonly SiteAdapter[]): CollectPosts =>
  async (input) => {
    const common = {
      cutoff: input.cutoff,
      now: input.now,
      timeZone: input.timeZone,
      fetch: input.fetch,
      sleep: input.sleep,
      clock: input.clock,
      signal: input.signal,
      // The runner's gate already keeps the pace between every two requests.
      delayMs: 0,
      parseHtml,
    };
    const site = sites.find((s) => s.site === input.page.site);
    return site ? site.collect(input.doc, input.page, common) : null;
  };

function listFromHash(): string | null {
  const match = /(?:^#|&)list=([^&]+)/.exec(location.hash);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

/** `?pacingMs=` is honoured only in the e2e build, so the real-browser test can run with a small pacing delay. */
function e2ePacing(mode: string = import.meta.env.MODE): number | null {
  if (mode !== 'e2e') return null;
  const value = Number(new URLSearchParams(location.search).get('pacingMs'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

const viewerZone = browserTimeZone();
/** Now; the e2e build can pin it with `?now=<ISO>` (lib/ext/e2e-now.ts). */
const fixedNow = e2eNow(new URLSearchParams(location.search));
const now = () => fixedNow ?? new Date();
const pacingOverride = e2ePacing();
const base = historyStore();

const locale = pickLocale(navigator.language);

/** The export buttons and the exports' storage glue: chunks loaded after the page's first render. */
const ExportButtons = lazy(() => import('../../components/report/ExportButtons').then((m) => m.ExportButtons));
const exportStore = () => import('../../lib/ext/export-store');

/** The list's exports of the month the page shows (its month switch, docs/month-in-view.md). */
function ListExports({ listId, month }: { listId: string; month: MonthView }) {
  return (
    <ExportButtons
      locale={locale}
      getData={async () => {
        const data = await (await exportStore()).loadReportData({ listId }, now(), month);
        if (data === null) throw new Error(`list ${listId} not found`);
        return data;
      }}
      now={now}
      download={(blob, name) => downloadBlob(blob, name)}
      copy={(text) => navigator.clipboard.writeText(text)}
      openReport={() => window.open(`report.html?list=${encodeURIComponent(listId)}&month=${month}`, '_blank')}
      getBackupText={async () => (await exportStore()).exportBackupText()}
    />
  );
}

const deps: BatchPageDeps = {
  locale,
  // the API mode's code loads only when a key is saved (docs/vk-api.md)
  apiMode: async (settings) =>
    (await loadVkApiKey()) === null
      ? { state: 'off' }
      : (await import('../../lib/ext/vk-api-mode')).loadApiMode(settings.rules.timeZone),
  browserTimeZone: viewerZone,
  now,
  initialListId: listFromHash(),
  loadSettings,
  savePacing: async (ms) => {
    await updateSettings((s) => ({ ...s, pacingDelayMs: ms }));
  },
  saveAudienceSize: async (key, size) => {
    // The settings key per-group sizes by site + numeric id, as the popup does.
    if (/^(vk|ok):\d+$/.test(key)) await setAudienceSize(key, size);
  },
  runnerDeps: async (settings, dailyCap) => {
    const { readCommunityPage, SITES } = await readers();
    return {
      fetch: (url, init) => fetch(url, { credentials: 'include', ...init }),
      sleep: defaultSleep,
      clock: () => performance.now(),
      now,
      parse: parseHtml,
      readPage: (doc, url, options) => readCommunityPage(doc, url, options),
      collectPosts: collectWith(SITES),
      audit: auditCommunity,
      store: {
        ...base,
        audienceSizeOf: async (key) => (await base.audienceSizeOf(key)) ?? settings.audienceSizes[key] ?? null,
      },
      rules: settings.rules,
      rulesVersion: settings.rules.version,
      timeZone: settings.rules.timeZone,
      viewerTimeZone: viewerZone,
      pacingMs: pacingOverride ?? settings.pacingDelayMs,
      dailyCap,
    };
  },
  parseFile: parseListFile,
  newRunId: () => crypto.randomUUID(),
  exportsFor: (listId, month) => <ListExports listId={listId} month={month} />,
  tracking: { isListTracked, setListTracked },
  copyText: (text) => navigator.clipboard.writeText(text),
  onListChange: (listId) => {
    const hash = listId === null ? '' : `#list=${encodeURIComponent(listId)}`;
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  },
};

const root = document.getElementById('app');
if (root) render(<App deps={deps} />, root);
