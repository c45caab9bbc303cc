/**
 * «Следить за группой / списком»: the tracking toggle for the popup and the list page. Presentational: the page
 * stores the choice with setGroupTracked/setListTracked (lib/ext/tracked.ts).
 */
import { createT, type Locale } from '../../lib/i18n';
import { trackDicts } from '../../lib/i18n/track';

export interface TrackToggleProps {
  kind: 'group' | 'list';
  tracked: boolean;
  onToggle: (next: boolean) => void;
  locale: Locale;
  disabled?: boolean;
}

export function TrackToggle({ kind, tracked, onToggle, locale, disabled }: TrackToggleProps) {
  const t = createT(trackDicts, locale);
  return (
    <label class="track-toggle" data-testid={`track-${kind}`}>
      <input
        type="checkbox"
        role="switch"
        checked={tracked}
        disabled={disabled}
        aria-checked={tracked}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />{' '}
      {t(kind === 'group' ? 'track.group' : 'track.list')}
    </label>
  );
}
