/**
 * Institutions (one school, library or department with pages on VK, OK, MAX, Telegram) and the figures entered by
 * hand for the platforms the extension does not read (MAX, Telegram: docs/max.md). Pure zod schemas of the records
 * the history database keeps (lib/ext/institutions.ts); see docs/institutions.md.
 */
import * as z from 'zod/mini';
import { PresenceSchema } from '../types';

export const InstitutionRecordSchema = z.object({
  id: z.string(),
  name: z.string().check(z.maxLength(300)),
  category: z.nullable(z.string().check(z.maxLength(200))),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InstitutionRecord = z.infer<typeof InstitutionRecordSchema>;

const count = () => z.int().check(z.gte(0), z.lte(999_999_999));

/** A MAX (or Telegram) post entered by hand for the «MAX first» comparison: its time and first words. */
export const ManualPostSchema = z.object({
  /** ISO instant of publication. */
  at: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not an ISO date' })),
  text: z.string().check(z.maxLength(2000)),
});
export type ManualPost = z.infer<typeof ManualPostSchema>;

/** What the user entered for one page and one month. Every figure may be left empty (null = not entered). */
export const ManualMonthSchema = z.object({
  groupKey: z.string(),
  year: z.int().check(z.gte(2000), z.lte(2100)),
  month: z.int().check(z.gte(1), z.lte(12)),
  subscribers: z.nullable(count()),
  /** Posts published in evaluation weeks 1–4 (1–7, 8–14, 15–21, 22–28). */
  weeks: z.array(z.nullable(count())).check(z.refine((w) => w.length === 4, { message: 'four weeks' })),
  /** The platform's «А+» mark (registration with RKN for channels over 10 000 subscribers). */
  aPlus: PresenceSchema,
  posts: z.array(ManualPostSchema).check(z.maxLength(200)),
  /** The user says `posts` holds every post of the month («все посты MAX за месяц введены»); absent in older entries. */
  postsComplete: z.optional(z.boolean()),
  /** ISO instant of the last change. */
  enteredAt: z.string(),
});
export type ManualMonth = z.infer<typeof ManualMonthSchema>;
