/**
 * Demo pages for `npm start`: the readers' reconstructed fixtures of a VK community (with its 12-page wall) and an
 * OK group (with its feed continuation), moved in time so that their posts are as recent today as they were on the
 * fixture's own date. VK pages carry machine timestamps (shifted); OK pages carry date labels only (re-written
 * in the viewer's zone). No personal data: the fixtures are reconstructions with placeholders.
 */
import { readFileSync } from 'node:fs';
import { type DateLabelFormat, parseDateLabel, VK_DATE_FORMAT } from '../../lib/parse/dates';
import { OK_DATE_FORMAT } from '../../lib/sites/ok/dates';
import type { Route } from '../../tests/e2e/server';

const DAY = 86_400_000;
const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, FIXTURES));

export interface DemoRoute {
  host: string;
  path: string;
  route: Route | ((url: URL, body: string) => Route | null);
}

export interface DemoPage {
  title: string;
  url: string;
}

/** Whole days from `from` to `to`, rounded down (posts never land in the future). */
export const shiftDays = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

/** Moves every unix timestamp (seconds) within a year before `fixtureNow` by `days`. */
export function shiftUnixTimes(html: string, fixtureNow: Date, days: number): string {
  const max = fixtureNow.getTime() / 1000 + 2 * 86_400;
  const min = max - 420 * 86_400;
  return html.replace(/\b1[6-9]\d{8}\b/g, (s) => {
    const n = Number(s);
    return n >= min && n <= max ? String(n + days * 86_400) : s;
  });
}

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** «5 ноя 2026 14:20» in `timeZone`: a label form the OK reader understands, with the year spelt out. */
export function okLabel(instant: Date, timeZone: string): string {
  const p = labelParts(instant, timeZone);
  return `${p.day} ${p.month} ${p.year} ${p.time}`;
}

/** «5 ноя 2026 в 14:20»: VK's label form with the year spelt out. */
export function vkLabel(instant: Date, timeZone: string): string {
  const p = labelParts(instant, timeZone);
  return `${p.day} ${p.month} ${p.year} в ${p.time}`;
}

function labelParts(instant: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of fmt.formatToParts(instant)) parts[p.type] = p.value;
  return {
    day: parts.day,
    month: MONTHS[Number(parts.month) - 1],
    year: parts.year,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Re-writes `<time>` labels: parsed as of the fixture's date in Moscow, moved by `days`, shown in `viewerZone`. */
function shiftLabels(
  html: string,
  format: DateLabelFormat,
  render: (instant: Date, zone: string) => string,
  fixtureNow: Date,
  days: number,
  viewerZone: string,
): string {
  return html.replace(/(<time\b[^>]*>)([^<]*)<\/time>/g, (whole, open: string, label: string) => {
    const iso = parseDateLabel(label, format, { now: fixtureNow, timeZone: 'Europe/Moscow' });
    if (!iso) return whole;
    return `${open}${render(new Date(Date.parse(iso) + days * DAY), viewerZone)}</time>`;
  });
}

export const shiftOkLabels = (html: string, fixtureNow: Date, days: number, viewerZone: string) =>
  shiftLabels(html, OK_DATE_FORMAT, okLabel, fixtureNow, days, viewerZone);

export const shiftVkLabels = (html: string, fixtureNow: Date, days: number, viewerZone: string) =>
  shiftLabels(html, VK_DATE_FORMAT, vkLabel, fixtureNow, days, viewerZone);

const VK_NOW = new Date('2026-03-15T09:00:00.000Z');
const OK_NOW = new Date('2026-11-20T09:00:00.000Z');

export const DEMO_PAGES: DemoPage[] = [
  { title: 'ВКонтакте', url: 'https://vk.com/club123456' },
  { title: 'Одноклассники', url: 'https://ok.ru/group/70000001234567' },
];

/** Routes of the demo pages as of `now`, with OK labels written for a browser in `viewerZone`. */
export function demoRoutes(now: Date, viewerZone: string): DemoRoute[] {
  const vkDays = shiftDays(VK_NOW, now);
  const okDays = shiftDays(OK_NOW, now);
  const vkShift = (html: string) => shiftVkLabels(shiftUnixTimes(html, VK_NOW, vkDays), VK_NOW, vkDays, viewerZone);
  const vk = (file: string) => vkShift(read(`vk/wall-pages/${file}`).toString('utf8'));
  const ok = (file: string) => shiftOkLabels(read(file).toString('utf8'), OK_NOW, okDays, viewerZone);
  return [
    { host: 'vk.com', path: '/club123456', route: { body: vk('offset-0.html') } },
    {
      host: 'vk.com',
      path: '/wall-123456',
      route: (url) => {
        const offset = url.searchParams.get('offset') ?? '0';
        if (offset === '50') {
          // The fixture of this page is in windows-1251; the demo serves it re-encoded as UTF-8.
          const html = new TextDecoder('windows-1251').decode(read('vk/wall-pages/offset-50.cp1251.html'));
          return { body: vkShift(html.replace(/charset=windows-1251/gi, 'charset=utf-8')) };
        }
        try {
          return { body: vk(`offset-${offset}.html`) };
        } catch {
          return null;
        }
      },
    },
    {
      host: 'ok.ru',
      path: '/group/70000001234567',
      route: (url, body) => {
        if (url.searchParams.get('cmd') !== 'AltGroupMainFeedsNewRB')
          return { body: ok('ok/desktop-group/source.html') };
        const page = new URLSearchParams(body).get('st.page') ?? '2';
        try {
          return { body: ok(`ok/feed-continuation/page-${page}.html`) };
        } catch {
          return null;
        }
      },
    },
  ];
}
