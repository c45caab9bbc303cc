/**
 * Texts of the popup's secondary panels, each a chunk loaded after the first render: the first-run time-zone
 * question, the description advice (not scored), the diagnostics, the score's formula, the notice of a history that could not be saved, and the screens for a page
 * that is not a community or could not be read. Kept out of lib/i18n/popup/ru.ts so the
 * popup's first load carries only the texts its first view can show. Both locales live here: the panels load on
 * demand, and these texts are short.
 */
import type { Dictionaries } from './index';

type P = Record<string, string | number>;

const ru = {
  'tz.question': 'В каком часовом поясе ваш регион?',
  'tz.hint': 'Недели ЦУР считаются по времени региона. Мы подставили пояс браузера — поправьте, если он другой.',
  'tz.save': 'Сохранить',
  'tz.invalid': 'Неизвестный часовой пояс. Пример: Europe/Moscow, Asia/Yekaterinburg.',
  'desc.title': 'Что указать в описании',
  'desc.note': 'рекомендация, на баллы не влияет',
  'desc.phone': 'телефон',
  'desc.address': 'адрес',
  'desc.hours': 'часы работы',
  'desc.site': 'ссылка на официальный сайт',
  'desc.found': 'есть',
  'desc.notFound': 'не найдено',
  'desc.incomplete': 'описание прочитано не полностью — часть пунктов может быть ниже «Подробнее»',
  'desc.none': 'описание не прочитано',
  'diag.title': 'Диагностика',
  'diag.layout': (p: P) => `Разметка: ${p.layout}`,
  'diag.layoutUnknown': 'Разметка: не распознана',
  'diag.read': (p: P) => `Чтение: ${p.ms} мс, постов: ${p.posts}`,
  'diag.sources': 'Откуда взяты данные',
  'diag.notFound': 'Не найдено',
  'diag.allFound': 'Все ожидаемые элементы найдены.',
  'diag.snapshot': 'Сохранить снимок для разработчиков',
  'diag.snapshotHint':
    'Файл с HTML страницы (имена, id и фото людей заменены) и результатом чтения. Передайте его разработчикам, если данные прочитаны неверно.',
  'diag.snapshotFailed': 'Не удалось сохранить снимок.',
  'score.formula.total': 'Итог = {formula}',
  'score.note':
    'Это оценка по методике ЦУР на данных страницы, а не официальный результат. F = 100, пока ни одна неделя не провалена (если оставшиеся будут выполнены), и 0 — если провалена хоть одна.',
  'history.quota': 'Аудит не сохранён в истории: на диске нет места. Освободите место — уже сохранённое не потеряно.',
  'history.failed': 'Аудит не сохранён в истории: хранилище недоступно.',
  'none.title': 'Это не страница сообщества',
  'none.text':
    'Откройте главную страницу сообщества ВКонтакте или группы в Одноклассниках и нажмите на значок расширения ещё раз.',
  'none.profile': 'Сейчас открыта личная страница, а не сообщество.',
  'none.offsite': 'Расширение читает страницы vk.com и ok.ru.',
  'none.batch': 'Открыть списки групп',
  'error.title': 'Не удалось прочитать страницу',
  'error.noScript':
    'Обновите страницу (F5) и откройте расширение снова: на этой вкладке скрипт расширения ещё не запущен.',
  'error.retry': 'Повторить',
} as const;

export type PopupSecondaryKey = keyof typeof ru;

const en: Record<PopupSecondaryKey, string | ((p: P) => string)> = {
  'tz.question': 'Which time zone is your region in?',
  'tz.hint': "The ЦУР weeks follow the region's time. We prefilled your browser's zone — change it if it differs.",
  'tz.save': 'Save',
  'tz.invalid': 'Unknown time zone. Example: Europe/Moscow, Asia/Yekaterinburg.',
  'desc.title': 'What to put in the description',
  'desc.note': 'advice, not scored',
  'desc.phone': 'phone',
  'desc.address': 'address',
  'desc.hours': 'working hours',
  'desc.site': 'link to the official website',
  'desc.found': 'found',
  'desc.notFound': 'not found',
  'desc.incomplete': 'the description was not read in full — some items may be behind «Подробнее»',
  'desc.none': 'the description was not read',
  'diag.title': 'Diagnostics',
  'diag.layout': (p: P) => `Layout: ${p.layout}`,
  'diag.layoutUnknown': 'Layout: not recognised',
  'diag.read': (p: P) => `Read in ${p.ms} ms, posts: ${p.posts}`,
  'diag.sources': 'Where the data came from',
  'diag.notFound': 'Not found',
  'diag.allFound': 'Every expected element was found.',
  'diag.snapshot': 'Save a snapshot for the developers',
  'diag.snapshotHint':
    "A file with the page HTML (people's names, ids and photos replaced) and the reader's result. Hand it to the developers if the page was read wrong.",
  'diag.snapshotFailed': 'The snapshot could not be saved.',
  'score.formula.total': 'Total = {formula}',
  'score.note':
    'An estimate by the ЦУР methodology from the page data, not the official result. F = 100 while no week has been missed (assuming the rest will be met), 0 once one is.',
  'history.quota':
    'The audit was not saved to the history: the disk is full. Free some space — nothing already saved is lost.',
  'history.failed': 'The audit was not saved to the history: storage is unavailable.',
  'none.title': 'This is not a community page',
  'none.offsite': 'The extension reads vk.com and ok.ru pages.',
  'none.batch': 'Open the group lists',
  'error.title': 'The page could not be read',
  'error.retry': 'Try again',
  'none.text': "Open a VK community's or an OK group's main page and click the extension icon again.",
  'none.profile': "This is a person's page, not a community.",
  'error.noScript': "Reload the page (F5) and open the extension again: its script isn't running in this tab yet.",
};

export const popupSecondaryDicts: Dictionaries<PopupSecondaryKey> = { ru, en };
