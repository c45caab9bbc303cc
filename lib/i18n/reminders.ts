/**
 * Texts of the reminders (browser notifications), the planning calendar and the reminder settings.
 * Russian first; the English locale has the same keys.
 */
import { type Dictionaries, pluralEn, pluralRu } from './index';
import { type SettingsKey, settingsEn, settingsRu } from './reminder-settings';

type P = Record<string, string | number>;
const n = (p: P, key: string): number => Number(p[key] ?? 0);
const s = (p: P, key: string): string => String(p[key] ?? '');

/** The notifications' texts: the only part the background (service worker) needs. */
const notifyRu = {
  // ---- notifications ----
  'notify.weekClosing.tomorrow': (p: P) => `Неделя ${s(p, 'range')} закрывается завтра в 23:59`,
  'notify.weekClosing.today': (p: P) => `Неделя ${s(p, 'range')} закрывается сегодня в 23:59`,
  'notify.weekClosing.group': (p: P) =>
    `в группе «${s(p, 'name')}» ${n(p, 'posts')} ${pluralRu(n(p, 'posts'), ['пост', 'поста', 'постов'])} из ${n(p, 'required')}`,
  'notify.govMarkLost': (p: P) =>
    `Группа «${s(p, 'name')}» потеряла отметку «Госорганизация»: без неё группа не попадёт в федеральную выгрузку ` +
    '(#Н/Д) и недели месяца не будут засчитаны. Подтвердите статус через Госуслуги.',
  'notify.rkn': (p: P) =>
    `У группы «${s(p, 'name')}» ${p.threshold ? `больше ${s(p, 'threshold')} подписчиков` : 'подписчиков больше порога'} (${s(p, 'members')}): ` +
    'нужна регистрация в перечне РКН — подтвердите страницу через сервис площадки (до 3 рабочих дней, отметка «А+»). ' +
    'Прежний порядок (2024 год) — заявление на Госуслугах.',
  'notify.nameChanged': (p: P) =>
    `Название группы изменилось во время оценочной недели: «${s(p, 'from')}» → «${s(p, 'to')}». ` +
    'Менять название безопаснее только 29–31 числа.',
  'notify.listTitle': (p: P) => `Список «${s(p, 'name')}»`,
  'notify.more': (p: P) => `и ещё ${n(p, 'count')} ${pluralRu(n(p, 'count'), ['группа', 'группы', 'групп'])}`,
  'notify.appTitle': 'Госпаблики: напоминание',
};

type NotifyKey = keyof typeof notifyRu;

/** The planning calendar (extension pages only). */
const uiRu = {
  // ---- calendar ----
  'cal.title': 'Календарь оценки',
  'cal.week': (p: P) => `Неделя ${n(p, 'week')}: ${s(p, 'range')}`,
  'cal.outside': 'Вне оценки',
  'cal.outsideHint': '29–31 числа не входят ни в одну неделю: посты не засчитываются, зато можно менять название',
  'cal.today': 'сегодня',
  'cal.dayOff': 'выходной',
  'cal.holiday': 'праздник',
  'cal.weekEnded': 'закончилась',
  'cal.weekCurrent': 'идёт сейчас',
  'cal.needed': (p: P) =>
    n(p, 'needed') === 0
      ? 'норма выполнена'
      : `нужно ещё ${n(p, 'needed')} ${pluralRu(n(p, 'needed'), ['пост', 'поста', 'постов'])}`,
  'cal.posts': (p: P) => `${n(p, 'posts')} из ${n(p, 'required')}`,
  'cal.remaining': 'Посты на оставшиеся недели',
  'cal.holidaysAhead': 'Праздники впереди',
  'cal.holidayRun': (p: P) =>
    `${s(p, 'range')}: ${n(p, 'days')} ${pluralRu(n(p, 'days'), ['выходной день', 'выходных дня', 'выходных дней'])} подряд`,
  'cal.holidayInProgress': 'уже идут',
  'cal.holidayStartsIn': (p: P) => `через ${n(p, 'days')} ${pluralRu(n(p, 'days'), ['день', 'дня', 'дней'])}`,
  'cal.schedule': (p: P) =>
    `неделя ${s(p, 'range')}: запланируйте ${n(p, 'posts')} ${pluralRu(n(p, 'posts'), ['пост', 'поста', 'постов'])}` +
    ` (выходных в неделе: ${n(p, 'daysOff')} из ${n(p, 'daysLeft')})`,
  'cal.scheduleDone': (p: P) => `неделя ${s(p, 'range')}: норма уже выполнена`,
  'cal.outsideDays': (p: P) =>
    `${n(p, 'days')} ${pluralRu(n(p, 'days'), ['день', 'дня', 'дней'])} праздников — 29–31 числа, вне оценки`,
  'cal.scheduleAdvice':
    'Отложенные посты можно запланировать в ВКонтакте, в Одноклассниках или в кабинете Госпабликов.',
  'cal.noHolidayData': (p: P) =>
    `Производственного календаря на ${n(p, 'year')} год в расширении пока нет: праздники этого года не показаны.`,
  'cal.statutoryOnly': (p: P) =>
    `${n(p, 'year')}: только праздники по ТК РФ (ст. 112), переносы выходных постановлением пока не учтены.`,
  'cal.source': (p: P) => `Источник: ${s(p, 'source')}`,
  'cal.weekdays': 'Пн,Вт,Ср,Чт,Пт,Сб,Вс',
  'cal.holidaysHint':
    'Оценочные недели не сдвигаются из-за праздников: неделя закрывается в 23:59 7, 14, 21 и 28 числа.',
  // ---- holiday names ----
  'holiday.new-year': 'Новогодние каникулы',
  'holiday.christmas': 'Рождество Христово',
  'holiday.defender-day': 'День защитника Отечества',
  'holiday.womens-day': 'Международный женский день',
  'holiday.spring-labour-day': 'Праздник Весны и Труда',
  'holiday.victory-day': 'День Победы',
  'holiday.russia-day': 'День России',
  'holiday.unity-day': 'День народного единства',
};

type UiKey = keyof typeof uiRu;

const notifyEn: Record<NotifyKey, (typeof notifyRu)[NotifyKey]> = {
  'notify.weekClosing.tomorrow': (p: P) => `Week ${s(p, 'range')} closes tomorrow at 23:59`,
  'notify.weekClosing.today': (p: P) => `Week ${s(p, 'range')} closes today at 23:59`,
  'notify.weekClosing.group': (p: P) =>
    `"${s(p, 'name')}" has ${n(p, 'posts')} ${pluralEn(n(p, 'posts'), ['post', 'posts'])} of ${n(p, 'required')}`,
  'notify.govMarkLost': (p: P) =>
    `"${s(p, 'name')}" lost its «Госорганизация» mark: without it the group is left out of the federal export ` +
    '(#N/A) and the month’s weeks will not count. Confirm the status through Gosuslugi.',
  'notify.rkn': (p: P) =>
    `"${s(p, 'name')}" has ${p.threshold ? `more than ${s(p, 'threshold')} subscribers` : 'more subscribers than the threshold'} ` +
    `(${s(p, 'members')}): it must be in the RKN list — confirm the page through the platform’s service (up to 3 ` +
    'working days, the «А+» mark). The former procedure (2024): an application on Gosuslugi.',
  'notify.nameChanged': (p: P) =>
    `The group’s name changed during an evaluation week: "${s(p, 'from')}" → "${s(p, 'to')}". ` +
    'Renaming is safe only on the 29th–31st.',
  'notify.listTitle': (p: P) => `List "${s(p, 'name')}"`,
  'notify.more': (p: P) => `and ${n(p, 'count')} more ${pluralEn(n(p, 'count'), ['group', 'groups'])}`,
  'notify.appTitle': 'Gospabliki: reminder',
};

const uiEn: Record<UiKey, (typeof uiRu)[UiKey]> = {
  'cal.title': 'Evaluation calendar',
  'cal.week': (p: P) => `Week ${n(p, 'week')}: ${s(p, 'range')}`,
  'cal.outside': 'Not evaluated',
  'cal.outsideHint': 'The 29th–31st belong to no week: posts there do not count, but renaming is safe',
  'cal.today': 'today',
  'cal.dayOff': 'day off',
  'cal.holiday': 'public holiday',
  'cal.weekEnded': 'ended',
  'cal.weekCurrent': 'running now',
  'cal.needed': (p: P) =>
    n(p, 'needed') === 0
      ? 'target met'
      : `${n(p, 'needed')} more ${pluralEn(n(p, 'needed'), ['post', 'posts'])} needed`,
  'cal.posts': (p: P) => `${n(p, 'posts')} of ${n(p, 'required')}`,
  'cal.remaining': 'Posts for the remaining weeks',
  'cal.holidaysAhead': 'Holidays ahead',
  'cal.holidayRun': (p: P) =>
    `${s(p, 'range')}: ${n(p, 'days')} ${pluralEn(n(p, 'days'), ['day', 'days'])} off in a row`,
  'cal.holidayInProgress': 'in progress',
  'cal.holidayStartsIn': (p: P) => `in ${n(p, 'days')} ${pluralEn(n(p, 'days'), ['day', 'days'])}`,
  'cal.schedule': (p: P) =>
    `week ${s(p, 'range')}: schedule ${n(p, 'posts')} ${pluralEn(n(p, 'posts'), ['post', 'posts'])}` +
    ` (${n(p, 'daysOff')} of ${n(p, 'daysLeft')} days off)`,
  'cal.scheduleDone': (p: P) => `week ${s(p, 'range')}: target already met`,
  'cal.outsideDays': (p: P) =>
    `${n(p, 'days')} ${pluralEn(n(p, 'days'), ['day', 'days'])} of the holidays fall on the 29th–31st, not evaluated`,
  'cal.scheduleAdvice': 'Scheduled posts can be set up in VK, in Odnoklassniki or in the Gospabliki cabinet.',
  'cal.noHolidayData': (p: P) =>
    `The extension has no production calendar for ${n(p, 'year')} yet: that year’s holidays are not shown.`,
  'cal.statutoryOnly': (p: P) =>
    `${n(p, 'year')}: statutory holidays only (Labour Code art. 112); transfers of days off are not decreed yet.`,
  'cal.source': (p: P) => `Source: ${s(p, 'source')}`,
  'cal.weekdays': 'Mo,Tu,We,Th,Fr,Sa,Su',
  'cal.holidaysHint':
    'Holidays do not move the evaluation weeks: a week closes at 23:59 on the 7th, 14th, 21st and 28th.',
  'holiday.new-year': 'New Year holidays',
  'holiday.christmas': 'Orthodox Christmas',
  'holiday.defender-day': 'Defender of the Fatherland Day',
  'holiday.womens-day': 'International Women’s Day',
  'holiday.spring-labour-day': 'Spring and Labour Day',
  'holiday.victory-day': 'Victory Day',
  'holiday.russia-day': 'Russia Day',
  'holiday.unity-day': 'Unity Day',
};

type Key = NotifyKey | UiKey | SettingsKey;

/** The notifications only (lib/planning/notify.ts), so the service worker does not carry the pages' texts. */
export const notifyDicts: Dictionaries<NotifyKey> = { ru: notifyRu, en: notifyEn };
// Marked pure so that a bundle using only notifyDicts drops the pages' texts (a bare spread is kept by the bundler).
const merge = <A, B>(a: A, b: B): A & B => ({ ...a, ...b });
export const remindersDicts: Dictionaries<Key> = {
  ru: /* @__PURE__ */ merge(notifyRu, /* @__PURE__ */ merge(uiRu, settingsRu)),
  en: /* @__PURE__ */ merge(notifyEn, /* @__PURE__ */ merge(uiEn, settingsEn)),
};
export type RemindersKey = Key;
