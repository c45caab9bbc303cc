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

/** Re-exported for the pages that also build file names; the popup imports ./download directly (no calendar). */
export { downloadBlob } from './download';
