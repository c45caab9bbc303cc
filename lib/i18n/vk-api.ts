/** Texts of the «Ключ доступа VK API» block of the settings page (components/VkApiKeySettings.tsx). */
import type { Dictionaries } from './index';

const ru = {
  'key.title': 'Ключ доступа VK API',
  'key.intro':
    'Необязательно. С ключом группы ВКонтакте в списках проверяются через официальный API ВКонтакте: 1 000 групп — за несколько минут вместо нескольких часов, с точными счётчиками. Без ключа всё работает как прежде.',
  'key.stepsTitle': 'Как получить ключ',
  'key.step1': 'Войдите во ВКонтакте в этом браузере.',
  'key.step2':
    'Откройте кабинет разработчика: dev.vk.com → «Мои приложения» (новые приложения создаются в VK ID для бизнеса: id.vk.com/about/business/go) → «Создать приложение».',
  'key.step3':
    'Название — любое, например «Аудит госпабликов — мой ключ»; платформа — «Web» (или «Standalone»). Адрес сайта, если спросят, — любой свой, например сайт учреждения.',
  'key.step4':
    'Откройте созданное приложение → «Настройки» или «Ключи доступа» → «Сервисный ключ доступа» → скопируйте его. Не берите «Защищённый ключ» и не создавайте ключ пользователя или сообщества.',
  'key.step5':
    'Вставьте ключ в поле ниже и нажмите «Сохранить ключ». Браузер спросит разрешение обращаться к api.vk.com и api.vk.ru — разрешите.',
  'key.step6': 'Нажмите «Проверить ключ».',
  'key.privacy':
    'Ключ хранится только в этом браузере и отправляется только ВКонтакте (api.vk.com, api.vk.ru). Он не попадает в отчёты, резервные копии и снимки для разработчиков. Сервисный ключ даёт только чтение открытых данных.',
  'key.label': 'Сервисный ключ доступа',
  'key.placeholder': 'Вставьте ключ',
  'key.save': 'Сохранить ключ',
  'key.check': 'Проверить ключ',
  'key.delete': 'Удалить ключ',
  'key.saved': 'Ключ сохранён.',
  'key.none': 'Ключ не задан: группы проверяются по страницам.',
  'key.notAKey':
    'Это не похоже на ключ доступа: скопируйте «Сервисный ключ доступа» целиком — это длинная строка из латинских букв и цифр.',
  'key.denied':
    'Браузер не разрешил обращаться к API ВКонтакте, ключ не сохранён. Нажмите «Сохранить ключ» ещё раз и разрешите доступ.',
  'key.deleted': 'Ключ удалён. Группы снова проверяются по страницам.',
  'key.checking': 'Проверяем…',
  'key.check.ok': 'Ключ работает: группы ВКонтакте в списках будут проверяться через API.',
  'key.check.invalid':
    'ВКонтакте не принял ключ. Проверьте, что скопирован именно «Сервисный ключ доступа» и приложение включено, и сохраните его заново.',
  'key.check.limit':
    'ВКонтакте временно ограничил запросы с этим ключом. Ключ, скорее всего, верный — попробуйте проверить позже.',
  'key.check.network': 'Нет ответа от API ВКонтакте. Проверьте подключение к интернету и попробуйте ещё раз.',
  'key.check.no-permission':
    'Браузер не разрешил расширению обращаться к API ВКонтакте. Сохраните ключ заново и разрешите доступ.',
} as const;

export type VkApiKey = keyof typeof ru;

const en: Record<VkApiKey, string> = {
  'key.title': 'VK API access key',
  'key.intro':
    'Optional. With a key, the VK groups of your lists are checked through VK’s official API: 1 000 groups in a few minutes instead of hours, with exact counters. Without a key everything works as before.',
  'key.stepsTitle': 'How to get the key',
  'key.step1': 'Sign in to VK in this browser.',
  'key.step2':
    'Open the developer cabinet: dev.vk.com → «Мои приложения» (new apps are created in VK ID for business: id.vk.com/about/business/go) → «Создать приложение».',
  'key.step3':
    'Any name, e.g. «Аудит госпабликов — мой ключ»; platform «Web» (or «Standalone»). A site address, if asked, can be any of yours, e.g. the institution’s site.',
  'key.step4':
    'Open the new app → «Настройки» or «Ключи доступа» → «Сервисный ключ доступа» (service access key) → copy it. Do not take the «Защищённый ключ» and do not create a user or community key.',
  'key.step5':
    'Paste the key below and press «Save the key». The browser asks to allow access to api.vk.com and api.vk.ru — allow it.',
  'key.step6': 'Press «Check the key».',
  'key.privacy':
    'The key is kept in this browser only and sent only to VK (api.vk.com, api.vk.ru). It never goes into reports, backups or developer snapshots. A service key only reads public data.',
  'key.label': 'Service access key',
  'key.placeholder': 'Paste the key',
  'key.save': 'Save the key',
  'key.check': 'Check the key',
  'key.delete': 'Delete the key',
  'key.saved': 'The key is saved.',
  'key.none': 'No key: groups are checked page by page.',
  'key.notAKey':
    'This does not look like an access key: copy the whole «Сервисный ключ доступа» — a long string of Latin letters and digits.',
  'key.denied':
    'The browser did not allow access to the VK API, so the key was not saved. Press «Save the key» again and allow access.',
  'key.deleted': 'The key is deleted. Groups are checked page by page again.',
  'key.checking': 'Checking…',
  'key.check.ok': 'The key works: the VK groups of your lists will be checked through the API.',
  'key.check.invalid':
    'VK did not accept the key. Make sure it is the «Сервисный ключ доступа» and the app is switched on, then save it again.',
  'key.check.limit': 'VK limited requests with this key for a while. The key is probably right — check again later.',
  'key.check.network': 'No answer from the VK API. Check the internet connection and try again.',
  'key.check.no-permission':
    'The browser has not allowed the extension to reach the VK API. Save the key again and allow access.',
};

export const vkApiDicts: Dictionaries<VkApiKey> = { ru, en };
