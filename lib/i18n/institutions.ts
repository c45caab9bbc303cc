/**
 * Institutions on the lists page: the view switch, the import report's lines about institutions, the page detail's
 * institution line. The grouped view and the figures form have their own dictionaries (institutions-view.ts,
 * manual-form.ts: lazy chunks). Russian first, English with the same keys (docs/institutions.md).
 */
import { type Dictionaries, type Dictionary, pluralEn, pluralRu } from './index';

const n = (p: Record<string, string | number>, key = 'n') => Number(p[key] ?? 0);

const ru = {
  viewInstitutions: 'По учреждениям',
  viewPages: 'По страницам',
  unnamed: 'Без названия',
  importInstitutions: (p) =>
    `Учреждений: ${n(p)}${n(p, 'figures') > 0 ? `; цифры MAX/Telegram за ${n(p, 'figures')} ${pluralRu(n(p, 'figures'), ['месяц', 'месяца', 'месяцев'])}` : ''}.`,
  nothingToRun:
    'Нечего проверять: в списке нет страниц ВКонтакте и Одноклассников. Для MAX и Telegram введите цифры вручную.',
  removeFromInstitution: 'Убрать из учреждения',
  inInstitution: (p) => `Учреждение: ${p.name}`,
} satisfies Dictionary<string>;

export type InstitutionKey = keyof typeof ru;

const en: Dictionary<InstitutionKey> = {
  viewInstitutions: 'By institution',
  viewPages: 'By page',
  unnamed: 'Unnamed',
  importInstitutions: (p) =>
    `Institutions: ${n(p)}${n(p, 'figures') > 0 ? `; MAX/Telegram figures for ${n(p, 'figures')} ${pluralEn(n(p, 'figures'), ['month', 'months'])}` : ''}.`,
  nothingToRun: 'Nothing to check: the list has no VK or Odnoklassniki pages. Enter MAX and Telegram figures by hand.',
  removeFromInstitution: 'Remove from the institution',
  inInstitution: (p) => `Institution: ${p.name}`,
};

export const institutionDicts: Dictionaries<InstitutionKey> = { ru, en };
