/**
 * Texts that name a rule set on the screens and in the reports: the preset, its source, what is inferred, the
 * formula's extra lines (docs/rule-sets.md). Russian first; the English locale has the same keys.
 */
import type { Dictionaries, Dictionary } from './index';

type P = Record<string, string | number>;

const ru = {
  'rules.preset.federal': 'Федеральная методика ЦУР (слайды «Основы ведения госпабликов»)',
  'rules.preset.st-petersburg': 'Санкт-Петербург: больше 3 постов в неделю',
  'rules.preset.chelyabinsk-2026': 'Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026',
  'rules.preset.bashkortostan': 'Башкортостан: ВКонтакте, Одноклассники, MAX и Telegram, от 3 постов в неделю',
  'rules.preset.sverdlovsk': 'Свердловская область: MAX от 3 постов в неделю, сначала в MAX, ссылка на MAX',
  'rules.preset.custom': 'Свой набор правил',
  'rules.source.federal':
    'Источник: слайды ЦУР «Основы ведения госпабликов»; штраф за минимальные требования — наш выбор',
  'rules.source.st-petersburg': 'Источник: Смольный, «более 3 сообщений» в неделю (2024)',
  'rules.source.chelyabinsk-2026':
    'Источник: приказ №61 от 27.05.2026 в публичной расшифровке муниципального служащего; проверено на опубликованных итогах апреля–июня 2026 (80,07; 80,13; 86,97)',
  'rules.source.bashkortostan':
    'Источник: требования Башкортостана, декабрь 2025 — https://news.mail.ru/society/68998010/',
  'rules.source.sverdlovsk':
    'Источник: требования Свердловской области, ноябрь 2025 — https://ural-news.net/politics/2025/11/18/558379.html',
  'rules.source.custom': 'Значения изменены вручную в настройках',
  'rules.label': 'Правила',
  'rules.inferred': 'Выведено, не опубликовано',
  'rules.penaltyPublished': (p: P) => `Штраф по k: опубликовано ${p.points}`,
  'rules.penaltyInferred': (p: P) => `остальные ${p.n} значений выведены: ${p.rule}`,
  'rules.penaltyInferredNoRule': (p: P) => `остальные ${p.n} значений выведены`,
  'rules.chelyabinsk-2026.rule': 'round((1 − k)·75), не больше 22',
  'rules.factor': (p: P) => `k = доля выполненных требований: ${p.items}`,
  'rules.unroundedEr': (p: P) => `достижение ER — от неокруглённого ER, цель ${p.target}%`,
  'rules.roundParts': 'части и итог округляются до сотых',
  'rules.businessCards': 'страницы-визитки не входят в частотность',
  'rules.platforms': (p: P) => `учреждение ведёт страницы: ${p.platforms}`,
  // «не меньше» takes the genitive: 1 поста, 3 постов, 21 поста
  'rules.norm': (p: P) =>
    `${p.platform}: не меньше ${p.n} ${Number(p.n) % 10 === 1 && Number(p.n) % 100 !== 11 ? 'поста' : 'постов'} в неделю (цифры вводятся вручную)`,
  'rules.maxLink': 'на страницах ВКонтакте и Одноклассников — ссылка на канал MAX',
  'rules.maxFirst': 'публикация сначала в MAX — сверяется с постами MAX, введёнными вручную',
  'item.cover': 'обложка',
  'item.avatar': 'аватар',
  'item.description': 'описание',
  'item.pos-widget': 'виджеты ПОС',
  'item.gov-mark': 'отметка «Госорганизация»',
  'item.design': 'оформление (обложка, аватар и описание)',
} as const;

export type RulesKey = keyof typeof ru;

const en: Dictionary<RulesKey> = {
  'rules.preset.federal': 'Federal ЦУР methodology (slides «Основы ведения госпабликов»)',
  'rules.preset.st-petersburg': 'St Petersburg: more than 3 posts a week',
  'rules.preset.chelyabinsk-2026': 'Chelyabinsk oblast — municipal rating, order №61 of 27.05.2026',
  'rules.preset.bashkortostan': 'Bashkortostan: VK, Odnoklassniki, MAX and Telegram, 3 posts a week or more',
  'rules.preset.sverdlovsk': 'Sverdlovsk oblast: MAX 3 posts a week or more, MAX first, link to MAX',
  'rules.preset.custom': 'Custom rule set',
  'rules.source.federal':
    'Source: the ЦУР slides «Основы ведения госпабликов»; the minimum-requirements penalty is our choice',
  'rules.source.st-petersburg': 'Source: Smolny, «более 3 сообщений» a week (2024)',
  'rules.source.chelyabinsk-2026':
    'Source: order №61 of 27.05.2026 as transcribed publicly by a municipal employee; checked against the published totals of April–June 2026 (80.07, 80.13, 86.97)',
  'rules.source.bashkortostan': 'Source: Bashkortostan’s rules, December 2025 — https://news.mail.ru/society/68998010/',
  'rules.source.sverdlovsk':
    'Source: Sverdlovsk oblast’s rules, November 2025 — https://ural-news.net/politics/2025/11/18/558379.html',
  'rules.source.custom': 'Values changed by hand in the settings',
  'rules.label': 'Rules',
  'rules.inferred': 'Inferred, not published',
  'rules.penaltyPublished': (p: P) => `Penalty by k: published ${p.points}`,
  'rules.penaltyInferred': (p: P) => `the other ${p.n} values are inferred: ${p.rule}`,
  'rules.penaltyInferredNoRule': (p: P) => `the other ${p.n} values are inferred`,
  'rules.chelyabinsk-2026.rule': 'round((1 − k)·75), at most 22',
  'rules.factor': (p: P) => `k = share of the requirements met: ${p.items}`,
  'rules.unroundedEr': (p: P) => `ER achievement from the unrounded ER, target ${p.target}%`,
  'rules.roundParts': 'parts and the total are rounded to 0.01',
  'rules.businessCards': '«визитка» pages are left out of the frequency',
  'rules.platforms': (p: P) => `an institution keeps pages on: ${p.platforms}`,
  'rules.norm': (p: P) =>
    `${p.platform}: at least ${p.n} ${Number(p.n) === 1 ? 'post' : 'posts'} a week (figures entered by hand)`,
  'rules.maxLink': 'the VK and Odnoklassniki pages link to the MAX channel',
  'rules.maxFirst': 'MAX first: compared with the MAX posts entered by hand',
  'item.cover': 'cover',
  'item.avatar': 'avatar',
  'item.description': 'description',
  'item.pos-widget': 'ПОС widgets',
  'item.gov-mark': '«Госорганизация» mark',
  'item.design': 'design (cover, avatar and description)',
};

export const rulesDicts: Dictionaries<RulesKey> = { ru, en };
