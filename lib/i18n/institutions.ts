/**
 * Institutions on the lists page: the grouped view, the form for MAX/Telegram figures entered by hand, the import
 * report's lines about institutions. Russian first, English with the same keys (docs/institutions.md).
 */
import { type Dictionaries, type Dictionary, pluralEn, pluralRu } from './index';

const n = (p: Record<string, string | number>, key = 'n') => Number(p[key] ?? 0);

const ru = {
  viewInstitutions: 'По учреждениям',
  viewPages: 'По страницам',
  institution: 'Учреждение',
  whole: 'В целом',
  unnamed: 'Без названия',
  outside: (p) =>
    `${n(p)} ${pluralRu(n(p), ['страница', 'страницы', 'страниц'])} вне учреждений — во вкладке «По страницам».`,
  'state.pass': 'норма выполнена',
  'state.fail': 'норма не выполнена',
  'state.pending': 'в процессе',
  'state.unknown': 'не определено',
  'state.missing': 'нет страницы',
  'state.none': 'нет',
  'compliance.pass': 'соответствует',
  'compliance.fail': 'не соответствует',
  'compliance.unknown': 'не определено',
  maxLink: 'Ссылка на MAX',
  'maxLink.not-required': 'Правила не требуют ссылки на MAX.',
  'maxLink.not-detected': 'Ссылки страницы не прочитаны: проверьте страницу ещё раз или посмотрите сами.',
  'maxLink.max-link-found': 'На странице есть ссылка на канал MAX учреждения.',
  'maxLink.max-link-unmatched':
    'Ссылка на MAX есть, но не совпадает с каналом из списка (например, ссылка-приглашение) — проверьте сами.',
  'maxLink.max-link-missing': 'В описании, ссылках и меню страницы нет ссылки на канал MAX.',
  'maxLink.description-incomplete':
    'Описание прочитано не полностью (свёрнуто): ссылка может быть в скрытой части — проверьте сами.',
  importInstitutions: (p) =>
    `Учреждений: ${n(p)}${n(p, 'figures') > 0 ? `; цифры MAX/Telegram за ${n(p, 'figures')} ${pluralRu(n(p, 'figures'), ['месяц', 'месяца', 'месяцев'])}` : ''}.`,
  nothingToRun:
    'Нечего проверять: в списке нет страниц ВКонтакте и Одноклассников. Для MAX и Telegram введите цифры вручную.',
  // ---- figures entered by hand ----
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
  posts: 'Посты MAX для проверки «сначала в MAX» (необязательно)',
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
  removeFromInstitution: 'Убрать из учреждения',
  inInstitution: (p) => `Учреждение: ${p.name}`,
} satisfies Dictionary<string>;

export type InstitutionKey = keyof typeof ru;

const en: Dictionary<InstitutionKey> = {
  viewInstitutions: 'By institution',
  viewPages: 'By page',
  institution: 'Institution',
  whole: 'As a whole',
  unnamed: 'Unnamed',
  outside: (p) => `${n(p)} ${pluralEn(n(p), ['page is', 'pages are'])} in no institution: see «By page».`,
  'state.pass': 'norm met',
  'state.fail': 'norm missed',
  'state.pending': 'in progress',
  'state.unknown': 'unknown',
  'state.missing': 'no page',
  'state.none': 'none',
  'compliance.pass': 'compliant',
  'compliance.fail': 'not compliant',
  'compliance.unknown': 'unknown',
  maxLink: 'Link to MAX',
  'maxLink.not-required': 'The rule set does not ask for a link to MAX.',
  'maxLink.not-detected': 'The page’s links were not read: check the page again or look yourself.',
  'maxLink.max-link-found': 'The page links to the institution’s MAX channel.',
  'maxLink.max-link-unmatched':
    'There is a MAX link, but not to the channel in the list (an invite link, say): check it yourself.',
  'maxLink.max-link-missing': 'The page’s description, links and menu have no link to the MAX channel.',
  'maxLink.description-incomplete':
    'The description was not read in full (collapsed): the link may be in the hidden part; check it yourself.',
  importInstitutions: (p) =>
    `Institutions: ${n(p)}${n(p, 'figures') > 0 ? `; MAX/Telegram figures for ${n(p, 'figures')} ${pluralEn(n(p, 'figures'), ['month', 'months'])}` : ''}.`,
  nothingToRun: 'Nothing to check: the list has no VK or Odnoklassniki pages. Enter MAX and Telegram figures by hand.',
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
  posts: 'MAX posts for the «MAX first» check (optional)',
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
  removeFromInstitution: 'Remove from the institution',
  inInstitution: (p) => `Institution: ${p.name}`,
};

export const institutionDicts: Dictionaries<InstitutionKey> = { ru, en };
