/** The reminders' texts: both locales complete, and the notifications' dictionary is the same texts as the pages'. */
import { describe, expect, it } from 'vitest';
import { createT } from '../../../lib/i18n';
import { notifyDicts, remindersDicts } from '../../../lib/i18n/reminders';

describe('reminders dictionaries', () => {
  it('have the same keys in Russian and English', () => {
    expect(Object.keys(remindersDicts.en).sort()).toEqual(Object.keys(remindersDicts.ru).sort());
    expect(Object.keys(notifyDicts.en).sort()).toEqual(Object.keys(notifyDicts.ru).sort());
  });

  it('give the notifications the very texts of the full dictionary, and nothing of the pages', () => {
    for (const locale of ['ru', 'en'] as const) {
      for (const [key, text] of Object.entries(notifyDicts[locale])) {
        expect(remindersDicts[locale][key as keyof typeof remindersDicts.ru]).toBe(text);
      }
      expect(Object.keys(notifyDicts[locale]).every((k) => k.startsWith('notify.'))).toBe(true);
      expect(
        Object.keys(remindersDicts[locale])
          .filter((k) => k.startsWith('notify.'))
          .sort(),
      ).toEqual(Object.keys(notifyDicts[locale]).sort());
    }
    expect(createT(remindersDicts, 'ru')('cal.title')).toBe('Календарь оценки');
    expect(createT(notifyDicts, 'en')('notify.listTitle', { name: 'Schools' })).toBe('List "Schools"');
  });
});
