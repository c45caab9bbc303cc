import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackupText } from '../../../lib/export/store';
import { closeHistory, useHistoryDatabase } from '../../../lib/ext/history';
import { loadSettings } from '../../../lib/ext/settings';
import { saveSettings } from '../../../lib/ext/settings-write';
import { checkVkApiKey } from '../../../lib/ext/vk-api-check';
import {
  deleteVkApiKey,
  loadVkApiKey,
  requestApiPermission,
  saveVkApiKey,
  VK_API_KEY_ITEM,
  vkApiAccess,
} from '../../../lib/ext/vk-api-key';
import { normaliseKey } from '../../../lib/vkapi/key';
import { VK_API_ORIGINS } from '../../../lib/vkapi/limits';
import { mixedGroups } from '../../fakes/vk-api';
import { ApiWorld, KEY } from '../vkapi/world';

/** The fake browser has no permissions API: a set of granted origins, and what `request` answers. */
let granted = new Set<string>();
let userAllows = true;
beforeEach(() => {
  granted = new Set();
  userAllows = true;
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o));
  permissions.request = async (p: { origins?: string[] }) => {
    if (userAllows) for (const o of p.origins ?? []) granted.add(o);
    return userAllows;
  };
  permissions.remove = async (p: { origins?: string[] }) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  };
});

describe('normaliseKey', () => {
  it('takes the key as pasted: spaces, or a whole access_token fragment', () => {
    expect(normaliseKey(`  ${KEY}\n`)).toBe(KEY);
    expect(normaliseKey(`https://oauth.vk.com/blank.html#access_token=${KEY}&expires_in=0`)).toBe(KEY);
    expect(normaliseKey('vk1.a.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd')).toBe(
      'vk1.a.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd',
    );
  });

  it('refuses what is not a key (too short, spaces or other characters inside)', () => {
    for (const bad of ['', 'abc', `${KEY.slice(0, 20)} ${KEY.slice(20)}`, `${KEY}<script>`, 'Сервисный ключ доступа']) {
      expect(normaliseKey(bad)).toBeNull();
    }
  });
});

describe('the key in storage', () => {
  it('lives in its own storage.local item only: not in the settings, not in the backup', async () => {
    await saveSettings(await loadSettings());
    await saveVkApiKey(KEY);
    expect(await loadVkApiKey()).toBe(KEY);
    const all = await fakeBrowser.storage.local.get(null);
    const holders = Object.entries(all)
      .filter(([, v]) => JSON.stringify(v).includes(KEY))
      .map(([k]) => k);
    expect(holders).toEqual([VK_API_KEY_ITEM]);
    const db = `key-${Math.random()}`;
    useHistoryDatabase(db);
    try {
      const backup = await exportBackupText(new Date('2026-11-26T09:00:00Z'));
      expect(backup).toContain('gospabliki-audit-backup');
      expect(backup).not.toContain(KEY);
    } finally {
      await closeHistory(db);
    }
  });

  it('is used only with the browser’s permission for the API hosts', async () => {
    await saveVkApiKey(KEY);
    expect(await vkApiAccess()).toBeNull();
    expect(await requestApiPermission()).toBe(true);
    expect([...granted].sort()).toEqual([...VK_API_ORIGINS].sort());
    expect(await vkApiAccess()).toEqual({ key: KEY });
  });

  it('a refused permission leaves the API off', async () => {
    userAllows = false;
    expect(await requestApiPermission()).toBe(false);
    await saveVkApiKey(KEY);
    expect(await vkApiAccess()).toBeNull();
  });

  it('«Удалить ключ» removes the item and gives the permission back', async () => {
    await saveVkApiKey(KEY);
    await requestApiPermission();
    await deleteVkApiKey();
    expect(await loadVkApiKey()).toBeNull();
    expect(granted.size).toBe(0);
    expect(VK_API_KEY_ITEM in (await fakeBrowser.storage.local.get(null))).toBe(false);
  });

  it('ignores a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ [VK_API_KEY_ITEM]: { key: KEY } });
    expect(await loadVkApiKey()).toBeNull();
    await fakeBrowser.storage.local.set({ [VK_API_KEY_ITEM]: 'not a key' });
    expect(await loadVkApiKey()).toBeNull();
  });
});

describe('checkVkApiKey («Проверить ключ»)', () => {
  it('makes one harmless call and says whether VK accepted the key', async () => {
    await requestApiPermission();
    const world = new ApiWorld(mixedGroups(1));
    expect(await checkVkApiKey(KEY, world.fetch)).toBe('ok');
    expect(world.sent.map((s) => s.method)).toEqual(['groups.getById']);
    expect(new URLSearchParams(world.sent[0]?.body).get('group_id')).toBe('1');
    expect(await checkVkApiKey('0'.repeat(64), world.fetch)).toBe('invalid');
    world.offline = true;
    expect(await checkVkApiKey(KEY, world.fetch)).toBe('network');
  });

  it('says the permission is missing instead of sending anything without it', async () => {
    const world = new ApiWorld(mixedGroups(1));
    expect(await checkVkApiKey(KEY, world.fetch)).toBe('no-permission');
    expect(world.sent).toEqual([]);
  });
});
