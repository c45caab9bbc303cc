/**
 * The lists page's «По учреждениям» view (components/batch/InstitutionsView.tsx, a lazy chunk): platform states, the
 * whole, the MAX-link reasons. docs/institutions.md.
 */
import { type Dictionaries, type Dictionary, pluralEn, pluralRu } from './index';

const n = (p: Record<string, string | number>, key = 'n') => Number(p[key] ?? 0);

const ru = {
  institution: 'Учреждение',
  whole: 'В целом',
  outside: (p) =>
    `${n(p)} ${pluralRu(n(p), ['страница', 'страницы', 'страниц'])} вне учреждений — во вкладке «По страницам».`,
  'state.pass': 'норма выполнена',
  'state.fail': 'норма не выполнена',
  'state.pending': 'в процессе',
  'state.unknown': 'не определено',
  'state.missing': 'нет страницы',
  'state.none': 'нет',
  'compliance.pass': 'соответствует',
  'compliance.fail': 'не соответствует',
  'compliance.unknown': 'не определено',
  maxLink: 'Ссылка на MAX',
  'maxLink.not-required': 'Правила не требуют ссылки на MAX.',
  'maxLink.not-detected': 'Ссылки страницы не прочитаны: проверьте страницу ещё раз или посмотрите сами.',
  'maxLink.max-link-found': 'На странице есть ссылка на канал MAX учреждения.',
  'maxLink.max-link-unmatched':
    'Ссылка на MAX есть, но не совпадает с каналом из списка (например, ссылка-приглашение) — проверьте сами.',
  'maxLink.max-link-missing': 'В описании, ссылках и меню страницы нет ссылки на канал MAX.',
  'maxLink.description-incomplete':
    'Описание прочитано не полностью (свёрнуто): ссылка может быть в скрытой части — проверьте сами.',
} satisfies Dictionary<string>;

export type InstitutionsViewKey = keyof typeof ru;

const en: Dictionary<InstitutionsViewKey> = {
  institution: 'Institution',
  whole: 'As a whole',
  outside: (p) => `${n(p)} ${pluralEn(n(p), ['page is', 'pages are'])} in no institution: see «By page».`,
  'state.pass': 'norm met',
  'state.fail': 'norm missed',
  'state.pending': 'in progress',
  'state.unknown': 'unknown',
  'state.missing': 'no page',
  'state.none': 'none',
  'compliance.pass': 'compliant',
  'compliance.fail': 'not compliant',
  'compliance.unknown': 'unknown',
  maxLink: 'Link to MAX',
  'maxLink.not-required': 'The rule set does not ask for a link to MAX.',
  'maxLink.not-detected': 'The page’s links were not read: check the page again or look yourself.',
  'maxLink.max-link-found': 'The page links to the institution’s MAX channel.',
  'maxLink.max-link-unmatched':
    'There is a MAX link, but not to the channel in the list (an invite link, say): check it yourself.',
  'maxLink.max-link-missing': 'The page’s description, links and menu have no link to the MAX channel.',
  'maxLink.description-incomplete':
    'The description was not read in full (collapsed): the link may be in the hidden part; check it yourself.',
};

export const institutionsViewDicts: Dictionaries<InstitutionsViewKey> = { ru, en };
