/** The named lists: choose, create, rename, delete. */
import { useState } from 'preact/hooks';
import type { ListRecord } from '../../lib/history/records';
import { useBatchI18n } from './i18n';

export interface ListsPanelProps {
  lists: readonly ListRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: (name: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}

export function ListsPanel(props: ListsPanelProps) {
  const { t } = useBatchI18n();
  const [newName, setNewName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [editName, setEditName] = useState('');
  return (
    <nav class="lists" aria-label={t('lists')}>
      <h2>{t('lists')}</h2>
      {props.lists.length === 0 && <p class="muted">{t('noLists')}</p>}
      <ul>
        {props.lists.map((list) => (
          <li key={list.id} class={list.id === props.selectedId ? 'selected' : ''} data-testid="list-item">
            {editing === list.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  props.onRename(list.id, editName);
                  setEditing(null);
                }}
              >
                <input
                  aria-label={t('newListName')}
                  value={editName}
                  onInput={(e) => setEditName(e.currentTarget.value)}
                />
                <button type="submit">{t('save')}</button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('cancel')}
                </button>
              </form>
            ) : (
              <>
                <button type="button" class="list-name" onClick={() => props.onSelect(list.id)}>
                  {list.name} <span class="muted">{t('groupsCount', { n: list.groupKeys.length })}</span>
                </button>
                <span class="list-actions">
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      setEditing(list.id);
                      setEditName(list.name);
                    }}
                  >
                    {t('rename')}
                  </button>
                  <button
                    type="button"
                    class="link danger"
                    onClick={() => {
                      if (globalThis.confirm?.(t('confirmDelete', { name: list.name })) ?? true)
                        props.onDelete(list.id);
                    }}
                  >
                    {t('delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        class="new-list"
        onSubmit={(e) => {
          e.preventDefault();
          props.onCreate(newName.trim() || t('defaultListName'));
          setNewName('');
        }}
      >
        <input
          aria-label={t('newListName')}
          placeholder={t('newListName')}
          value={newName}
          onInput={(e) => setNewName(e.currentTarget.value)}
        />
        <button type="submit">{t('create')}</button>
      </form>
    </nav>
  );
}
