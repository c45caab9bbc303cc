/**
 * The lists page's API mode (docs/vk-api.md): on when the user saved a VK API key and the browser allowed the API
 * hosts; the day's wall.get calls counted in the history database. Imported by the lists page only.
 */
import type { BatchDeps } from '../batch/runner';
import { zonedParts } from '../calendar';
import { isoDay } from '../planning/holidays';
import { defaultSleep } from '../sites/core/collect';
import { createApiMode } from '../vkapi/mode';
import { addRequests, getRequestCount } from './history';
import { hasApiPermission, loadVkApiKey } from './vk-api-key';

export type ApiModeState =
  | { state: 'on'; apiMode: NonNullable<BatchDeps['apiMode']> }
  /** A key is saved but the browser has not allowed the API hosts: the page mode is used. */
  | { state: 'no-permission' }
  | { state: 'off' };

/** The counter key of the day's wall.get calls (the history database's `meta` store, beside the page requests). */
export const wallGetDay = (now: Date, timeZone: string) => `vk-api:wall.get:${isoDay(zonedParts(now, timeZone))}`;

export async function loadApiMode(timeZone: string): Promise<ApiModeState> {
  const key = await loadVkApiKey();
  if (key === null) return { state: 'off' };
  if (!(await hasApiPermission())) return { state: 'no-permission' };
  return {
    state: 'on',
    apiMode: createApiMode({
      key,
      fetch: (url, init) => fetch(url, init),
      clock: () => performance.now(),
      sleep: defaultSleep,
      dailyWallGet: {
        counter: { get: getRequestCount, add: addRequests },
        today: () => wallGetDay(new Date(), timeZone),
      },
    }),
  };
}
