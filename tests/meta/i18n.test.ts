/** Every feature dictionary (lib/i18n/<feature>.ts) has the same keys in Russian and English, none empty. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../lib/i18n/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

function isDictionaries(v: unknown): v is { ru: Record<string, unknown>; en: Record<string, unknown> } {
  return typeof v === 'object' && v !== null && 'ru' in v && 'en' in v;
}

describe('i18n dictionaries', () => {
  it.each(files.length ? files : ['(none yet)'])('%s has the same keys in ru and en', async (file) => {
    if (file === '(none yet)') return;
    const mod: Record<string, unknown> = await import(new URL(file, dir).href);
    const dicts = Object.values(mod).filter(isDictionaries);
    expect(dicts.length, `${file} exports no { ru, en } dictionary`).toBeGreaterThan(0);
    for (const d of dicts) {
      expect(Object.keys(d.en).sort()).toEqual(Object.keys(d.ru).sort());
      for (const [key, value] of [...Object.entries(d.ru), ...Object.entries(d.en)]) {
        if (typeof value === 'string') expect(value.trim(), `${file}: ${key} is empty`).not.toBe('');
      }
    }
  });
});
