/**
 * The toolbar badge: how many posts the open group still needs this week, coloured by status.
 * `badgeFor` is pure (tested); `showBadgeFor` runs the audit with the stored settings and sets the tab's badge.
 */
import { browser } from 'wxt/browser';
import { auditCommunity } from '../audit/audit';
import type { Audit } from '../audit/types';
import type { CommunityPage } from '../types';
import { groupKey, loadSettings } from './settings';

export const BADGE_COLORS = {
  /** The week's norm is met (or will be with the scheduled posts). */
  met: '#1e8e3e',
  /** Posts still needed, time left. */
  needed: '#e37400',
  /** Posts still needed with less than a day left, or the month is already lost. */
  urgent: '#d93025',
  /** The posts of the week were not all read: the number is an upper bound. */
  uncertain: '#80868b',
} as const;

export interface Badge {
  text: string;
  color: string;
  /** Tooltip. */
  title: string;
}

const DAY_MS = 86_400_000;

export function badgeFor(audit: Audit | null): Badge | null {
  const f = audit?.forecast;
  if (!audit || !f) return null;
  const lost = audit.checks.some((c) => c.id === 'frequency' && c.status === 'fail');
  if (f.stillNeeded === 0) {
    return { text: '✓', color: lost ? BADGE_COLORS.urgent : BADGE_COLORS.met, title: `${f.posts}/${f.required}` };
  }
  const left = Date.parse(f.deadline) - Date.parse(audit.now);
  const color = !f.postsComplete
    ? BADGE_COLORS.uncertain
    : lost || left < DAY_MS
      ? BADGE_COLORS.urgent
      : BADGE_COLORS.needed;
  return { text: String(f.stillNeeded), color, title: `${f.posts}/${f.required}` };
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
