/** The «Списки групп» page's dependencies over a fake world (no network, fixed clock), shared by the page tests. */
import { vi } from 'vitest';
import type { BatchPageDeps, PageSettings } from '../../../entrypoints/batch/App';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { parseListFile } from '../../../lib/import/table';
import { depsFor, type FakeWorld, NOW } from '../../lib/batch/fake-world';

export function pageDeps(world: FakeWorld, extra: Partial<BatchPageDeps> = {}): BatchPageDeps {
  let settings: PageSettings = { rules: DEFAULT_RULES, pacingDelayMs: 1000, audienceSizes: {} };
  let runs = 0;
  return {
    locale: 'ru',
    browserTimeZone: 'Europe/Moscow',
    now: () => NOW,
    initialListId: null,
    loadSettings: async () => settings,
    savePacing: async (ms) => {
      settings = { ...settings, pacingDelayMs: ms };
    },
    saveAudienceSize: vi.fn(async () => {}),
    runnerDeps: (s, cap) => depsFor(world, { pacingMs: s.pacingDelayMs, dailyCap: cap }),
    parseFile: parseListFile,
    newRunId: () => `run-${++runs}`,
    ...extra,
  };
}
