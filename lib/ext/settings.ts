/**
 * The user's settings: the rule set, whether the first-run time-zone question was answered, the pause between
 * page requests when collecting posts, and the audience size entered per group. Stored in `local:settings`
 * with a version number; `SETTINGS_MIGRATIONS[n]` turns a version n-1 value into version n. The rule set inside
 * is validated (and migrated) by the engine's parseRuleSet, every other field falls back to its default on its
 * own, so a damaged value never loses the rest.
 *
 * Reading needs no storage library: one browser.storage.local get, an older value migrated in memory. Writing is
 * ./settings-write.ts (the @wxt-dev/storage item, the one place values and migrations are written), a module of its
 * own with no dynamic import here: the background's single-file bundle then holds no lazy-module wrappers, and the
 * popup loads the writer only when something is saved.
 */

import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { DEFAULT_RULES, parseRuleSet, type RuleSet } from '../audit/rules';

export const SETTINGS_VERSION = 1;

/** Bounds of the pause between two page requests when collecting older posts, ms. */
export const PACING_MIN_MS = 500;
export const PACING_MAX_MS = 10_000;
export const PACING_DEFAULT_MS = 1000;

export interface Settings {
  rules: RuleSet;
  /** The first-run question «в каком часовом поясе ваш регион?» was answered. */
  timeZoneConfirmed: boolean;
  /** Pause between two page requests when collecting older posts, ms. */
  pacingDelayMs: number;
  /** Audience size (pupils + parents, residents, staff…) per group, keyed by groupKey(). */
  audienceSizes: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: DEFAULT_RULES,
  timeZoneConfirmed: false,
  pacingDelayMs: PACING_DEFAULT_MS,
  audienceSizes: Object.freeze({}) as Record<string, number>,
}) as Settings;

export const PacingSchema = z.int().check(z.gte(PACING_MIN_MS), z.lte(PACING_MAX_MS));
export const AudienceSizeSchema = z.int().check(z.gt(0), z.lte(1_000_000_000));
const AudienceSizesSchema = z.record(z.string(), AudienceSizeSchema);

/** Migrations of the stored value: `SETTINGS_MIGRATIONS[2]` turns a version-1 value into version 2, and so on. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

/** The key of a group for per-group values: «vk:123», «ok:456»; null without an id. */
export function groupKey(page: { site: string; id: string | null }): string | null {
  return page.id ? `${page.site}:${page.id}` : null;
}

/** Turns any stored value into valid settings, field by field (never throws). */
export function normaliseSettings(input: unknown): { settings: Settings; errors: string[] } {
  const errors: string[] = [];
  const obj = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const parsedRules = 'rules' in obj ? parseRuleSet(obj.rules) : { rules: DEFAULT_RULES, errors: [] };
  errors.push(...parsedRules.errors);
  const pacing = PacingSchema.safeParse(obj.pacingDelayMs);
  if ('pacingDelayMs' in obj && !pacing.success) errors.push('pacingDelayMs: out of range; default kept');
  const audience: Record<string, number> = {};
  if (typeof obj.audienceSizes === 'object' && obj.audienceSizes !== null) {
    for (const [key, value] of Object.entries(obj.audienceSizes)) {
      const ok = AudienceSizeSchema.safeParse(value);
      if (ok.success) audience[key] = ok.data;
      else errors.push(`audienceSizes.${key}: not a positive whole number; dropped`);
    }
  }
  return {
    settings: {
      rules: parsedRules.rules,
      timeZoneConfirmed: obj.timeZoneConfirmed === true,
      pacingDelayMs: pacing.success ? pacing.data : PACING_DEFAULT_MS,
      audienceSizes: AudienceSizesSchema.parse(audience),
    },
    errors,
  };
}

/** Where the item lives in browser.storage.local: the value, and @wxt-dev/storage's metadata (`{ v: version }`). */
export const SETTINGS_KEY = 'settings';
const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;

/**
 * The stored value as @wxt-dev/storage's item would answer it: an older value (metadata `{ v }` below
 * SETTINGS_VERSION; none counts as version 1) goes through the same SETTINGS_MIGRATIONS in memory. The item writes
 * the migrated value back when it is next loaded (any save), so reading never needs the storage library — the
 * background (one bundle, no dynamic import in a service worker) and the popup's first load do without it.
 */
async function readStored(): Promise<unknown> {
  const got = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_META_KEY]);
  let value: unknown = got[SETTINGS_KEY];
  const meta: unknown = got[SETTINGS_META_KEY];
  const version = typeof meta === 'object' && meta !== null && 'v' in meta && typeof meta.v === 'number' ? meta.v : 1;
  if (value == null) return DEFAULT_SETTINGS;
  const stored = value;
  // As the storage item does: a migration answering nothing keeps the value; one that throws leaves the stored
  // value as it is (normaliseSettings then keeps what still fits, field by field)
  try {
    for (let v = version + 1; v <= SETTINGS_VERSION; v++) {
      const migrate = SETTINGS_MIGRATIONS[v];
      if (migrate) value = migrate(value) ?? value;
    }
  } catch {
    return stored;
  }
  return value;
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await readStored()).settings;
}

/** The browser's own IANA zone, used to prefill the first-run question. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_RULES.timeZone;
  } catch {
    return DEFAULT_RULES.timeZone;
  }
}
