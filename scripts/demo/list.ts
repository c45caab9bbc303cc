/**
 * The demo list for `npm start -- --headless` and the lists-page browser test: 30 subordinate VK communities of a
 * district, generated pages (tests/bench/generate-wall.ts, a reconstruction of the G2 layout) whose posts follow a
 * weekly pattern relative to `now` — most met every week, some lost a week of the month that ended, some still need
 * posts this week, one has no «Госорганизация» mark (#Н/Д), some miss the cover or the ПОС widgets, one has more than
 * 10 000 members. Served locally under their real addresses; nothing is fetched from the internet.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { evaluationWeekOf, monthOf, previousMonthEnd, zonedTimeToInstant } from '../../lib/calendar';
import { generateVkWall } from '../../tests/bench/generate-wall';
import type { Extension } from '../../tests/e2e/harness';
import type { FixtureServer } from '../../tests/e2e/server';

export interface DemoGroup {
  name: string;
  members: number;
  /** Posts in each week of the month that ended (weeks 1–4). */
  ended: readonly number[];
  /** Posts in each week of the running month so far (the running week last; later weeks are ignored). */
  running: readonly number[];
  govMark?: boolean;
  cover?: boolean;
  pos?: boolean;
  /** Likes per view relative to the generator's default (about 2 % ER); the demo default 2.5 is about 5 %. */
  engagement?: number;
}

const G = (
  name: string,
  members: number,
  ended: number[],
  running: number[],
  extra: Partial<DemoGroup> = {},
): DemoGroup => ({ name, members, ended, running, ...extra });

/** Thirty groups of a district: the cases the first screen must answer. */
export const DEMO_GROUPS: readonly DemoGroup[] = [
  G('Администрация Центрального района', 12_480, [4, 3, 5, 3], [3, 4, 3, 2]),
  G('МБОУ «Средняя школа № 1»', 1_850, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('МБОУ «Средняя школа № 2»', 1_420, [3, 2, 3, 3], [3, 3, 3, 1]),
  G('МБОУ «Гимназия № 3»', 2_310, [4, 4, 4, 4], [4, 3, 3, 3]),
  G('МБОУ «Лицей № 4»', 1_975, [3, 3, 3, 3], [3, 3, 3, 0]),
  G('МБОУ «Средняя школа № 5»', 980, [0, 1, 0, 2], [1, 0, 1, 0]),
  G('МБДОУ «Детский сад № 7 „Солнышко“»', 640, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('МБДОУ «Детский сад № 12 „Радуга“»', 515, [3, 3, 3, 3], [3, 3, 2, 2], { cover: false }),
  G('МБДОУ «Детский сад № 15»', 388, [3, 3, 3, 3], [3, 3, 3, 3], { govMark: false }),
  G('Центральная районная библиотека', 1_230, [5, 4, 6, 5], [4, 5, 4, 3]),
  G('Детская библиотека им. А. С. Пушкина', 760, [3, 3, 3, 3], [3, 3, 3, 2]),
  G('Дом культуры «Октябрь»', 2_045, [3, 3, 3, 3], [3, 3, 3, 3], { pos: false }),
  G('Районный краеведческий музей', 1_310, [3, 3, 3, 2], [3, 3, 3, 3]),
  G('Спортивная школа «Олимп»', 1_680, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('Молодёжный центр «Импульс»', 2_870, [6, 5, 7, 6], [5, 6, 4, 4], { engagement: 1 }),
  G('Центр социального обслуживания', 910, [3, 3, 3, 3], [3, 3, 3, 1]),
  G('Районная поликлиника', 4_350, [3, 3, 3, 3], [3, 3, 3, 3], { engagement: 0.8 }),
  G('Комплексный центр «Забота»', 530, [3, 1, 3, 3], [3, 3, 3, 3], { cover: false, pos: false }),
  G('Управление образования района', 3_120, [4, 4, 4, 4], [4, 4, 4, 4]),
  G('Отдел культуры района', 1_005, [3, 3, 3, 3], [3, 3, 3, 2]),
  G('Отдел по делам молодёжи', 745, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('Комитет по физической культуре и спорту', 1_290, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('Территориальное управление «Северное»', 860, [2, 2, 2, 2], [2, 3, 2, 1]),
  G('Территориальное управление «Южное»', 1_140, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('МФЦ района', 5_620, [5, 5, 5, 5], [5, 5, 5, 5]),
  G('Школа искусств № 1', 1_470, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('Музыкальная школа им. П. И. Чайковского', 990, [3, 3, 3, 3], [3, 2, 3, 2]),
  G('Центр детского творчества', 1_715, [3, 3, 3, 3], [3, 3, 3, 3]),
  G('Единая дежурно-диспетчерская служба', 2_660, [4, 3, 3, 4], [3, 3, 4, 3]),
  G('Совет ветеранов района', 420, [3, 3, 3, 3], [3, 3, 3, 0]),
];

/** The first group id; group i is https://vk.com/club<DEMO_LIST_GID + i>. */
export const DEMO_LIST_GID = 230_100_000;

const HOUR = 3_600_000;

/** Posts of one month, `counts[w]` of them in week w + 1, from 9:00 on its first days, in `timeZone`. */
function monthTimes(year: number, month: number, counts: readonly number[], timeZone: string, until: number): number[] {
  const out: number[] = [];
  counts.forEach((n, w) => {
    for (let i = 0; i < n; i++) {
      const day = w * 7 + 1 + Math.min(i, 6);
      const at = zonedTimeToInstant({ year, month, day, hour: 9 + (i % 7) * 2, minute: 15 }, timeZone).getTime();
      if (at < until) out.push(at);
    }
  });
  return out;
}

/** The publication instants of a demo group at `now`: the ended month, the running month so far, two older posts. */
export function demoPostTimes(group: DemoGroup, now: Date, timeZone: string): number[] {
  const until = now.getTime() - HOUR;
  const cur = monthOf(now, timeZone);
  const prev = monthOf(previousMonthEnd(now, timeZone), timeZone);
  const week = evaluationWeekOf(now, timeZone)?.week ?? 4;
  const times = [
    ...monthTimes(prev.year, prev.month, group.ended, timeZone, until),
    ...monthTimes(cur.year, cur.month, group.running.slice(0, week), timeZone, until),
  ];
  // Older posts, so the page reaches back past the 1st of the month that ended (the oldest is shown pinned).
  const start = zonedTimeToInstant({ year: prev.year, month: prev.month, day: 1 }, timeZone).getTime();
  times.push(start - 3 * 24 * HOUR, start - 9 * 24 * HOUR);
  return times;
}

/** The list's addresses, in order. */
export const demoListUrls = (): string[] => DEMO_GROUPS.map((_, i) => `https://vk.com/club${DEMO_LIST_GID + i}`);

/** The audience size entered for group i (pupils and parents, residents…): two groups in three reach 100 %. */
export const demoAudience = (i: number): number => {
  const group = DEMO_GROUPS[i];
  if (group === undefined) return 0;
  const share = i % 3 === 2 ? 1.3 + (i % 4) * 0.2 : 0.9;
  return Math.round((group.members * share) / 10) * 10;
};

/** The list as the user keeps it: a CSV file (`;`, UTF-8 with BOM) with name, link and audience size. */
export function demoListCsv(urls: readonly string[]): string {
  const lines = DEMO_GROUPS.map((g, i) => `"${g.name.replaceAll('"', '""')}";${urls[i]};${demoAudience(i)}`);
  return `\uFEFFНазвание;Ссылка;Размер аудитории\r\n${lines.join('\r\n')}\r\n`;
}

/** Serves the 30 demo communities as of `now` on the fixture server. */
export function serveDemoList(server: FixtureServer, now: Date, timeZone = 'Europe/Moscow'): string[] {
  const urls = demoListUrls();
  DEMO_GROUPS.forEach((group, i) => {
    const gid = DEMO_LIST_GID + i;
    const wall = generateVkWall({
      posts: 0,
      now,
      gid,
      seed: i + 1,
      name: group.name,
      members: group.members,
      times: demoPostTimes(group, now, timeZone),
      govMark: group.govMark,
      cover: group.cover,
      pos: group.pos,
      engagement: group.engagement ?? 2.5,
    });
    server.route('vk.com', `/club${gid}`, { body: wall.html, contentType: 'text/html; charset=utf-8' });
  });
  return urls;
}

/**
 * On the «Списки групп» page: creates the list «Подведомственные учреждения», loads it from a CSV file (names, links,
 * audience sizes) and runs the check to the end (the pause between requests set to `pacingSeconds`). Leaves the
 * page on the finished list.
 */
export async function runDemoList(page: Page, urls: readonly string[], pacingSeconds = 0.5): Promise<void> {
  await page.getByPlaceholder('Название списка').fill('Подведомственные учреждения');
  await page.getByRole('button', { name: 'Создать' }).click();
  // The list is created and selected before the file goes in (else the import makes a list of its own).
  await page.locator('[data-testid="list-item"].selected', { hasText: 'Подведомственные учреждения' }).waitFor();
  await page.getByTestId('import-file').setInputFiles({
    name: 'учреждения.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(demoListCsv(urls), 'utf8'),
  });
  await page
    .getByTestId('result-row')
    .nth(urls.length - 1)
    .waitFor({ timeout: 30_000 });
  await page.getByText('Параметры проверки').click();
  const pacing = page.getByLabel('Пауза между запросами, с');
  await pacing.fill(String(pacingSeconds));
  await pacing.dispatchEvent('change');
  await page.getByText('Параметры проверки').click();
  await page.getByTestId('run').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="run-panel"]')?.getAttribute('data-state') === 'done',
    undefined,
    { timeout: 180_000, polling: 500 },
  );
}

/** The laptop screen the lists page is laid out for. */
export const LAPTOP = { width: 1366, height: 768 };

/**
 * `npm start -- --headless`: the finished demo list at 1 366 × 768 (the first screen, then a group's detail) saved as
 * demo-output/lists-1366.png and lists-detail-1366.png. Returns the page's sideways overflow in px (0 = none).
 */
export async function saveDemoListScreenshots(
  ext: Extension,
  urls: readonly string[],
  outDir: string,
): Promise<number> {
  const page = await ext.openExtensionPage('batch.html');
  try {
    await page.setViewportSize(LAPTOP);
    await runDemoList(page, urls);
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() =>
      Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
    );
    await page.screenshot({ path: join(outDir, 'lists-1366.png') });
    await page.getByTestId('result-row').filter({ hasText: 'Средняя школа № 5' }).locator('td.name button').click();
    await page.getByTestId('group-detail').waitFor();
    await page.screenshot({ path: join(outDir, 'lists-detail-1366.png') });
    return overflow;
  } finally {
    await page.close();
  }
}
