/** Popup helpers that touch the page environment. */

/** A fixed audit instant from `?now=<ISO>`, honoured only in the e2e build (tests pin the calendar). */
export function e2eNow(params: URLSearchParams, mode: string = import.meta.env.MODE): Date | null {
  if (mode !== 'e2e') return null;
  const raw = params.get('now');
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Saves `text` as a file through a temporary link (the download helper loads on the first save: a chunk). */
export async function downloadText(filename: string, text: string): Promise<void> {
  const { downloadBlob } = await import('../../lib/export/download');
  downloadBlob(new Blob([text], { type: 'application/json' }), filename);
}
