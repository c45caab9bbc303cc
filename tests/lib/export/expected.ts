/**
 * Independent expectations for the monitoring table: what each column must hold for a row, written straight
 * from the audit contract (not through lib/export's own column code).
 */
import type { ReportRow } from '../../../lib/export/types';
import type { CheckId } from '../../../lib/types';

export const HEADERS_RU = [
  'Наименование',
  'Ссылка',
  'Площадка',
  'Подписчики',
  'Госметка',
  'Обложка',
  'Аватар',
  'Описание',
  'Виджеты ПОС',
  'Неделя 1 (постов)',
  'Неделя 1: итог',
  'Неделя 2 (постов)',
  'Неделя 2: итог',
  'Неделя 3 (постов)',
  'Неделя 3: итог',
  'Неделя 4 (постов)',
  'Неделя 4: итог',
  'Частотность',
  'ER %',
  'Достижение ER %',
  'Охват %',
  'Регистрация РКН',
  'Прогноз рейтинга',
  'Полнота данных',
  'Дата проверки',
];

export type Expected = string | number | null | { wall: string } | { range: [number, number] };

const status = (row: ReportRow, id: CheckId) => row.audit?.checks.find((c) => c.id === id);

function presence(row: ReportRow, id: CheckId): string {
  const s = status(row, id)?.status;
  return s === 'pass' ? 'есть' : s === 'fail' ? 'нет' : 'не определено';
}

/** Wall time «YYYY-MM-DDTHH:MM» of an ISO instant in Moscow (UTC+3 all year since 2014). */
function moscowWall(iso: string): string {
  return new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(0, 16);
}

/** The week words of the one vocabulary, written out here (docs/vocabulary.md), not taken from lib/i18n. */
function weekWords(row: ReportRow): (string | null)[] {
  const a = row.audit;
  const excluded = status(row, 'gov-mark')?.status === 'fail';
  return [1, 2, 3, 4].map((n) => {
    const w = a?.month.weeks.find((x) => x.week === n);
    if (!w) return null;
    if (excluded) return '#Н/Д';
    if (w.status === 'pass') return 'выполнена';
    if (w.status === 'fail') return 'не выполнена';
    if (w.status === 'unknown') return 'нет данных';
    return w.current ? 'идёт' : 'впереди';
  });
}

export function expectedCells(row: ReportRow): Expected[] {
  const a = row.audit;
  const posts = [1, 2, 3, 4].map((w) => a?.month.weeks.find((x) => x.week === w)?.posts ?? null);
  const words = weekWords(row);
  const weeks = posts.flatMap((p, i) => [p, words[i] ?? null]);
  const freq = status(row, 'frequency');
  const freqWord = !a
    ? null
    : freq?.reason === 'gov-mark-missing'
      ? '#Н/Д'
      : freq?.status === 'pass'
        ? 'выполнена'
        : freq?.status === 'fail'
          ? 'не выполнена'
          : freq?.reason === 'in-progress'
            ? 'идёт'
            : 'не определено';
  const members = row.page?.members ?? row.group.members;
  const aud = row.group.audienceSize;
  const reach = members !== null && aud ? Math.min((members / aud) * 100, 100) : null;
  const rkn = status(row, 'rkn-registration');
  const rknWord = !a
    ? null
    : rkn?.status === 'pass'
      ? 'есть'
      : rkn?.status === 'fail'
        ? 'нет'
        : rkn?.status === 'not-applicable'
          ? 'не требуется'
          : rkn?.reason === 'application-pending'
            ? 'заявление подано'
            : rkn?.reason === 'registration-not-seen'
              ? 'не видно (нет ссылки и «А+»)'
              : 'не определено';
  const score: Expected = !a
    ? null
    : status(row, 'gov-mark')?.status === 'fail'
      ? '#Н/Д'
      : a.predictedScore !== null
        ? a.predictedScore
        : a.predictedRange
          ? { range: [a.predictedRange.min, a.predictedRange.max] }
          : null;
  const read = { complete: 'полные', partial: 'частичные', failed: 'не прочитано' }[row.readStatus];
  // The factory's read errors are not codes the extension knows: they read as «ошибка чтения», never raw.
  return [
    row.group.name,
    row.group.url,
    row.group.site === 'vk' ? 'ВКонтакте' : 'Одноклассники',
    members,
    a ? presence(row, 'gov-mark') : 'не определено',
    a ? presence(row, 'cover') : 'не определено',
    a ? presence(row, 'avatar') : 'не определено',
    a ? presence(row, 'description') : 'не определено',
    a ? presence(row, 'pos-widget') : 'не определено',
    ...weeks,
    freqWord,
    a?.engagement.rate ?? null,
    a?.engagement.achievement ?? null,
    reach,
    rknWord,
    score,
    row.error ? `${read}: ошибка чтения` : read,
    { wall: moscowWall(row.checkedAt) },
  ];
}
