/** The batch page's locale and translate function, passed down by context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type BatchKey, batchDicts } from '../../lib/i18n/batch';
import { createT, type Locale } from '../../lib/i18n/index';
import { readIssueWord } from '../../lib/i18n/read-issues';

export interface BatchI18n {
  locale: Locale;
  t: (key: BatchKey, params?: Record<string, string | number>) => string;
  /** A key built at run time (reason.<code>, error.<code>), or the code itself when the dictionary has none. */
  maybe: (key: string, fallback: string) => string;
  /** Why a page was not (fully) read, in the words every surface uses (lib/i18n/read-issues.ts). */
  issue: (code: string) => string;
}

export function makeBatchI18n(locale: Locale): BatchI18n {
  const t = createT(batchDicts, locale);
  const dict = batchDicts[locale];
  return {
    locale,
    t,
    maybe: (key, fallback) => (key in dict ? t(key as BatchKey) : fallback),
    issue: (code) => readIssueWord(code, locale),
  };
}

export const BatchI18nContext = createContext<BatchI18n>(makeBatchI18n('ru'));
export const useBatchI18n = (): BatchI18n => useContext(BatchI18nContext);
