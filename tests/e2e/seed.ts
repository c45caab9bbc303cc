/** Seeding the extension's history database from a test (report and rule-set e2e tests). */
import type { Page } from 'playwright-core';

export interface HistorySeed {
  list: unknown;
  groups: readonly unknown[];
  audits: readonly unknown[];
}

/** Writes the records into the extension's history database (created by the page first). */
export async function seedHistory(page: Page, d: HistorySeed): Promise<void> {
  await page.evaluate(
    (d) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gospabliki-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['lists', 'groups', 'audits'], 'readwrite');
          tx.objectStore('lists').put(d.list);
          for (const g of d.groups) tx.objectStore('groups').put(g);
          for (const a of d.audits) tx.objectStore('audits').add(a);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    d,
  );
}
