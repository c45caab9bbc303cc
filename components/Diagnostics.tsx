/**
 * Diagnostics: the recognised layout, where each field came from, what was not found, and a button that saves a
 * sanitised snapshot of the page for the developers.
 */

import { createT } from '../lib/i18n/index';
import { popupSecondaryDicts } from '../lib/i18n/popup-secondary';
import type { CommunityPage } from '../lib/types';
import { useI18n } from './i18n';

const PRESENCE_FIELDS = ['avatar', 'cover', 'description', 'posWidget', 'govMark'] as const;

/** Fields the reader could not tell, plus the selectors that matched nothing on a recognised layout. */
export function notFound(page: CommunityPage): string[] {
  const out: string[] = [];
  for (const f of PRESENCE_FIELDS) if (page[f] === 'unknown') out.push(f);
  if (page.name === null) out.push('name');
  if (page.members === null) out.push('members');
  if (page.postsSince === null) out.push('postsSince');
  for (const d of page.diagnostics ?? []) out.push(`${d.name}: ${d.message}`);
  return out;
}

export interface DiagnosticsProps {
  page: CommunityPage;
  readMs: number | null;
  /** Opened by default (an unrecognised layout). */
  open?: boolean;
  onSnapshot?: () => void;
  snapshotError?: boolean;
}

export function Diagnostics({ page, readMs, open, onSnapshot, snapshotError }: DiagnosticsProps) {
  const t = createT(popupSecondaryDicts, useI18n().locale);
  const missing = notFound(page);
  const sources = Object.entries(page.sources ?? {});
  return (
    <details class="card diagnostics" open={open} data-testid="diagnostics">
      <summary>{t('diag.title')}</summary>
      <p data-testid="diag-layout">
        {page.layout === 'unknown' ? t('diag.layoutUnknown') : t('diag.layout', { layout: page.layout })}
      </p>
      {readMs !== null && <p class="muted">{t('diag.read', { ms: readMs.toFixed(1), posts: page.posts.length })}</p>}
      {sources.length > 0 && (
        <>
          <h3>{t('diag.sources')}</h3>
          <table class="sources">
            <tbody>
              {sources.map(([field, source]) => (
                <tr key={field}>
                  <th scope="row">{field}</th>
                  <td>
                    <code>{source}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('diag.notFound')}</h3>
      {missing.length === 0 ? (
        <p class="muted">{t('diag.allFound')}</p>
      ) : (
        <ul data-testid="diag-missing">
          {missing.map((m) => (
            <li key={m}>
              <code>{m}</code>
            </li>
          ))}
        </ul>
      )}
      {onSnapshot && (
        <>
          <button type="button" data-testid="snapshot" onClick={onSnapshot}>
            {t('diag.snapshot')}
          </button>
          <p class="muted">{snapshotError ? t('diag.snapshotFailed') : t('diag.snapshotHint')}</p>
        </>
      )}
    </details>
  );
}
