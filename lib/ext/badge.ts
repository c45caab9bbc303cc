/**
 * The toolbar badge: how many posts the open group still needs this week, in the one vocabulary's colours
 * (lib/i18n/vocabulary.ts TONE_COLOUR): green ✓ — the week's norm is met; amber — posts still needed; red — less
 * than a day left, the month already lost, or «Н/Д» for a group without the «Госорганизация» mark (#Н/Д); grey — the
 * week's posts were not all read (the number is an upper bound). `badgeFor` is pure (tested); `showBadgeFor` runs the
 * audit with the stored settings and sets the tab's badge.
 */
import { browser } from 'wxt/browser';
import { auditCommunity } from '../audit/audit';
import type { Audit } from '../audit/types';
import { isExcluded, TONE_COLOUR, type Tone } from '../i18n/vocabulary';
import type { CommunityPage } from '../types';
import { groupKey, loadSettings } from './settings';

export interface Badge {
  text: string;
  /** TONE_COLOUR of the tone the badge stands for. */
  color: string;
}

const DAY_MS = 86_400_000;

export function badgeFor(audit: Audit | null): Badge | null {
  const f = audit?.forecast;
  if (!audit || !f) return null;
  const make = (text: string, tone: Tone): Badge => ({ text, color: TONE_COLOUR[tone] });
  if (isExcluded(audit)) return make('Н/Д', 'fail');
  const lost = audit.checks.some((c) => c.id === 'frequency' && c.status === 'fail');
  if (f.stillNeeded === 0) return make('✓', lost ? 'fail' : 'pass');
  const left = Date.parse(f.deadline) - Date.parse(audit.now);
  return make(String(f.stillNeeded), !f.postsComplete ? 'neutral' : lost || left < DAY_MS ? 'fail' : 'warn');
}

/** Sets (or clears) the badge of one tab for the page read there. */
export async function showBadgeFor(tabId: number, page: CommunityPage | null, now: Date = new Date()): Promise<void> {
  let badge: Badge | null = null;
  if (page) {
    const settings = await loadSettings();
    const key = groupKey(page);
    const audienceSize = key ? settings.audienceSizes[key] : undefined;
    badge = badgeFor(auditCommunity(page, { now, rules: settings.rules, audienceSize }));
  }
  await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
}
