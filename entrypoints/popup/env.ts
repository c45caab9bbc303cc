/** Popup helpers that touch the page environment. */

export { e2eNow } from '../../lib/ext/e2e-now';

/** Saves `text` as a file through a temporary link (the download helper loads on the first save: a chunk). */
export async function downloadText(filename: string, text: string): Promise<void> {
  const { downloadBlob } = await import('../../lib/export/download');
  downloadBlob(new Blob([text], { type: 'application/json' }), filename);
}
