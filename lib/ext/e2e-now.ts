/** A fixed «now» from `?now=<ISO>`, honoured only in the e2e build: the browser tests pin the calendar. */
export function e2eNow(params: URLSearchParams, mode: string = import.meta.env.MODE): Date | null {
  if (mode !== 'e2e') return null;
  const raw = params.get('now');
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? null : d;
}
