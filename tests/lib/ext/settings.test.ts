import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import {
  DEFAULT_SETTINGS,
  groupKey,
  loadSettings,
  normaliseSettings,
  PACING_DEFAULT_MS,
} from '../../../lib/ext/settings';
import { saveSettings, setAudienceSize, updateSettings } from '../../../lib/ext/settings-write';

describe('settings', () => {
  it('answers the defaults on first run, time zone not yet confirmed', async () => {
    const s = await loadSettings();
    expect(s.rules).toEqual(DEFAULT_RULES);
    expect(s.timeZoneConfirmed).toBe(false);
    expect(s.pacingDelayMs).toBe(PACING_DEFAULT_MS);
    expect(s.audienceSizes).toEqual({});
  });

  it('stores a preset and a confirmed zone, and reads them back', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      rules: { ...RULE_PRESETS['st-petersburg'], timeZone: 'Asia/Yekaterinburg' },
      timeZoneConfirmed: true,
      pacingDelayMs: 2500,
    });
    const s = await loadSettings();
    expect(s.rules.postsComparison).toBe('>');
    expect(s.rules.timeZone).toBe('Asia/Yekaterinburg');
    expect(s.timeZoneConfirmed).toBe(true);
    expect(s.pacingDelayMs).toBe(2500);
  });

  it('keeps the valid fields of a damaged stored value and reports the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        rules: { ...DEFAULT_RULES, minPostsPerWeek: -1, timeZone: 'Asia/Omsk' },
        pacingDelayMs: 5,
        audienceSizes: { 'vk:1': 1200, 'vk:2': -3, 'ok:3': 'many' },
        timeZoneConfirmed: true,
      },
    });
    const s = await loadSettings();
    expect(s.rules.timeZone).toBe('Asia/Omsk');
    expect(s.rules.minPostsPerWeek).toBe(DEFAULT_RULES.minPostsPerWeek);
    expect(s.pacingDelayMs).toBe(PACING_DEFAULT_MS);
    expect(s.audienceSizes).toEqual({ 'vk:1': 1200 });
    const { errors } = normaliseSettings({ pacingDelayMs: 5, audienceSizes: { x: 0 } });
    expect(errors).toHaveLength(2);
  });

  it('does not throw on garbage', () => {
    for (const v of [null, 42, 'x', [], { rules: 'no' }]) {
      expect(normaliseSettings(v).settings.rules).toEqual(DEFAULT_RULES);
    }
  });

  it('sets and forgets the audience size of one group', async () => {
    await setAudienceSize('vk:1', 3000);
    await setAudienceSize('ok:2', 500);
    expect((await loadSettings()).audienceSizes).toEqual({ 'vk:1': 3000, 'ok:2': 500 });
    await setAudienceSize('vk:1', null);
    expect((await loadSettings()).audienceSizes).toEqual({ 'ok:2': 500 });
  });

  it('updates from the current value', async () => {
    await updateSettings((s) => ({ ...s, timeZoneConfirmed: true }));
    expect((await loadSettings()).timeZoneConfirmed).toBe(true);
  });

  it('keys groups by site and id', () => {
    expect(groupKey({ site: 'vk', id: '123' })).toBe('vk:123');
    expect(groupKey({ site: 'ok', id: null })).toBeNull();
  });
});

describe('settings storage format', () => {
  // Fresh modules each time: @wxt-dev/storage migrates an item once, when the item is defined (settings-write).
  const fresh = async () => {
    vi.resetModules();
    return import('../../../lib/ext/settings');
  };
  const writer = () => import('../../../lib/ext/settings-write');

  it('reads a value at the current version directly, and saves it with the version stamp', async () => {
    const m = await fresh();
    await (await writer()).saveSettings({ ...m.DEFAULT_SETTINGS, timeZoneConfirmed: true });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toMatchObject({ timeZoneConfirmed: true });
    expect(stored.settings$).toEqual({ v: m.SETTINGS_VERSION });
    expect((await m.loadSettings()).timeZoneConfirmed).toBe(true);
  });

  it('keeps the stored value when a migration throws, as the storage item does', async () => {
    await fakeBrowser.storage.local.set({ settings: { pacingDelayMs: 2000 }, settings$: { v: 0 } });
    const m = await fresh();
    m.SETTINGS_MIGRATIONS[m.SETTINGS_VERSION] = () => {
      throw new Error('broken migration');
    };
    expect((await m.loadSettings()).pacingDelayMs).toBe(2000);
    m.SETTINGS_MIGRATIONS[m.SETTINGS_VERSION] = () => undefined;
    expect((await m.loadSettings()).pacingDelayMs).toBe(2000);
  });

  it('migrates an older value in memory when reading, and stamps the version on the next save', async () => {
    await fakeBrowser.storage.local.set({
      settings: { timeZoneConfirmed: true, pacingDelayMs: 2000 },
      settings$: { v: 0 },
    });
    const m = await fresh();
    m.SETTINGS_MIGRATIONS[m.SETTINGS_VERSION] = (old) => ({ ...(old as object), pacingDelayMs: 3000 });
    const s = await m.loadSettings();
    expect(s.timeZoneConfirmed).toBe(true);
    expect(s.pacingDelayMs).toBe(3000);
    // Reading writes nothing
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 0 });
    await (await writer()).saveSettings(s);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: m.SETTINGS_VERSION });
    expect(stored.settings).toMatchObject({ timeZoneConfirmed: true, pacingDelayMs: 3000 });
  });
});
