/** File names and browser downloads of the exports. */
import { zonedParts } from '../calendar';
import { isoDay } from '../planning/holidays';

/** «Аудит — Школы района — 2026-11-26» with characters file systems refuse replaced. */
export function exportFileName(listName: string, now: Date, timeZone: string, extension: string): string {
  const day = isoDay(zonedParts(now, timeZone));
  const safe = listName
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `Аудит — ${safe || 'список'} — ${day}.${extension}`;
}

/** Saves a Blob through a temporary <a download> (extension pages and the popup). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
