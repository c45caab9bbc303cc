/**
 * What a fetched page says about the run itself (not about the group): a rate limit, a captcha or an anti-bot block.
 * Markers from docs/markup.md §6.2 and the OK selectors' notices. Pure.
 */

export type RunBlock = 'rate-limit' | 'captcha' | 'blocked';

const RATE_LIMIT_TEXT = [
  'более одной однотипной страницы',
  'слишком много запросов',
  'too many requests',
  'вы слишком часто',
];

const CAPTCHA_TEXT = [
  'captcha_sid',
  'введите код с картинки',
  'подтвердите, что вы не робот',
  'я не робот',
  'anonymcaptcha',
  'st.cmd=captcha',
];

/** Only the start of a page is searched: block pages are small, community pages carry large scripts. */
const SCAN = 20_000;

export function detectRunBlock(status: number, finalUrl: string, html: string): RunBlock | null {
  let path = '';
  try {
    const url = new URL(finalUrl);
    path = `${url.pathname}${url.search}`.toLowerCase();
  } catch {
    path = '';
  }
  if (status === 429 || path.startsWith('/429.html')) return 'rate-limit';
  if (path.startsWith('/challenge') || path.includes('captcha')) return 'captcha';
  if (status === 418) return 'blocked';
  const head = html.slice(0, SCAN).toLowerCase();
  if (RATE_LIMIT_TEXT.some((t) => head.includes(t))) return 'rate-limit';
  if (CAPTCHA_TEXT.some((t) => head.includes(t))) return 'captcha';
  return null;
}
