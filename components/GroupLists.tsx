/**
 * The popup's «Списки и напоминания» panel for the open group: «Следить за группой» (reminders), «Добавить в список»
 * with the list to add to chosen by the user (or a new one), and a link to the list it went to. Presentational: the
 * lists, the history database and the stored choices come in through `deps` (entrypoints/popup/main.tsx). Loaded as
 * a chunk of its own after the audit is on screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { createT } from '../lib/i18n';
import { groupListsDicts } from '../lib/i18n/group-lists';
import type { CommunityPage } from '../lib/types';
import { useI18n } from './i18n';
import { TrackToggle } from './planning/TrackToggle';

export interface ListChoice {
  id: string;
  name: string;
}

export type AddTarget = { listId: string } | { newName: string };

export interface GroupListsDeps {
  getLists: () => Promise<ListChoice[]>;
  /**
   * Adds the group to a list; null when it could not be stored. `businessCard`: the user marked the page as a
   * «визитка» (excluded from the rating when the rule set says so); unchecked keeps a known group's mark.
   */
  addToList: (
    page: CommunityPage,
    target: AddTarget,
    options: { businessCard: boolean },
  ) => Promise<{ list: ListChoice; added: boolean } | null>;
  isTracked: (page: CommunityPage) => Promise<boolean>;
  setTracked: (page: CommunityPage, on: boolean) => Promise<void>;
  /** The lists page, on a list when given. */
  listUrl: (listId: string | null) => string;
  /** The settings page's reminder section. */
  reminderSettingsUrl?: string;
}

const NEW = '';

type Outcome = { kind: 'added' | 'already'; list: ListChoice } | { kind: 'failed' } | null;

export function GroupLists({ page, deps }: { page: CommunityPage; deps: GroupListsDeps }) {
  const { locale } = useI18n();
  const t = createT(groupListsDicts, locale);
  const [lists, setLists] = useState<ListChoice[] | null>(null);
  const [choice, setChoice] = useState(NEW);
  const [newName, setNewName] = useState(t('gl.defaultName'));
  // null until the stored choice is known: the switch waits for it, so a click is never overwritten by a late answer
  const [tracked, setTracked] = useState<boolean | null>(null);
  const [businessCard, setBusinessCard] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    let alive = true;
    deps
      .getLists()
      .catch(() => [])
      .then((found) => {
        if (!alive) return;
        setLists(found);
        setChoice(found[0]?.id ?? NEW);
      });
    deps
      .isTracked(page)
      .catch(() => false)
      .then((on) => {
        if (alive) setTracked(on);
      });
    return () => {
      alive = false;
    };
  }, [deps, page.url]);

  const add = async () => {
    setBusy(true);
    const name = newName.trim() || t('gl.defaultName');
    const target: AddTarget = choice === NEW ? { newName: name } : { listId: choice };
    const result = await deps.addToList(page, target, { businessCard }).catch(() => null);
    setBusy(false);
    if (result === null) return setOutcome({ kind: 'failed' });
    setOutcome({ kind: result.added ? 'added' : 'already', list: result.list });
    if (choice === NEW) {
      setLists((prev) => [...(prev ?? []), result.list]);
      setChoice(result.list.id);
    }
  };

  return (
    <section class="card group-lists" data-testid="group-lists">
      <h2>{t('gl.title')}</h2>
      <TrackToggle
        kind="group"
        tracked={tracked === true}
        disabled={tracked === null}
        locale={locale}
        onToggle={async (on) => {
          setTracked(on);
          await deps.setTracked(page, on).catch(() => setTracked(!on));
        }}
      />
      <p class="muted small">
        {t('gl.trackHint')}{' '}
        {deps.reminderSettingsUrl && (
          <a href={deps.reminderSettingsUrl} target="_blank" rel="noopener">
            {t('gl.reminderSettings')}
          </a>
        )}
      </p>
      {lists === null ? (
        <p class="muted">{t('gl.loading')}</p>
      ) : (
        <div class="add-to-list">
          <label>
            {t('gl.addTo')}{' '}
            <select
              value={choice}
              data-testid="list-choice"
              onChange={(e) => {
                setChoice(e.currentTarget.value);
                setOutcome(null);
              }}
            >
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
              <option value={NEW}>{t('gl.newList')}</option>
            </select>
          </label>
          {choice === NEW && (
            <input
              aria-label={t('gl.newListName')}
              data-testid="new-list-name"
              value={newName}
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
          )}{' '}
          <button type="button" data-testid="add-to-list" disabled={busy} onClick={add}>
            {t('gl.add')}
          </button>
          <label class="muted">
            {' '}
            <input
              type="checkbox"
              data-testid="add-as-business-card"
              checked={businessCard}
              onChange={(e) => setBusinessCard(e.currentTarget.checked)}
            />{' '}
            {t('gl.businessCard')}
          </label>
        </div>
      )}
      {outcome !== null && (
        <p class={outcome.kind === 'failed' ? 'warn' : 'muted'} role="status" data-testid="add-outcome">
          {outcome.kind === 'failed'
            ? t('gl.failed')
            : t(outcome.kind === 'added' ? 'gl.added' : 'gl.already', { name: outcome.list.name })}{' '}
          {outcome.kind !== 'failed' && (
            <a href={deps.listUrl(outcome.list.id)} target="_blank" rel="noopener" data-testid="open-list">
              {t('gl.openList')}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
