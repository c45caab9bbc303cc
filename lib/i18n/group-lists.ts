/**
 * Texts of the popup's «списки и напоминания» panel (components/GroupLists.tsx): following a group, adding it to a
 * list of the user's choice, the way to the lists page. A chunk of its own, loaded after the popup's first render;
 * both locales here (short texts).
 */
import type { Dictionaries } from './index';

type P = Record<string, string | number>;

const ru = {
  'gl.title': 'Списки и напоминания',
  'gl.trackHint':
    'Напомнит, если неделя закрывается без нормы, пропала отметка «Госорганизация» или нужна регистрация в РКН.',
  'gl.reminderSettings': 'Настроить напоминания',
  'gl.addTo': 'Добавить в список',
  'gl.newList': 'Новый список…',
  'gl.newListName': 'Название нового списка',
  'gl.defaultName': 'Мои группы',
  'gl.add': 'Добавить',
  'gl.businessCard': 'страница-визитка',
  'gl.added': (p: P) => `Добавлено в список «${p.name}».`,
  'gl.already': (p: P) => `Группа уже есть в списке «${p.name}».`,
  'gl.failed': 'Не удалось добавить в список: попробуйте ещё раз.',
  'gl.openList': 'Открыть список',
  'gl.loading': 'Загружаю списки…',
};

type Key = keyof typeof ru;

const en: Record<Key, (typeof ru)[Key]> = {
  'gl.title': 'Lists and reminders',
  'gl.trackHint':
    'Reminds you when a week is about to close short, the «Госорганизация» mark is gone or RKN registration is needed.',
  'gl.reminderSettings': 'Reminder settings',
  'gl.addTo': 'Add to a list',
  'gl.newList': 'New list…',
  'gl.newListName': 'Name of the new list',
  'gl.defaultName': 'My groups',
  'gl.add': 'Add',
  'gl.businessCard': 'a «визитка» page',
  'gl.added': (p: P) => `Added to the list "${p.name}".`,
  'gl.already': (p: P) => `The group is already in the list "${p.name}".`,
  'gl.failed': 'Could not add to the list: please try again.',
  'gl.openList': 'Open the list',
  'gl.loading': 'Loading the lists…',
};

export const groupListsDicts: Dictionaries<Key> = { ru, en };
export type GroupListsKey = Key;
