/**
 * Texts of the settings form's platform rules (components/PlatformRulesFields.tsx, rule set v3, docs/institutions.md):
 * a module of its own, loaded with that fieldset after the settings are on screen.
 */
import type { Dictionaries } from './index';

const ru = {
  'opt.platform.vk': 'ВКонтакте',
  'opt.platform.ok': 'Одноклассники',
  'opt.platform.max': 'MAX',
  'opt.platform.telegram': 'Telegram',
  'opt.platforms': 'Учреждения на ВКонтакте, Одноклассниках, MAX и Telegram',
  'opt.platformsHint':
    'Площадки, на которых у каждого учреждения должна быть страница. Цифры MAX и Telegram вводятся вручную на странице «Списки групп».',
  'opt.maxNorm': 'MAX: постов в неделю, не меньше',
  'opt.telegramNorm': 'Telegram: постов в неделю, не меньше',
  'opt.normAsVkOk': 'как ВК/ОК',
  'opt.maxLinkRequired': 'На страницах ВКонтакте и Одноклассников нужна ссылка на канал MAX',
  'opt.maxFirst': 'Публикация сначала в MAX',
  'opt.maxFirstHint':
    'Посты ВК/ОК сверяются по первым словам с постами MAX, введёнными вручную в цифрах MAX за месяц (вид «По учреждениям»).',
  'opt.source.bashkortostan':
    'Источник: требования Башкортостана, декабрь 2025 — https://news.mail.ru/society/68998010/',
  'opt.source.sverdlovsk':
    'Источник: требования Свердловской области, ноябрь 2025 — https://ural-news.net/politics/2025/11/18/558379.html',
} as const;

export type PlatformRulesKey = keyof typeof ru;

const en: Record<PlatformRulesKey, string> = {
  'opt.platform.vk': 'VK',
  'opt.platform.ok': 'Odnoklassniki',
  'opt.platform.max': 'MAX',
  'opt.platform.telegram': 'Telegram',
  'opt.platforms': 'Institutions on VK, Odnoklassniki, MAX and Telegram',
  'opt.platformsHint':
    'Platforms every institution must have a page on. MAX and Telegram figures are entered by hand on the «Group lists» page.',
  'opt.maxNorm': 'MAX: posts a week, at least',
  'opt.telegramNorm': 'Telegram: posts a week, at least',
  'opt.normAsVkOk': 'as VK/OK',
  'opt.maxLinkRequired': 'The VK and Odnoklassniki pages must link to the MAX channel',
  'opt.maxFirst': 'MAX first',
  'opt.maxFirstHint':
    'VK/OK posts are matched by their first words with the MAX posts entered by hand in the month’s MAX figures (the «By institution» view).',
  'opt.source.bashkortostan': 'Source: Bashkortostan’s rules, December 2025 — https://news.mail.ru/society/68998010/',
  'opt.source.sverdlovsk':
    'Source: Sverdlovsk oblast’s rules, November 2025 — https://ural-news.net/politics/2025/11/18/558379.html',
};

export const platformRulesDicts: Dictionaries<PlatformRulesKey> = { ru, en };
