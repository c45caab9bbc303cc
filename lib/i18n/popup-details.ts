/**
 * Texts of the popup's details below the first screen (components/AuditDetails.tsx, a chunk loaded after the first
 * render: how the score is made, the weeks table, engagement, the checklist's title and its advice), in both locales.
 * Kept out of lib/i18n/popup/ru.ts so the popup's first load carries only the texts its first screen shows. The advice
 * the first screen can show («Что исправить»: a failed check's) stays there; `useDetailsI18n` looks here first.
 */
import { type Dictionaries, pluralEn, pluralRu } from './index';

type P = Record<string, string | number>;
const n = (p: P, key = 'n'): number => Number(p[key] ?? 0);
// The same words as the registration warnings of lib/i18n/popup/{ru,en}.ts (the first screen's).
const overRu = (p: P) => (p.threshold ? `больше ${p.threshold} подписчиков` : 'подписчиков больше порога регистрации');
const overEn = (p: P) =>
  p.threshold ? `more than ${p.threshold} members` : 'more members than the registration threshold';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  // the checklist's advice (the first screen shows only a failed check's, kept in lib/i18n/popup/ru.ts)
  'advice.cover.present': 'Обложка на месте.',
  'advice.avatar.present': 'Аватар загружен.',
  'advice.description.present': 'Описание заполнено.',
  'advice.pos-widget.present': 'Виджеты «Госуслуги. Решаем вместе» подключены.',
  'advice.gov-mark.present': 'Отметка есть: группа попадёт в федеральную выгрузку.',
  'advice.gov-mark.missing': 'Нет отметки: группа выпадет из рейтинга (#Н/Д). Подтвердите статус через Госуслуги.',
  'advice.gov-mark.gov-mark-missing':
    'Нет отметки: группа выпадет из рейтинга (#Н/Д). Подтвердите статус через Госуслуги.',
  'advice.gov-mark.not-detected': 'Не удалось найти отметку — проверьте её под названием группы.',
  'advice.frequency.all-weeks-met': 'Все четыре недели месяца выполнены.',
  'advice.frequency.week-failed': 'Одна из недель не выполнена — показатель за месяц потерян.',
  'advice.frequency.gov-mark-missing': 'Без отметки «Госорганизация» все недели считаются невыполненными.',
  'advice.frequency.in-progress': 'Месяц идёт: публикуйте не меньше нормы в каждую неделю.',
  'advice.frequency.week-unreadable': 'Не все посты прошедших недель прочитаны — соберите старые посты.',
  'advice.engagement.target-met': 'ER не ниже цели — так держать.',
  'advice.engagement.no-posts': 'В этом месяце ещё нет постов для расчёта.',
  'advice.engagement.no-views': 'Просмотры постов не видны — ER не посчитать.',
  'advice.reach.target-met': 'Охват достиг цели.',
  'advice.reach.input-missing': 'Укажите размер аудитории группы ниже — без него охват не посчитать.',
  'advice.reach.members-unknown': 'Число подписчиков не определено — охват не посчитать.',
  'advice.rkn-registration.registered':
    'Регистрация в РКН видна: ссылка на перечень или отметка «А+». Внесённые в 2024 году страницы подтверждаются заново через сервис площадки.',
  'advice.rkn-registration.not-registered': (p: P) =>
    `${cap(overRu(p))}, а ни ссылки на перечень РКН, ни отметки «А+» нет. См. предупреждение выше.`,
  'advice.rkn-registration.registration-not-seen':
    'Регистрации в РКН не видно — ни ссылки на перечень, ни отметки «А+». Проверьте по подсказке в предупреждении выше.',
  'advice.rkn-registration.application-pending':
    'Номер заявления найден (порядок 2024 года): после решения РКН добавьте в описание ссылку на перечень. Сейчас страницу подтверждают через сервис площадки (отметка «А+»).',
  'advice.rkn-registration.description-incomplete':
    'Описание прочитано не полностью — раскройте «Подробнее» и прочитайте страницу заново.',
  'advice.rkn-registration.members-unknown':
    'Число подписчиков не определено точно — нельзя сказать, нужна ли регистрация.',
  'advice.rkn-registration.under-rkn-threshold': (p: P) =>
    p.threshold ? `Не требуется: не больше ${p.threshold} подписчиков.` : 'Не требуется: подписчиков не больше порога.',
  'advice.rkn-registration.rkn-heads-up': (p: P) =>
    `Скоро ${p.threshold ? `${p.threshold} подписчиков` : 'порог регистрации'}: после этого страницу нужно внести в перечень РКН — подтвердить через сервис площадки (отметка «А+»).`,
  'advice.not-detected': 'Не удалось распознать на странице — проверьте вручную.',
  'advice.page-not-readable': 'Страница закрыта или недоступна — данные не прочитаны.',
  'advice.not-required': 'Не учитывается в выбранных правилах.',
  'advice.in-progress': 'Ещё не завершено.',
  'advice.input-missing': 'Не хватает данных, которые вводите вы.',
  'advice.members-unknown': 'Число подписчиков не определено.',
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
  // the checklist's advice (the first screen shows only a failed check's, kept in lib/i18n/popup/en.ts)
  'advice.cover.present': 'The cover is in place.',
  'advice.avatar.present': 'The avatar is uploaded.',
  'advice.description.present': 'The description is filled in.',
  'advice.pos-widget.present': 'The «Госуслуги. Решаем вместе» widgets are connected.',
  'advice.gov-mark.present': 'The mark is there: the group will be in the federal export.',
  'advice.gov-mark.missing': 'No mark: the group drops out of the rating (#Н/Д). Confirm the status through Госуслуги.',
  'advice.gov-mark.gov-mark-missing':
    'No mark: the group drops out of the rating (#Н/Д). Confirm the status through Госуслуги.',
  'advice.gov-mark.not-detected': 'The mark could not be found — check it under the group name.',
  'advice.frequency.all-weeks-met': 'All four weeks of the month are met.',
  'advice.frequency.week-failed': 'A week was missed — the month is lost for this indicator.',
  'advice.frequency.gov-mark-missing': 'Without the «Госорганизация» mark every week counts as missed.',
  'advice.frequency.in-progress': 'The month is running: publish at least the norm every week.',
  'advice.frequency.week-unreadable': 'Not all posts of past weeks were read — collect the older posts.',
  'advice.engagement.target-met': 'ER is at or above the target — keep it up.',
  'advice.engagement.no-posts': 'No posts this month to compute it from yet.',
  'advice.engagement.no-views': 'Post views are not visible — ER cannot be computed.',
  'advice.reach.target-met': 'Reach has met the target.',
  'advice.reach.input-missing': "Enter the group's audience size below — reach cannot be computed without it.",
  'advice.reach.members-unknown': 'The member count is unknown — reach cannot be computed.',
  'advice.rkn-registration.registered':
    'The RKN registration is shown: a registry link or the «А+» mark. Pages listed in 2024 confirm again through the platform’s service.',
  'advice.rkn-registration.not-registered': (p: P) =>
    `${cap(overEn(p))}, and neither an RKN registry link nor the «А+» mark. See the warning above.`,
  'advice.rkn-registration.registration-not-seen':
    'No RKN registration seen — neither a registry link nor the «А+» mark. Check it as the warning above says.',
  'advice.rkn-registration.application-pending':
    'Application number found (the 2024 procedure): after RKN decides, put the registry link in the description. Now pages confirm through the platform’s service (the «А+» mark).',
  'advice.rkn-registration.description-incomplete':
    'The description was not read in full — expand «Подробнее» and read the page again.',
  'advice.rkn-registration.members-unknown':
    'The member count is not exact — cannot tell whether registration is needed.',
  'advice.rkn-registration.under-rkn-threshold': (p: P) =>
    p.threshold ? `Not required: ${p.threshold} members or fewer.` : 'Not required: members at or below the threshold.',
  'advice.rkn-registration.rkn-heads-up': (p: P) =>
    `Close to ${p.threshold ? `${p.threshold} members` : 'the registration threshold'}: above that the page must be in the RKN list — confirmed through the platform’s service (the «А+» mark).`,
  'advice.not-detected': 'Could not be recognised on the page — check it by hand.',
  'advice.page-not-readable': 'The page is closed or unavailable — the data could not be read.',
  'advice.not-required': 'Not counted by the selected rules.',
  'advice.in-progress': 'Not finished yet.',
  'advice.input-missing': 'Data you enter is missing.',
  'advice.members-unknown': 'The member count is unknown.',
};

export const popupDetailsDicts: Dictionaries<PopupDetailsKey> = { ru, en };
