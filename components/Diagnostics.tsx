/**
 * Diagnostics: the recognised layout, where each field came from, what was not found, and a button that saves a
 * sanitised snapshot of the page for the developers.
 */

import { type PopupSecondaryKey, popupSecondaryDicts } from '../lib/i18n/popup-secondary';
import type { CommunityPage, Diagnostic } from '../lib/types';
import { useSecondaryT } from './secondary-i18n';
import './secondary.css';

const PRESENCE_FIELDS = ['avatar', 'cover', 'description', 'posWidget', 'govMark'] as const;

/** Fields the reader could not tell (their names; the reading notes are apart, see `notesOf`). */
export function notFound(page: CommunityPage): string[] {
  const out: string[] = [];
  for (const f of PRESENCE_FIELDS) if (page[f] === 'unknown') out.push(f);
  if (page.name === null) out.push('name');
  if (page.members === null) out.push('members');
  if (page.postsSince === null) out.push('postsSince');
  return out;
}

export type NoteKind = 'miss' | 'fallback' | 'note' | 'error' | 'api';

/**
 * What a reader diagnostic is: a fallback that worked as designed (the page API bridge not answering, the page
 * markup used), a note about coverage, a reader error, or a selector that matched nothing on a recognised layout.
 */
export function noteKind(d: Diagnostic): NoteKind {
  if (d.name === 'bridge') return 'fallback';
  // the VK API mode (docs/vk-api.md): the API and the page disagree on a field (`api:<field>`)
  if (d.name.startsWith('api:')) return 'api';
  if (d.name === 'feed-start') return 'note';
  if (d.name === 'reader' || d.name === 'schema') return 'error';
  return 'miss';
}

/** The source of a field in words: page markup, the page's meta tags, the site's page data, the address… */
export function sourceKey(source: string): PopupSecondaryKey {
  if (source.includes(':no-')) return 'source.none';
  if (/^(meta|og:|link:)/.test(source)) return 'source.meta';
  if (/^(bridge|api)/.test(source)) return 'source.api';
  if (source === 'url') return 'source.url';
  if (['spa-bootstrap', 'inline-script', 'post-ids'].includes(source)) return 'source.script';
  return 'source.markup';
}

export interface DiagnosticsProps {
  page: CommunityPage;
  readMs: number | null;
  /** Opened by default (an unrecognised layout). */
  open?: boolean;
  onSnapshot?: () => void;
  snapshotError?: boolean;
}

/**
 * Diagnostics, in the user's language: the recognised layout, where each field came from, what was not found and
 * the reading notes (a fallback that worked is a line here, never a warning), and a button that saves a sanitised
 * snapshot of the page — with the technical details — for the developers.
 */
export function Diagnostics({ page, readMs, open, onSnapshot, snapshotError }: DiagnosticsProps) {
  const t = useSecondaryT();
  const dict = popupSecondaryDicts.ru;
  const known = (key: string): key is PopupSecondaryKey => key in dict;
  const field = (name: string) => t(known(`field.${name}`) ? (`field.${name}` as PopupSecondaryKey) : 'field.other');
  const missing = notFound(page);
  const notes = page.diagnostics ?? [];
  const sources = Object.entries(page.sources ?? {});
  const layoutKey = `layout.${page.layout}`;
  const noteText = (d: Diagnostic): string => {
    const kind = noteKind(d);
    if (kind === 'fallback') return t('diag.fallback.bridge');
    if (kind === 'note') return t('diag.note.feed-start');
    if (kind === 'error') return t('diag.error');
    if (kind === 'api') return t('diag.api', { what: field(d.name.slice(4)) });
    return t('diag.miss', { what: field(d.name) });
  };
  return (
    <details class="card diagnostics" open={open} data-testid="diagnostics">
      <summary>{notes.length > 0 ? t('diag.titleNotes', { n: notes.length }) : t('diag.title')}</summary>
      <p data-testid="diag-layout">
        {page.layout === 'unknown'
          ? t('diag.layoutUnknown')
          : t('diag.layout', { layout: t(known(layoutKey) ? layoutKey : 'layout.other') })}
      </p>
      {readMs !== null && <p class="muted">{t('diag.read', { ms: readMs.toFixed(1), posts: page.posts.length })}</p>}
      {sources.length > 0 && (
        <>
          <h3>{t('diag.sources')}</h3>
          <table class="sources">
            <tbody>
              {sources.map(([name, source]) => (
                <tr key={name}>
                  <th scope="row">{field(name)}</th>
                  <td>{t(sourceKey(source))}</td>
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
            <li key={m}>{field(m)}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <>
          <h3>{t('diag.notes')}</h3>
          <ul data-testid="diag-notes">
            {notes.map((d, i) => (
              <li key={`${d.name}-${i}`} data-kind={noteKind(d)}>
                {noteText(d)}
              </li>
            ))}
          </ul>
        </>
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
