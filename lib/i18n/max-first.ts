/**
 * «Публикация сначала в MAX» in words (lib/institutions/max-first.ts, docs/max.md): the reasons of a week's state,
 * for the lists page's institution view, the reports and the messages to admins. The state words are the one
 * vocabulary's week words (lib/i18n/vocabulary.ts).
 */
import type { MaxFirstWeek } from '../institutions/max-first';
import {
  createT,
  type Dictionaries,
  type Dictionary,
  formatDay,
  formatTime,
  type Locale,
  pluralEn,
  pluralRu,
} from './index';

const n = (p: Record<string, string | number>, key = 'n') => Number(p[key] ?? 0);
const postsRu = (k: number) => `${k} ${pluralRu(k, ['пост', 'поста', 'постов'])}`;
const postsEn = (k: number) => `${k} ${pluralEn(k, ['post', 'posts'])}`;

const ru = {
  title: 'Сначала в MAX',
  week: (p) => `Неделя ${p.week}`,
  'reason.upcoming': 'Неделя ещё не началась.',
  'reason.running': 'Неделя идёт: итог — после её окончания.',
  'reason.all-first': (p) => `Проверено ${postsRu(n(p))} ВК/ОК: все сначала вышли в MAX.`,
  'reason.no-posts': 'Постов ВК/ОК с текстом за неделю не было.',
  'reason.posts-late': (p) =>
    `${postsRu(n(p, 'late'))} ВК/ОК ${pluralRu(n(p, 'late'), ['вышел', 'вышли', 'вышли'])} в MAX позже` +
    (n(p, 'missing') > 0 ? `, ${postsRu(n(p, 'missing'))} нет среди постов MAX за месяц.` : '.'),
  'reason.posts-not-in-max': (p) => `${postsRu(n(p, 'missing'))} ВК/ОК нет среди постов MAX, введённых за месяц.`,
  'reason.not-read':
    'Тексты постов страницы ВК/ОК неизвестны (страница не проверена или проверена до того, как их стали сохранять): проверьте её заново.',
  'reason.not-covered': 'Посты страницы ВК/ОК прочитаны не с начала недели: проверьте страницу заново.',
  'reason.read-early': 'Страница ВК/ОК проверена до конца недели: проверьте её заново.',
  'reason.max-incomplete': (p) =>
    `${postsRu(n(p))} ВК/ОК не ${n(p) === 1 ? 'найден' : 'найдены'} среди введённых постов MAX (или там позже), а посты MAX за месяц не отмечены как введённые полностью: введите их и отметьте «Введены все посты MAX за месяц».`,
  'reason.same-day':
    'У поста известен только день, и в MAX он вышел в тот же день: что было раньше, не видно — проверьте сами.',
  'reason.no-text': 'У постов недели не прочитан текст — сравнить не с чем, проверьте сами.',
  noText: (p) => `Без текста (не сравнивались): ${postsRu(n(p))}.`,
  late: (p) => `${p.post} — в MAX позже (${p.max})`,
  missing: (p) => `${p.post} — нет в MAX`,
  problem: (p) => `${p.week}: посты вышли не сначала в MAX: ${p.list}.`,
  more: (p) => `и ещё ${postsRu(n(p))}`,
  fix: 'Публикуйте пост сначала в канале MAX, затем в ВК и ОК. Если пост в MAX был раньше, введите его время и первые слова в цифрах MAX за месяц.',
} satisfies Dictionary<string>;

export type MaxFirstKey = keyof typeof ru;

const en: Dictionary<MaxFirstKey> = {
  title: 'MAX first',
  week: (p) => `Week ${p.week}`,
  'reason.upcoming': 'The week has not started yet.',
  'reason.running': 'The week is running: the result comes when it ends.',
  'reason.all-first': (p) => `${postsEn(n(p))} of VK/OK checked: all went out in MAX first.`,
  'reason.no-posts': 'No VK/OK posts with text this week.',
  'reason.posts-late': (p) =>
    `${postsEn(n(p, 'late'))} of VK/OK went out in MAX later` +
    (n(p, 'missing') > 0 ? `; ${postsEn(n(p, 'missing'))} not among the month's MAX posts.` : '.'),
  'reason.posts-not-in-max': (p) =>
    `${postsEn(n(p, 'missing'))} of VK/OK not among the MAX posts entered for the month.`,
  'reason.not-read':
    'The VK/OK page’s post texts are not known (not checked, or checked before they were kept): check it again.',
  'reason.not-covered': 'The VK/OK page’s posts were not read from the week’s start: check the page again.',
  'reason.read-early': 'The VK/OK page was checked before the week ended: check it again.',
  'reason.max-incomplete': (p) =>
    `${postsEn(n(p))} of VK/OK not found among the MAX posts entered (or later there), and the month’s MAX posts are not marked complete: enter them and tick «Every MAX post of the month is entered».`,
  'reason.same-day':
    'Only the post’s day is known and it went out in MAX the same day: which came first is not seen; check it yourself.',
  'reason.no-text': 'The week’s posts have no text read: nothing to compare; check it yourself.',
  noText: (p) => `Without text (not compared): ${postsEn(n(p))}.`,
  late: (p) => `${p.post}: later in MAX (${p.max})`,
  missing: (p) => `${p.post}: not in MAX`,
  problem: (p) => `${p.week}: posts did not go out in MAX first: ${p.list}.`,
  more: (p) => `and ${postsEn(n(p))} more`,
  fix: 'Publish a post in the MAX channel first, then on VK and OK. If it was in MAX earlier, enter its time and first words in the month’s MAX figures.',
};

export const maxFirstDicts: Dictionaries<MaxFirstKey> = { ru, en };

/** Why a week is in its state, in words (with the posts left out for lack of text). */
export function maxFirstReason(w: MaxFirstWeek, locale: Locale): string {
  const t = createT(maxFirstDicts, locale);
  const unmatched = w.checked - w.first - w.unclear - w.late - w.missing;
  const n = w.reason === 'max-incomplete' ? unmatched : w.checked;
  const main = t(`reason.${w.reason}`, { n, late: w.late, missing: w.missing });
  return w.noText > 0 && w.reason !== 'no-text' ? `${main} ${t('noText', { n: w.noText })}` : main;
}

const SHOWN = 5;
const DAY_MS = 86_400_000;

/** «Неделя 2: посты вышли не сначала в MAX: «Уважаемые жители! Приглашаем…», 9 декабря 10:30 — в MAX позже (…)». */
export function maxFirstProblem(w: MaxFirstWeek, locale: Locale, timeZone: string): string {
  const t = createT(maxFirstDicts, locale);
  const when = (iso: string, day: boolean) => {
    // A day-only post's instant is 00:00 of its day in the reader's zone: its midday names the day in the rule zone
    // (the day that holds most of it, as the engine counts it: docs/dates.md).
    const d = new Date(Date.parse(iso) + (day ? DAY_MS / 2 : 0));
    return `${formatDay(d, timeZone, locale)}${day ? '' : ` ${formatTime(d, timeZone)}`}`;
  };
  const words = (text: string) => {
    const all = text.split(' ');
    return all.length > 6 ? `${all.slice(0, 6).join(' ')}…` : text;
  };
  const items = w.problems.slice(0, SHOWN).map((p) => {
    const post = `«${words(p.text)}», ${when(p.at, p.day)}`;
    return p.maxAt === null ? t('missing', { post }) : t('late', { post, max: when(p.maxAt, false) });
  });
  const more = w.problems.length - SHOWN;
  if (more > 0) items.push(t('more', { n: more }));
  return t('problem', { week: t('week', { week: w.week }), list: items.join('; ') });
}
