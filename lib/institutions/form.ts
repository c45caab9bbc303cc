/**
 * The form for a MAX/Telegram page's figures: its text fields → a validated month (lib/institutions/types.ts), or the
 * fields that are wrong (the form keeps every value the user typed). Pure: the zone and the time come in.
 */
import { zonedParts, zonedTimeToInstant } from '../calendar';
import { parseFigure } from '../import/records';
import type { Presence } from '../types';
import { type ManualMonth, ManualMonthSchema } from './types';

export interface ManualFormValues {
  subscribers: string;
  /** Weeks 1–4. */
  weeks: string[];
  aPlus: Presence;
  /** `at` as an `<input type="datetime-local">` gives it («2026-12-02T10:30»), wall time in the rule zone. */
  posts: { at: string; text: string }[];
  /** «Все посты MAX за месяц введены»: the posts above are the month's every post (for «MAX first»). */
  postsComplete?: boolean;
}

export type ManualFormError = { field: 'subscribers' } | { field: 'week'; week: number } | { field: 'post'; n: number };

export type ManualFormResult = { ok: true; value: ManualMonth } | { ok: false; errors: ManualFormError[] };

/** The form's values for a stored month (or an empty form). */
export function formValuesOf(month: ManualMonth | null, timeZone: string): ManualFormValues {
  const two = (x: number) => String(x).padStart(2, '0');
  const local = (iso: string) => {
    const p = zonedParts(new Date(iso), timeZone);
    return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
  };
  return {
    subscribers: month?.subscribers == null ? '' : String(month.subscribers),
    weeks: [0, 1, 2, 3].map((i) => {
      const w = month?.weeks[i];
      return w == null ? '' : String(w);
    }),
    aPlus: month?.aPlus ?? 'unknown',
    posts: (month?.posts ?? []).map((p) => ({ at: local(p.at), text: p.text })),
    postsComplete: month?.postsComplete === true,
  };
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function parseManualForm(
  values: ManualFormValues,
  target: { groupKey: string; year: number; month: number },
  options: { timeZone: string; now: Date },
): ManualFormResult {
  const errors: ManualFormError[] = [];
  const figure = (text: string, error: ManualFormError): number | null => {
    const n = parseFigure(text);
    if (n !== null && Number.isNaN(n)) {
      errors.push(error);
      return null;
    }
    return n;
  };
  const subscribers = figure(values.subscribers, { field: 'subscribers' });
  const weeks = [0, 1, 2, 3].map((i) => figure(values.weeks[i] ?? '', { field: 'week', week: i + 1 }));
  const posts: ManualMonth['posts'] = [];
  values.posts.forEach((p, i) => {
    const text = p.text.replace(/\s+/g, ' ').trim();
    if (p.at.trim() === '' && text === '') return;
    const m = LOCAL.exec(p.at.trim());
    if (m === null || text === '') {
      errors.push({ field: 'post', n: i + 1 });
      return;
    }
    const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
    const at = zonedTimeToInstant({ year, month, day, hour, minute }, options.timeZone);
    posts.push({ at: at.toISOString(), text: text.slice(0, 2000) });
  });
  if (errors.length > 0) return { ok: false, errors };
  const value = ManualMonthSchema.parse({
    groupKey: target.groupKey,
    year: target.year,
    month: target.month,
    subscribers,
    weeks,
    aPlus: values.aPlus,
    posts: posts.sort((a, b) => a.at.localeCompare(b.at)),
    ...(values.postsComplete === true ? { postsComplete: true } : {}),
    enteredAt: options.now.toISOString(),
  });
  return { ok: true, value };
}
