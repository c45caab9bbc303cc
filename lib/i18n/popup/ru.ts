/** Russian texts of the popup (the reference locale: its keys are the popup's keys). */
import { checkTitles } from '../checks';
import { pluralRu } from '../index';

type P = Record<string, string | number>;
const n = (p: P, key = 'n'): number => Number(p[key] ?? 0);
/** «больше 10 000 подписчиков» with the rule set's threshold (pre-formatted), or without a number when not given. */
const over = (p: P) => (p.threshold ? `больше ${p.threshold} подписчиков` : 'подписчиков больше порога регистрации');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The registration procedure: the current one (October 2025 on), then the 2024 one (docs/rkn-registration.md). */
const RKN_HOW_RU =
  'С октября 2025 года владение страницей подтверждается через сервис площадки (ВКонтакте, Одноклассники): проверка занимает до 3 рабочих дней, после неё рядом с названием появляется отметка «А+», а в описание можно добавить ссылку на запись в перечне. Прежний порядок (2024 год) — заявление на Госуслугах (форма 651371) и его номер в описании или закреплённом посте.';

export const ru = {
  'app.title': 'Аудит госпаблика',
  'app.loading': 'Читаю страницу…',
  'app.lists': 'Списки групп',
  'app.settings': 'Настройки',
  'app.refresh': 'Прочитать заново',
  'site.vk': 'ВКонтакте',
  'site.ok': 'Одноклассники',

  // ---- time zone (the first-run question's texts: lib/i18n/popup-secondary.ts) ----
  'tz.named': (p: P) => `по времени ${p.zone}`,

  // ---- header ----
  'header.members': (p: P) => `${p.count} ${pluralRu(n(p), ['подписчик', 'подписчика', 'подписчиков'])}`,
  'header.membersApprox': (p: P) => `≈ ${p.count} подписчиков`,
  'header.membersUnknown': 'подписчиков: не определено',
  'header.readAt': (p: P) => `данные от ${p.when}`,
  'header.noName': 'Без названия',
  'header.coverageFull': (p: P) => `все посты с ${p.date} прочитаны`,
  'header.coveragePartial': (p: P) => `прочитаны посты с ${p.date}; нужны с ${p.cutoff}`,
  'header.coverageUnknown': 'не удалось определить, все ли посты прочитаны',
  'header.collecting': (p: P) =>
    `собираю старые посты: ${p.pages} ${pluralRu(n(p, 'pages'), ['страница', 'страницы', 'страниц'])}, ` +
    `${p.posts} ${pluralRu(n(p, 'posts'), ['пост', 'поста', 'постов'])}`,
  'header.collect': 'Собрать старые посты',
  'header.collectAgain': 'Повторить сбор',
  'header.collectUnsupported': 'Сбор старых постов на этой странице недоступен',
  'partial.rate-limit': 'сайт ограничил частоту запросов — повторите позже',
  'partial.captcha': 'сайт попросил ввести капчу — обновите страницу и повторите',
  'partial.members-only': 'стена видна только участникам',
  'partial.aborted': 'сбор прерван',
  'partial.http-error': 'сайт ответил ошибкой',
  'partial.network-error': 'нет связи с сайтом',
  'partial.unrecognised-page': 'страница стены не распознана',
  'partial.page-limit': 'достигнут предел числа страниц',
  'partial.other': 'сбор остановлен',

  // ---- checks: titles, status words, a failed check's advice (the rest of the advice: lib/i18n/popup-details.ts) ----
  ...checkTitles.ru,
  'status.pass': 'выполнено',
  'status.fail': 'не выполнено',
  'status.unknown': 'не определено',
  'status.not-applicable': 'не требуется',
  'advice.cover.missing': 'Загрузите обложку: без неё баллы рейтинга снижаются.',
  'advice.avatar.missing': 'Загрузите аватар: сейчас стоит стандартная заглушка, баллы снижаются.',
  'advice.description.missing': 'Добавьте описание: чем занимается организация, телефон, адрес, часы работы.',
  'advice.pos-widget.missing':
    'Подключите виджеты ПОС («Сообщить о проблеме», «Высказать мнение»): без них баллы снижаются.',
  'advice.engagement.below-target':
    'ER ниже цели: больше живого контента, отвечайте подписчикам, зовите коллег ставить реакции.',
  'advice.reach.below-threshold':
    'Охват ниже цели: QR-коды в учреждении, рассказ о группе посетителям и на классных часах, рассылки.',

  // ---- weeks ----
  'weeks.label': (p: P) => `Неделя ${p.week}`,
  'weeks.count': (p: P) => `${p.posts} из ${p.required}`,
  'weeks.left': (p: P) => {
    const k = n(p);
    const verb = pluralRu(k, ['остался', 'осталось', 'осталось']);
    return `${verb} ${k} ${pluralRu(k, ['пост', 'поста', 'постов'])} до ${p.deadline}`;
  },
  'weeks.met': 'норма недели выполнена',
  'weeks.metWithScheduled': 'с запланированными постами норма недели будет выполнена',
  'weeks.scheduled': (p: P) => `запланировано: ${p.count}`,
  'weeks.outsideNow': (p: P) => `Сегодня вне оценочных недель. Неделя 1 начнётся ${p.date}.`,

  // ---- month switch and verdict (the first screen) ----
  'month.switch': 'Какой месяц показать',
  'month.previous': (p: P) => `${p.month}: итог`,
  'month.current': (p: P) => `${p.month}: идёт`,
  'verdict.title.previous': (p: P) => `Итог за ${p.month}`,
  'verdict.title.current': (p: P) => `${p.month}: прогноз`,
  'verdict.of100': 'из 100',
  'verdict.preliminary': 'предварительно',
  'verdict.exact': 'точный балл:',
  'verdict.unknown': (p: P) => `неизвестно: ${p.inputs}`,
  'verdict.setAudience': 'Указать размер аудитории',
  'verdict.excluded':
    'Группа не попадёт в рейтинг: нет отметки «Госорганизация», поэтому ни одна неделя не засчитывается.',
  'verdict.excludedScore': 'по данным страницы без отметки (в рейтинг не идёт):',
  'verdict.frequency': (p: P) => `Частотность: ${p.word}`,
  'verdict.failedWeeks': (p: P) => `${pluralRu(n(p), ['неделя', 'недели', 'недели'])} ${p.weeks} — меньше нормы`,
  'verdict.forecast': 'Частотность 100 — если выполнить и оставшиеся недели месяца.',
  'problems.title': 'Что исправить',
  'problems.none': 'Замечаний нет.',
  'problems.more': (p: P) => `Ещё ${p.n}`,
  'problems.less': 'Свернуть',
  'problem.frequency': (p: P) =>
    `Частотность не выполнена: ${pluralRu(n(p), ['неделя', 'недели', 'недели'])} ${p.weeks} — меньше ${p.required} ${pluralRu(n(p, 'required'), ['поста', 'постов', 'постов'])}. Публикуйте не меньше нормы в каждую неделю, используйте отложенные записи.`,
  'weeks.excluded': 'без отметки «Госорганизация» неделя не засчитывается (#Н/Д)',
  'deadline.today': (p: P) => `${p.time} сегодня`,
  'deadline.tomorrow': (p: P) => `завтра, ${p.day}, ${p.time}`,

  // ---- score ----
  'score.estimate': 'оценка',
  'score.input.frequency': 'частотность',
  'score.input.engagement': 'вовлечённость',
  'score.input.reach': 'охват',
  'score.input.minRequirements': 'минимальные требования',

  // ---- engagement ----

  // ---- warnings ----
  'warnings.title': 'Предупреждения',
  'warn.gov-mark-missing':
    'Нет отметки «Госорганизация» — группа выпадет из рейтинга (#Н/Д), все недели будут считаться невыполненными. Подтвердите статус: Управление → Основная информация → «Подтвердить статус через Госуслуги».',
  'warn.gov-mark-unknown': 'Не удалось проверить отметку «Госорганизация» — посмотрите под названием группы.',
  'warn.rkn-missing': (p: P) =>
    `${cap(over(p))}, а регистрации в РКН нет: ни ссылки на перечень, ни отметки «А+». ${RKN_HOW_RU}`,
  'warn.rkn-not-seen': (p: P) =>
    `Регистрации в РКН не видно — ни ссылки на перечень, ни отметки «А+», а у страницы ${over(p)}. ` +
    `Проверьте: есть ли рядом с названием отметка «А+», а в описании — ссылка на запись в перечне (gosuslugi.ru/snet/… или knd.gov.ru/license…)${p.cut ? '; описание прочитано не полностью — раскройте «Подробнее» и прочитайте страницу заново' : ''}. ` +
    `Если регистрации нет: ${RKN_HOW_RU}`,
  'warn.rkn-pending':
    'Заявление в РКН подано (порядок 2024 года): после решения добавьте в описание ссылку на перечень. Сейчас страницу подтверждают через сервис площадки (отметка «А+»).',
  'warn.layout-unknown': 'Разметка страницы не распознана — данные могут быть неполными. Откройте диагностику ниже.',
  'warn.access.closed': 'Сообщество закрыто — часть данных не видна.',
  'warn.access.private': 'Сообщество частное — данные не видны.',
  'warn.access.blocked': 'Сообщество заблокировано.',
  'warn.access.deleted': 'Сообщество удалено.',
  'warn.partial': (p: P) => `Сбор постов остановлен: ${p.reason}.`,
  'warn.rename': 'Название и владельца группы меняйте только 29–31 числа, иначе группа может выпасть из выгрузки.',
  'warn.renameNow': 'Сегодня 29–31 число — подходящее время, если нужно сменить название или владельца группы.',
  'warn.newYear':
    'Впереди новогодние праздники: недели оцениваются и в праздники — запланируйте посты через отложенные записи.',

  // ---- not a community / errors ----
} as const;

export type PopupKey = keyof typeof ru;
