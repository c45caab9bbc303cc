/** Popup helpers that touch the page environment. */
import { downloadBlob } from '../../lib/export/download';

/** A fixed audit instant from `?now=<ISO>`, honoured only in the e2e build (tests pin the calendar). */
export function e2eNow(params: URLSearchParams, mode: string = import.meta.env.MODE): Date | null {
  if (mode !== 'e2e') return null;
  const raw = params.get('now');
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Saves `text` as a file through a temporary link. */
export function downloadText(filename: string, text: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), filename);
}
