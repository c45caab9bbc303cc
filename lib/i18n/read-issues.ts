/**
 * Why a page was not (fully) read, in words: the codes of a failed read (lib/batch/state.ts FailureReason), of a
 * cut-short post collection (PartialReason) and of an unreadable page's access. The exports, the printed report and
 * the lists page say these, never the codes (docs/vocabulary.md).
 */
import type { Dictionaries, Locale } from './index';

/** Codes of a failed read (lib/batch/state.ts FailureReason) and of a cut-short post collection (PartialReason). */
export const readIssueWords: Dictionaries<string> = {
  ru: {
    deleted: 'группа удалена',
    closed: 'группа закрыта',
    private: 'частная группа',
    blocked: 'группа заблокирована',
    'not-found': 'страница не найдена',
    'not-a-community': 'это не страница сообщества',
    network: 'нет связи с сайтом',
    'network-error': 'нет связи с сайтом',
    'rate-limited': 'сайт ограничил частоту запросов',
    'rate-limit': 'сайт ограничил частоту запросов',
    layout: 'страница не распознана',
    'unrecognised-page': 'страница не распознана',
    captcha: 'сайт попросил ввести капчу',
    'members-only': 'стена видна только участникам',
    aborted: 'сбор постов прерван',
    'http-error': 'сайт ответил ошибкой',
    'page-limit': 'достигнут предел числа страниц',
    error: 'ошибка чтения',
  },
  en: {
    deleted: 'group deleted',
    closed: 'closed group',
    private: 'private group',
    blocked: 'group blocked',
    'not-found': 'page not found',
    'not-a-community': 'not a community page',
    network: 'no connection to the site',
    'network-error': 'no connection to the site',
    'rate-limited': 'the site limited the request rate',
    'rate-limit': 'the site limited the request rate',
    layout: 'page not recognised',
    'unrecognised-page': 'page not recognised',
    captcha: 'the site asked for a captcha',
    'members-only': 'the wall is visible to members only',
    aborted: 'collection interrupted',
    'http-error': 'the site answered with an error',
    'page-limit': 'page limit reached',
    error: 'read error',
  },
};

/** The words for a read failure or partial-read code; any other code reads as «ошибка чтения», never raw. */
export function readIssueWord(code: string, locale: Locale): string {
  const words = readIssueWords[locale] as Record<string, string>;
  return words[code] ?? words.error ?? '';
}
