/**
 * Texts of the popup's details below the first screen (components/AuditDetails.tsx, a chunk loaded after the first
 * render: how the score is made, the weeks table, engagement, the checklist's title), in both locales. Kept out of
 * lib/i18n/popup/ru.ts so the popup's first load carries only the texts its first screen shows.
 */
import { type Dictionaries, pluralEn, pluralRu } from './index';

type P = Record<string, string | number>;
const n = (p: P, key = 'n'): number => Number(p[key] ?? 0);

const ru = {
  'checks.title': 'Проверка',
  'weeks.title': 'Недели',
  'weeks.previous': (p: P) => `Прошлый месяц: ${p.month}`,
  'weeks.current': (p: P) => `Этот месяц: ${p.month}`,
  'weeks.range': (p: P) => `${p.from}–${p.to} ${p.month}`,
  'weeks.leftWithoutScheduled': (p: P) => `без запланированных — ещё ${p.count}`,
  'weeks.incomplete': 'не все посты недели прочитаны — постов может быть больше',
  'weeks.outside': (p: P) => `${p.days} — вне оценочных недель: посты этих дней не оцениваются`,
  'score.title': 'Прогноз рейтинга',
  'score.part.frequency': 'Частотность (F)',
  'score.part.engagement': 'Вовлечённость (E)',
  'score.part.reach': 'Охват (R)',
  'score.part.minRequirements': 'Мин. требования (M)',
  'score.weight': (p: P) => `вес ${p.weight}%`,
  'score.missingItems': (p: P) => `не хватает ${p.n} ${pluralRu(n(p), ['элемента', 'элементов', 'элементов'])}`,
  'score.formulaShow': 'Как считается',
  'score.formulaHide': 'Скрыть формулу',
  'score.factorPenalty': 'k = {k} → штраф −{points}',
  'audience.label': 'Размер аудитории группы (ученики и родители, жители, сотрудники…)',
  'audience.placeholder': 'например, 1200',
  'audience.save': 'Сохранить',
  'audience.clear': 'Очистить',
  'audience.hint': 'Охват = подписчики ÷ аудитория × 100%',
  'audience.invalid': 'Введите целое число больше нуля.',
  'er.title': 'Вовлечённость',
  'er.rate': (p: P) => `ER ${p.rate}%`,
  'er.target': (p: P) => `цель ${p.target}%`,
  'er.achievement': (p: P) => `достижение ${p.achievement}%`,
  'er.unknown': 'ER неизвестен',
  'er.counted': (p: P) => `в расчёте ${p.n} ${pluralRu(n(p), ['пост', 'поста', 'постов'])} с ${p.from} по ${p.to}`,
  'er.sums': (p: P) =>
    `реакции ${p.reactions} (лайки ${p.likes}, комментарии ${p.comments}, репосты ${p.reposts}) ÷ просмотры ${p.views}`,
  'er.withoutViews': (p: P) =>
    `${p.n} ${pluralRu(n(p), ['пост', 'поста', 'постов'])} без просмотров не ${pluralRu(n(p), ['учтён', 'учтены', 'учтены'])}`,
  'er.missingCounters': 'у части постов нет счётчиков — приняты за 0',
  'er.partial': 'прочитаны не все посты месяца — ER может измениться',
  'er.estimate': 'оценка: без фильтра накруток и таргета',
  'er.excludedTitle': 'Что не удаётся исключить по странице',
  'er.applied': 'рекламные посты исключены',
  'er.excl.ownComments': 'комментарии самого сообщества (счётчик их включает)',
  'er.excl.bots': 'накрутки, удалённые и заблокированные аккаунты',
  'er.excl.heavySubscribers': 'подписчики 40+ госпабликов',
  'er.excl.targeted': 'просмотры из таргетированной рекламы',
  'er.excl.stories': 'реакции на истории (истории не читаются)',
} as const;

export type PopupDetailsKey = keyof typeof ru;

const en: Record<PopupDetailsKey, string | ((p: P) => string)> = {
  'checks.title': 'Checks',
  'weeks.title': 'Weeks',
  'weeks.previous': (p: P) => `Last month: ${p.month}`,
  'weeks.current': (p: P) => `This month: ${p.month}`,
  'weeks.range': (p: P) => `${p.from}–${p.to} ${p.month}`,
  'weeks.leftWithoutScheduled': (p: P) => `without the scheduled ones — ${p.count} more`,
  'weeks.incomplete': "not all of the week's posts were read — there may be more",
  'weeks.outside': (p: P) => `${p.days} — outside the evaluation weeks: posts on these days are not rated`,
  'score.title': 'Predicted rating',
  'score.part.frequency': 'Frequency (F)',
  'score.part.engagement': 'Engagement (E)',
  'score.part.reach': 'Reach (R)',
  'score.part.minRequirements': 'Min. requirements (M)',
  'score.weight': (p: P) => `weight ${p.weight}%`,
  'score.missingItems': (p: P) => `${p.n} ${pluralEn(n(p), ['item', 'items'])} missing`,
  'score.formulaShow': 'How it is computed',
  'score.formulaHide': 'Hide the formula',
  'score.factorPenalty': 'k = {k} → penalty −{points}',
  'audience.label': "The group's audience size (pupils and parents, residents, staff…)",
  'audience.placeholder': 'e.g. 1200',
  'audience.save': 'Save',
  'audience.clear': 'Clear',
  'audience.hint': 'Reach = members ÷ audience × 100%',
  'audience.invalid': 'Enter a whole number above zero.',
  'er.title': 'Engagement',
  'er.rate': (p: P) => `ER ${p.rate}%`,
  'er.target': (p: P) => `target ${p.target}%`,
  'er.achievement': (p: P) => `achievement ${p.achievement}%`,
  'er.unknown': 'ER unknown',
  'er.counted': (p: P) => `${p.n} ${pluralEn(n(p), ['post', 'posts'])} counted, ${p.from} to ${p.to}`,
  'er.sums': (p: P) =>
    `reactions ${p.reactions} (likes ${p.likes}, comments ${p.comments}, reposts ${p.reposts}) ÷ views ${p.views}`,
  'er.withoutViews': (p: P) => `${p.n} ${pluralEn(n(p), ['post', 'posts'])} without views left out`,
  'er.missingCounters': 'some posts lack counters — counted as 0',
  'er.partial': "not all of the month's posts were read — ER may change",
  'er.estimate': 'estimate: bots and targeting not filtered out',
  'er.excludedTitle': 'What cannot be excluded from a page',
  'er.applied': 'ad posts left out',
  'er.excl.ownComments': "the community's own comments (the counter includes them)",
  'er.excl.bots': 'mass-followers, deleted and blocked accounts',
  'er.excl.heavySubscribers': 'users subscribed to 40+ госпаблики',
  'er.excl.targeted': 'views from targeted ads',
  'er.excl.stories': 'story reactions (stories are not read)',
};

export const popupDetailsDicts: Dictionaries<PopupDetailsKey> = { ru, en };
