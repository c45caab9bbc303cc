/**
 * Machine-readable reason codes of check results. The UI translates each one (ru first, en second) and gives the
 * advice that fits: the kinds of 'unknown' differ (still in progress, page not readable, input not entered…).
 */
export const REASON_CODES = [
  // pass
  'present',
  'all-weeks-met',
  'target-met',
  'registered',
  // fail
  'missing',
  'gov-mark-missing',
  'week-failed',
  'below-target',
  'below-threshold',
  'not-registered',
  // unknown
  'not-detected',
  'page-not-readable',
  'in-progress',
  'week-unreadable',
  'no-posts',
  'no-views',
  'input-missing',
  'members-unknown',
  'application-pending',
  'registration-not-seen',
  'description-incomplete',
  // not-applicable
  'not-required',
  'not-on-platform',
  'under-rkn-threshold',
  'rkn-heads-up',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * What each code means (developer documentation; the UI owns the user-facing text).
 * - present / missing / not-detected: a page element was seen, was surely absent, or the reader could not tell.
 * - page-not-readable: the page is closed, private, blocked or deleted, so the data could not be read.
 * - gov-mark-missing: no «Госорганизация» mark → #Н/Д, every ended week fails (methodology §3.6).
 * - all-weeks-met / week-failed / in-progress / week-unreadable: the frequency check; in-progress = no week failed,
 *   some are still running or to come; week-unreadable = an ended week's posts were not all read.
 * - target-met / below-target / no-posts / no-views: engagement (ER vs the target) so far this month.
 * - target-met / below-threshold / input-missing / members-unknown: reach (audience size not entered, member
 *   count unknown or too rough to decide).
 * - registered / not-registered / application-pending / registration-not-seen / description-incomplete /
 *   members-unknown / under-rkn-threshold / rkn-heads-up: RKN registration (docs/rkn-registration.md).
 *   registered = a registry link (2024 or 2025 form) or the «А+» mark is on the page; not-registered = over the
 *   threshold, no link, the description read in full and the «А+» mark surely absent; registration-not-seen = over the
 *   threshold, neither a link nor «А+» seen, and the mark could not be checked (its markup is not documented for the
 *   layout): a warning to check, never a failure.
 * - not-required: the rule set does not count this minimum-requirement item.
 * - not-on-platform: a MAX/Telegram page (figures entered by hand) has no such item in the methodology (cover, ПОС,
 *   «Госорганизация», engagement, reach): lib/institutions/manual.ts.
 */
export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}
