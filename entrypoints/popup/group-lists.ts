/**
 * The popup's «Списки и напоминания» panel wiring (components/GroupLists.tsx): the history database and the stored
 * choices, each loaded when first used, never on the popup's first render. The group is keyed as the history keys it
 * (`resolveGroupKey`), so the reminders find its stored audits.
 */
import type { GroupListsDeps } from '../../components/GroupLists';
import type { CommunityPage } from '../../lib/types';

const history = () => import('../../lib/ext/history');
const tracked = () => import('../../lib/ext/tracked');

async function keyOf(page: CommunityPage): Promise<string> {
  return (await history()).resolveGroupKey(page);
}

export function groupListsDeps(urls: { batch: string; reminderSettings: string }): GroupListsDeps {
  return {
    getLists: async () => (await (await history()).getLists()).map((l) => ({ id: l.id, name: l.name })),
    addToList: async (page, target, { businessCard }) => {
      const h = await history();
      let list: { id: string; name: string };
      if ('newName' in target) {
        const created = await h.createList(target.newName);
        if (!created.ok) return null;
        list = created.value;
      } else {
        const found = await h.getList(target.listId);
        if (found === null) return null;
        list = found;
      }
      // Unchecked keeps a known group's mark (null); checked marks it.
      const added = await h.addGroupToList(list.id, page.url, page.name, new Date(), businessCard ? true : null);
      return added.ok ? { list: { id: list.id, name: list.name }, added: added.value.added } : null;
    },
    isTracked: async (page) => (await tracked()).isGroupTracked(await keyOf(page)),
    setTracked: async (page, on) => {
      await (await tracked()).setGroupTracked({ key: await keyOf(page), url: page.url, name: page.name }, on);
    },
    listUrl: (listId) => (listId === null ? urls.batch : `${urls.batch}#list=${encodeURIComponent(listId)}`),
    reminderSettingsUrl: urls.reminderSettings,
  };
}
