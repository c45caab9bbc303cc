/**
 * The toolbar badge: how many posts the open group still needs this week, in the one vocabulary's colours
 * (lib/i18n/vocabulary.ts), with the running week's word in the tooltip. `badgeFor` is pure (tested);
 * `showBadgeFor` runs the audit with the stored settings and sets the tab's badge.
 */
import { browser } from 'wxt/browser';
import { auditCommunity } from '../audit/audit';
import type { Audit } from '../audit/types';
import { type Locale, pickLocale } from '../i18n/index';
import { isExcluded, TONE_COLOURS, type Tone, weekStates, weekWord } from '../i18n/vocabulary';
import type { CommunityPage } from '../types';
import { groupKey, loadSettings } from './settings';

/** The badge's colours are the vocabulary's tones. */
export const BADGE_COLORS = {
  /** The week's norm is met (or will be with the scheduled posts). */
  met: TONE_COLOURS.pass.text,
  /** Posts still needed, time left: the running week's tone. */
  needed: TONE_COLOURS.warn.text,
  /** Posts still needed with less than a day left, the month already lost, or a #Н/Д group. */
  urgent: TONE_COLOURS.fail.text,
  /** The posts of the week were not all read: the number is an upper bound. */
  uncertain: TONE_COLOURS.neutral.text,
} as const satisfies Record<string, string>;

export interface Badge {
  text: string;
  color: string;
  /** The tone the colour stands for. */
  tone: Tone;
  /** Tooltip: «Неделя 4: идёт, 1 из 3». */
  title: string;
}

const DAY_MS = 86_400_000;
const WEEK_LABEL: Record<Locale, (week: number, posts: number, required: number) => string> = {
  ru: (week, posts, required) => `Неделя ${week}: ${posts} из ${required}`,
  en: (week, posts, required) => `Week ${week}: ${posts} of ${required}`,
};

export function badgeFor(audit: Audit | null, locale: Locale = 'ru'): Badge | null {
  const f = audit?.forecast;
  if (!audit || !f) return null;
  const week = audit.month.weeks.find((w) => w.week === f.week);
  const excluded = isExcluded(audit);
  const state = week ? (weekStates([week], excluded)[0] ?? 'running') : 'running';
  const title = `${WEEK_LABEL[locale](f.week, f.posts, f.required)} — ${weekWord(state, locale)}`;
  const make = (text: string, tone: Tone): Badge => ({ text, tone, color: TONE_COLOURS[tone].text, title });
  if (excluded) return make(locale === 'ru' ? 'Н/Д' : 'N/A', 'fail');
  const lost = audit.checks.some((c) => c.id === 'frequency' && c.status === 'fail');
  if (f.stillNeeded === 0) return make('✓', lost ? 'fail' : 'pass');
  const left = Date.parse(f.deadline) - Date.parse(audit.now);
  const tone: Tone = !f.postsComplete ? 'neutral' : lost || left < DAY_MS ? 'fail' : 'warn';
  return make(String(f.stillNeeded), tone);
}

/** The value, or undefined when the API is missing or throws (a browser without it, the test double). */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Sets (or clears) the badge of one tab for the page read there. */
export async function showBadgeFor(tabId: number, page: CommunityPage | null, now: Date = new Date()): Promise<void> {
  let badge: Badge | null = null;
  if (page) {
    const settings = await loadSettings();
    const key = groupKey(page);
    const audienceSize = key ? settings.audienceSizes[key] : undefined;
    const locale = pickLocale(attempt(() => browser.i18n.getUILanguage()));
    badge = badgeFor(auditCommunity(page, { now, rules: settings.rules, audienceSize }), locale);
  }
  await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  // The tooltip: the running week in words; without a badge, the extension's own title again.
  const title = badge?.title ?? attempt(() => browser.i18n.getMessage('extActionTitle')) ?? '';
  await browser.action.setTitle({ tabId, title }).catch(() => {});
}
