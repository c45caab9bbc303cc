/**
 * The form for MAX/Telegram figures entered by hand (components/batch/ManualFiguresForm.tsx, a lazy chunk of the
 * lists page): its own dictionary, so the lists page loads these texts only when the form opens. docs/institutions.md.
 */
import type { Dictionaries, Dictionary } from './index';

const ru = {
  formTitle: (p) => `Цифры ${p.site} за месяц`,
  formHint:
    'MAX и Telegram расширение не читает: введите цифры сами. В списке и отчётах они помечаются «введено вручную».',
  prevMonth: 'Предыдущий месяц',
  nextMonth: 'Следующий месяц',
  subscribers: 'Подписчики',
  week: (p) => `Неделя ${p.n} (${p.days})`,
  weekPosts: 'постов',
  aPlus: 'Отметка «А+» (регистрация в РКН)',
  'aPlus.present': 'есть',
  'aPlus.missing': 'нет',
  'aPlus.unknown': 'не знаю',
  posts: 'Посты MAX (необязательно): время и первые слова — для проверки «сначала в MAX»',
  postsComplete:
    'Введены все посты MAX за месяц (тогда пост ВК/ОК, которого нет среди них, считается не опубликованным сначала в MAX)',
  postAt: 'Дата и время публикации',
  postText: 'Первые слова поста',
  addPost: 'Добавить пост',
  removePost: 'Убрать',
  save: 'Сохранить цифры',
  saved: 'Сохранено.',
  enteredOn: (p) => `Введено вручную ${p.date}`,
  notEntered: 'За этот месяц цифры ещё не введены.',
  badNumber: (p) => `«${p.field}»: нужно целое число от 0 (или пусто).`,
  badPost: (p) => `Пост ${p.n}: укажите дату и время и первые слова.`,
  saveError: 'Не удалось сохранить цифры. Введённое осталось в форме.',
} satisfies Dictionary<string>;

export type ManualFormKey = keyof typeof ru;

const en: Dictionary<ManualFormKey> = {
  formTitle: (p) => `${p.site} figures of the month`,
  formHint:
    'The extension does not read MAX or Telegram: enter the figures yourself. Lists and reports mark them «entered by hand».',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  subscribers: 'Subscribers',
  week: (p) => `Week ${p.n} (${p.days})`,
  weekPosts: 'posts',
  aPlus: '«А+» mark (RKN registration)',
  'aPlus.present': 'yes',
  'aPlus.missing': 'no',
  'aPlus.unknown': 'not sure',
  posts: 'MAX posts (optional): time and first words, for the «MAX first» check',
  postsComplete:
    'Every MAX post of the month is entered (a VK/OK post not among them then counts as not published in MAX first)',
  postAt: 'Published at',
  postText: 'First words of the post',
  addPost: 'Add a post',
  removePost: 'Remove',
  save: 'Save the figures',
  saved: 'Saved.',
  enteredOn: (p) => `Entered by hand on ${p.date}.`,
  notEntered: 'No figures entered for this month yet.',
  badNumber: (p) => `"${p.field}": a whole number of 0 or more (or empty).`,
  badPost: (p) => `Post ${p.n}: enter its date and time and first words.`,
  saveError: 'The figures could not be saved. What you entered is still in the form.',
};

export const manualFormDicts: Dictionaries<ManualFormKey> = { ru, en };
