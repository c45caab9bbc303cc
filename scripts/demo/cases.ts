/**
 * The popup's first-screen cases (issue 17): generated VK community pages (the benchmark's G2 reconstruction,
 * tests/bench/generate-wall.ts) with posts placed on purpose, each seen at a fixed instant. `npm start -- --headless`
 * screenshots them at 420 × 600 into demo-output/; tests/e2e/popup-first-screen.e2e.ts checks the same cases in the
 * real popup; tests/scripts-demo.test.ts checks each page reads and audits as its case says.
 */
import { generateVkWall } from '../../tests/bench/generate-wall';

export interface PopupCase {
  slug: string;
  title: string;
  /** The instant the popup audits at (`?now=`, honoured by the e2e build). */
  now: string;
  url: string;
  html: string;
}

/** Publication instants: `n` posts on `day` (Moscow), an hour apart from 10:00. */
function day(date: string, n: number): Date[] {
  return Array.from({ length: n }, (_, i) => new Date(`${date}T${String(7 + i).padStart(2, '0')}:00:00Z`));
}

function vkCase(slug: string, title: string, now: string, gid: number, posts: Date[], extra = {}): PopupCase {
  const page = generateVkWall({
    posts: 0,
    now: new Date(now),
    gid,
    times: posts.map((d) => d.getTime()),
    members: 2_436,
    name: title,
    ...extra,
  });
  return { slug, title, now, url: page.url, html: page.html };
}

/** October and November of a group that kept the norm except in one week of November. */
const NOVEMBER_WITH_A_FAILED_WEEK = [
  ...day('2026-10-02', 3),
  ...day('2026-10-09', 3),
  ...day('2026-10-16', 3),
  ...day('2026-10-23', 3),
  ...day('2026-10-31', 1),
  ...day('2026-11-02', 3),
  ...day('2026-11-10', 3),
  ...day('2026-11-17', 1), // week 3 of November: 1 of 3
  ...day('2026-11-24', 4),
];

export const POPUP_CASES: PopupCase[] = [
  vkCase(
    'failed-last-month',
    'Администрация Северного района',
    // Thursday 3 December, 12:00 in Moscow: the ended November is shown first (days 1–5).
    '2026-12-03T09:00:00.000Z',
    203_000_001,
    [...NOVEMBER_WITH_A_FAILED_WEEK, ...day('2026-12-01', 2)],
  ),
  vkCase(
    'no-gov-mark',
    'МБОУ «Школа № 7»',
    // Sunday 6 December, 15:00 in Moscow: a group without the «Госорганизация» mark is #Н/Д.
    '2026-12-06T12:00:00.000Z',
    203_000_002,
    [
      ...NOVEMBER_WITH_A_FAILED_WEEK.filter((d) => d.getUTCDate() !== 17),
      ...day('2026-11-17', 3),
      ...day('2026-12-02', 3),
    ],
    { govMark: false },
  ),
  vkCase(
    'posts-by-tomorrow',
    'Центральная библиотека',
    // Sunday 6 December, 15:00 in Moscow: week 1 closes tomorrow, Monday 7 December, 23:59, with 1 post of 3.
    '2026-12-06T12:00:00.000Z',
    203_000_003,
    [
      ...NOVEMBER_WITH_A_FAILED_WEEK.filter((d) => d.getUTCDate() !== 17),
      ...day('2026-11-17', 3),
      ...day('2026-12-03', 1),
    ],
  ),
];
