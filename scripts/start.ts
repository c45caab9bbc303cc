/**
 * `npm start`: builds the extension and opens Chromium / Chrome / Edge / Yandex Browser with it in a throwaway
 * profile, on demo pages of a VK community and an OK group served locally under their real host names (no VK or
 * OK account needed, nothing is fetched from the internet).
 * `npm start -- --headless`: instead saves screenshots of the popup on both demo pages, and of its first screen
 * (420 × 600) in the cases of scripts/demo/cases.ts, with the audit JSON, into demo-output/. It uses the e2e build
 * (.output/chrome-mv3-e2e: the shipped code plus the `?now=` and `collect=off` test hooks) so each case is seen at
 * its own instant. It also saves the «Списки групп» page with a finished list
 * of 30 demo groups at 1 366 × 768 (scripts/demo/list.ts). Options: --no-build (use the existing build),
 * --browser=<path> (or $CHROME_PATH).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { SITE_HOSTS } from '../lib/ext/hosts';
import { launchExtension } from '../tests/e2e/harness';
import { type FixtureServer, startFixtureServer } from '../tests/e2e/server';
import { saveDemoListScreenshots, serveDemoList } from './demo/list';
import { DEMO_PAGES, demoRoutes } from './demo/pages';
import { shootPopupCases } from './demo/shots';

const ROOT = resolve(import.meta.dirname, '..');
const EXT_DIR = join(ROOT, '.output/chrome-mv3');
const E2E_EXT_DIR = join(ROOT, '.output/chrome-mv3-e2e');
const OUT_DIR = join(ROOT, 'demo-output');
const args = process.argv.slice(2);
const headless = args.includes('--headless');
const noBuild = args.includes('--no-build');
const browserArg = args.find((a) => a.startsWith('--browser='))?.slice('--browser='.length);

/** Usual browser locations on Linux, macOS and Windows; the first that exists wins. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Yandex.app/Contents/MacOS/Yandex',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const pf = env.ProgramFiles ?? 'C:\\Program Files';
    const pf86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
    const local = env.LOCALAPPDATA ?? '';
    return [
      `${local}\\Chromium\\Application\\chrome.exe`,
      `${pf}\\Google\\Chrome\\Application\\chrome.exe`,
      `${pf86}\\Google\\Chrome\\Application\\chrome.exe`,
      `${local}\\Google\\Chrome\\Application\\chrome.exe`,
      `${local}\\Yandex\\YandexBrowser\\Application\\browser.exe`,
      `${pf86}\\Microsoft\\Edge\\Application\\msedge.exe`,
      `${pf}\\Microsoft\\Edge\\Application\\msedge.exe`,
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/yandex-browser',
    '/opt/yandex/browser/yandex-browser',
    '/usr/bin/microsoft-edge',
  ];
}

function findBrowser(): string | null {
  const explicit = browserArg ?? process.env.CHROME_PATH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  return browserCandidates().find((p) => existsSync(p)) ?? null;
}

function build(dir = EXT_DIR, extra: string[] = []) {
  if (noBuild && existsSync(join(dir, 'manifest.json'))) return;
  console.log(`Собираю расширение (wxt build ${extra.join(' ')})…`);
  const flock = process.platform === 'linux' && existsSync('/usr/bin/flock');
  const wxt = ['npx', 'wxt', 'build', ...extra];
  const [cmd, ...rest] = flock ? ['flock', '/tmp/build.lock', ...wxt] : wxt;
  execFileSync(cmd ?? 'npx', rest, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => done(body));
    req.on('error', () => done(body));
  });
}

async function serveDemo(viewerZone: string): Promise<FixtureServer> {
  const server = await startFixtureServer();
  for (const r of demoRoutes(new Date(), viewerZone)) {
    const { route } = r;
    server.route(
      r.host,
      r.path,
      typeof route === 'function' ? async (req, url) => route(url, await readBody(req)) : route,
    );
  }
  return server;
}

function manualSteps(browser: string | null) {
  console.log(`
Не удалось загрузить расширение автоматически. Загрузите его вручную:
  1. Откройте chrome://extensions (в Яндекс Браузере: browser://extensions, в Edge: edge://extensions).
  2. Включите «Режим разработчика».
  3. Нажмите «Загрузить распакованное расширение» и выберите папку:
     ${EXT_DIR}
  4. Демо-страницы открываются только в браузере, запущенном этой командой${browser ? ` (${browser})` : ''}:
     ${DEMO_PAGES.map((p) => p.url).join('\n     ')}
`);
}

async function waitForPopup(popup: Page) {
  await popup.getByTestId('popup').waitFor({ timeout: 30_000 });
  await popup.waitForFunction(
    () => {
      const state = document.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
      const coverage = document.querySelector('[data-testid="coverage"]')?.getAttribute('data-coverage');
      return state !== 'loading' && coverage !== 'collecting';
    },
    undefined,
    { timeout: 90_000, polling: 500 },
  );
}

/** The «Списки групп» page with a finished list of 30 demo groups at 1 366 × 768 (scripts/demo/list.ts). */
async function listScreenshots(ext: Awaited<ReturnType<typeof launchExtension>>, urls: readonly string[]) {
  const overflow = await saveDemoListScreenshots(ext, urls, OUT_DIR);
  const note = overflow === 0 ? 'без прокрутки вбок' : `ПРОКРУТКА ВБОК ${overflow} px`;
  console.log(
    `✓ Списки групп, 30 групп, 1366×768 (${note}): demo-output/lists-1366.png, demo-output/lists-detail-1366.png`,
  );
}

async function runHeadless() {
  build(E2E_EXT_DIR, ['--mode', 'e2e']);
  const server = await serveDemo('Europe/Moscow');
  const listUrls = serveDemoList(server, new Date());
  const ext = await launchExtension({ server, extensionDir: E2E_EXT_DIR });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    for (const demo of DEMO_PAGES) {
      const site = new URL(demo.url).hostname.includes('ok.ru') ? 'ok' : 'vk';
      const tab = await ext.context.newPage();
      await tab.goto(demo.url);
      await tab.waitForTimeout(1000);
      const popup = await ext.openPopupFor(tab);
      await popup.setViewportSize({ width: 440, height: 900 });
      const tz = popup.getByTestId('tz-question');
      if (await tz.isVisible().catch(() => false)) await tz.locator('button[type="submit"]').click();
      await waitForPopup(popup);
      await popup.screenshot({ path: join(OUT_DIR, `popup-${site}.png`), fullPage: true });
      const audit = await popup.evaluate(() => (globalThis as { gpAudit?: unknown }).gpAudit ?? null);
      writeFileSync(join(OUT_DIR, `audit-${site}.json`), `${JSON.stringify(audit, null, 2)}\n`);
      await tab.screenshot({ path: join(OUT_DIR, `page-${site}.png`) });
      console.log(`✓ ${demo.title}: demo-output/popup-${site}.png, demo-output/audit-${site}.json`);
      await popup.close();
      await tab.close();
    }
    for (const file of await shootPopupCases(ext, server, OUT_DIR)) console.log(`✓ demo-output/${file}`);
    await listScreenshots(ext, listUrls);
  } finally {
    await ext.close();
    await server.close();
  }
}

async function loadThroughCdp(context: BrowserContext): Promise<boolean> {
  const browser = context.browser();
  if (!browser) return false;
  try {
    const session = await browser.newBrowserCDPSession();
    const send = session.send.bind(session) as (method: string, params: object) => Promise<unknown>;
    await send('Extensions.loadUnpacked', { path: EXT_DIR });
    return true;
  } catch (error) {
    console.warn(`Extensions.loadUnpacked не сработал: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function runHeaded() {
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error(
      'Не найден Chromium, Chrome, Edge или Яндекс Браузер. Укажите путь: npm start -- --browser=/путь/к/браузеру',
    );
    build();
    manualSteps(null);
    process.exitCode = 1;
    return;
  }
  build();
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const server = await serveDemo(viewerZone);
  const profileDir = mkdtempSync(join(tmpdir(), 'gp-demo-profile-'));
  const rules = SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: false,
    viewport: null,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      // Branded Chrome 137+ ignores --load-extension; this allows loading it over the DevTools pipe instead.
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-first-run',
      '--no-default-browser-check',
      '--lang=ru-RU',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Only the demo hosts are reachable: the demo never touches the internet.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return route.continue();
    return SITE_HOSTS.includes(url.hostname) ? route.continue() : route.abort();
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => null));
  let sw = await worker();
  if (!sw && (await loadThroughCdp(context))) sw = await worker();
  const pages: Page[] = [];
  for (const demo of DEMO_PAGES) {
    const page = pages.length === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(demo.url).catch(() => {});
    pages.push(page);
  }
  if (sw) {
    const id = new URL(sw.url()).host;
    const first = pages[0];
    if (first) {
      const tabId = await sw.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null,
        first.url(),
      );
      if (tabId !== null) {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`).catch(() => {});
      }
    }
    console.log(`
Готово. В открытом браузере — демо-страницы ВКонтакте и Одноклассников и аудит первой из них во вкладке.
Откройте вкладку с группой и нажмите на значок расширения «Аудит госпабликов» (в меню-пазле на панели).
Закройте браузер, чтобы завершить демо.`);
  } else {
    manualSteps(executablePath);
  }
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

const main = headless ? runHeadless : runHeaded;
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
