/** Popup helpers that touch the page environment. */

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
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
