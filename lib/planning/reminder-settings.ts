/**
 * The reminder options the user chooses (pure): which events to remind of, quiet hours, on/off.
 * Kept apart from the notifier (notify.ts) so the settings page carries only this.
 */
import * as z from 'zod/mini';

export const REMINDER_KINDS = ['week-closing', 'gov-mark-lost', 'rkn-threshold', 'name-changed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

// A refine rather than z.regex: the same check, without zod's string-format machinery in the service worker.
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const HHMM = z.string().check(z.refine((s) => HHMM_RE.test(s), { message: 'Expected a time HH:MM' }));

export const ReminderSettingsSchema = z.object({
  enabled: z.boolean(),
  quietHours: z.object({ enabled: z.boolean(), start: HHMM, end: HHMM }),
  kinds: z.object({
    'week-closing': z.boolean(),
    'gov-mark-lost': z.boolean(),
    'rkn-threshold': z.boolean(),
    'name-changed': z.boolean(),
  }),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  quietHours: { enabled: true, start: '22:00', end: '09:00' },
  kinds: { 'week-closing': true, 'gov-mark-lost': true, 'rkn-threshold': true, 'name-changed': true },
};
