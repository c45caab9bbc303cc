/** All groups of a list: sortable, filterable («только проблемные»), worst first by default; a row opens its detail. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isProblem, type ResultRow, type RowWeek, type SortKey, sortRows } from '../../lib/batch/rows';
import { formatNumber } from '../../lib/i18n/index';
import { useBatchI18n } from './i18n';

export interface ResultsTableProps {
  rows: readonly ResultRow[];
  onOpen: (key: string) => void;
  onAudience: (key: string, size: number | null) => void;
  onRetry?: (key: string) => void;
}

function Weeks({ weeks }: { weeks: readonly RowWeek[] | undefined }) {
  if (weeks === undefined) return <span class="muted">—</span>;
  return (
    <span class="weeks">
      {weeks.map((w, i) => (
        <span key={i} class={`wk ${w.status}`} title={`${w.entered === false ? '–' : w.posts} / ${w.required}`}>
          {w.entered === false ? '–' : w.posts}
        </span>
      ))}
    </span>
  );
}

const STATUS_MARK: Record<string, string> = { pass: '✓', fail: '✗', unknown: '?', 'not-applicable': '—' };
const PRESENCE_MARK: Record<string, string> = { present: '✓', missing: '✗', unknown: '?' };

function AudienceInput({ value, onSave }: { value: number | null; onSave: (size: number | null) => void }) {
  const { t } = useBatchI18n();
  return (
    <input
      class="audience"
      type="number"
      min={1}
      step={1}
      placeholder={t('audiencePlaceholder')}
      aria-label={t('col.audience')}
      value={value ?? ''}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const text = e.currentTarget.value.trim();
        const size = Number(text);
        if (text === '') onSave(null);
        else if (Number.isInteger(size) && size > 0) onSave(size);
      }}
    />
  );
}

/** Fixed height of a result row (px; the stylesheet sets the same), for the virtualised table. */
export const ROW_HEIGHT = 34;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 8;
/** Viewport height assumed before the table is measured (and where nothing can be measured, e.g. jsdom). */
const FALLBACK_VIEWPORT = 640;
/** Lists up to this size are rendered whole (a few dozen rows lay out in well under 50 ms; in-page search finds them). */
export const RENDER_ALL_UP_TO = 50;
const COLUMNS = 13;

/**
 * Which rows of `total` to render for a scroll container at `scrollTop` showing `viewport` px of rows:
 * the visible ones plus `overscan` on each side. `end` is exclusive.
 */
export function rowWindow(
  total: number,
  scrollTop: number,
  viewport: number,
  rowHeight = ROW_HEIGHT,
  overscan = OVERSCAN,
): { start: number; end: number } {
  const top = Math.max(0, Math.min(scrollTop, total * rowHeight - viewport));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + viewport) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(total, last + overscan) };
}

export function ResultsTable(props: ResultsTableProps) {
  const { t, locale, maybe } = useBatchI18n();
  const [sort, setSort] = useState<SortKey>('worst');
  const [descending, setDescending] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = props.rows.filter(
      (r) =>
        (!onlyProblems || isProblem(r)) &&
        (q === '' || (r.name ?? '').toLowerCase().includes(q) || r.url.toLowerCase().includes(q)),
    );
    return sortRows(filtered, sort, descending, locale);
  }, [props.rows, sort, descending, onlyProblems, query, locale]);

  // Virtualisation: only the rows in view (plus an overscan) are in the DOM; spacers stand for the rest. Sorting and
  // filtering above work on every row. The header row stays in the scroll container (sticky) for screen readers.
  const wrap = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const frame = useRef<number | null>(null);
  useEffect(() => {
    const el = wrap.current;
    if (el === null) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [rows.length > 0]);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setScrollTop(wrap.current?.scrollTop ?? 0);
    });
  };
  const { start, end } =
    rows.length <= RENDER_ALL_UP_TO ? { start: 0, end: rows.length } : rowWindow(rows.length, scrollTop, viewport);
  const visible = rows.slice(start, end);
  const spacer = (height: number, where: string) =>
    height > 0 && (
      <tr class="spacer" data-testid={`spacer-${where}`} style={{ height: `${height}px` }}>
        <td colSpan={COLUMNS} aria-hidden="true" />
      </tr>
    );

  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        class="sort"
        onClick={() => {
          if (sort === key) setDescending(!descending);
          else {
            setSort(key);
            setDescending(key === 'members' || key === 'er' || key === 'reach' || key === 'predicted');
          }
        }}
      >
        {label}
        {sort === key ? (descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale, v >= 100 ? 0 : 2)}%`);

  return (
    <section class="results">
      <div class="row">
        <h3>{t('results')}</h3>
        <label class="small">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
            data-testid="only-problems"
          />{' '}
          {t('onlyProblems')}
        </label>
        <input
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {sort !== 'worst' && (
          <button type="button" class="link" onClick={() => setSort('worst')}>
            {t('sortWorst')}
          </button>
        )}
      </div>
      {props.rows.length === 0 ? (
        <p class="muted">{t('noGroups')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('noResults')}</p>
      ) : (
        <div class="table-wrap" ref={wrap} onScroll={onScroll}>
          <table data-testid="results-table" aria-rowcount={rows.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
                {header('name', t('col.name'))}
                {header('site', t('col.site'))}
                {header('members', t('col.members'))}
                <th>{t('col.gov')}</th>
                <th>{t('col.items')}</th>
                <th>{t('col.month')}</th>
                <th>{t('col.prev')}</th>
                {header('er', t('col.er'))}
                {header('reach', t('col.reach'))}
                <th>{t('col.audience')}</th>
                <th>{t('col.rkn')}</th>
                {header('predicted', t('col.score'))}
                {header('read', t('col.read'))}
              </tr>
            </thead>
            <tbody>
              {spacer(start * ROW_HEIGHT, 'top')}
              {visible.map((r, i) => (
                <tr
                  key={r.key}
                  data-testid="result-row"
                  data-key={r.key}
                  data-read={r.read}
                  aria-rowindex={start + i + 2}
                  class={isProblem(r) ? 'result problem' : 'result'}
                  onClick={() => props.onOpen(r.key)}
                >
                  <td class="name">
                    <button type="button" class="link" onClick={() => props.onOpen(r.key)}>
                      {r.name ?? r.url}
                    </button>
                    {r.category !== null && <small class="muted"> {r.category}</small>}
                    {r.businessCard && (
                      <small class="tag" data-testid="business-card-tag">
                        {' '}
                        {t('businessCard')}
                      </small>
                    )}
                  </td>
                  <td>{t(`site.${r.site}`)}</td>
                  <td class="num">{r.members === null ? '—' : formatNumber(r.members, locale)}</td>
                  <td class={`st ${r.checks['gov-mark'] ?? 'unknown'}`}>
                    {STATUS_MARK[r.checks['gov-mark'] ?? 'unknown']}
                  </td>
                  <td class="items">
                    {r.source === 'manual' && <span class="muted">—</span>}
                    {r.source === 'page' &&
                      (['cover', 'avatar', 'description', 'pos-widget'] as const).map((item) => (
                        <span key={item} class={`pr ${r.items[item]}`} title={t(`item.${item}`)}>
                          {PRESENCE_MARK[r.items[item]]}
                        </span>
                      ))}
                  </td>
                  <td>
                    <Weeks weeks={r.month?.weeks} />
                  </td>
                  <td>
                    <Weeks weeks={r.previous?.weeks} />
                  </td>
                  <td class="num">
                    {pct(r.er)} / {pct(r.achievement)}
                  </td>
                  <td class="num">{pct(r.reach)}</td>
                  <td>
                    <AudienceInput value={r.audienceSize} onSave={(size) => props.onAudience(r.key, size)} />
                  </td>
                  <td class={`st ${r.checks['rkn-registration'] ?? 'unknown'}`}>
                    {STATUS_MARK[r.checks['rkn-registration'] ?? 'unknown']}
                  </td>
                  <td class="num score">
                    {r.predicted !== null
                      ? formatNumber(r.predicted, locale, 1)
                      : r.predictedRange !== null
                        ? `${formatNumber(r.predictedRange.min, locale, 0)}–${formatNumber(r.predictedRange.max, locale, 0)}`
                        : '—'}
                  </td>
                  <td class={`read ${r.read}`}>
                    {r.source === 'manual'
                      ? t(r.read === 'never' ? 'read.manualMissing' : 'read.manual')
                      : t(`read.${r.read}`)}
                    {r.error !== null && r.read !== 'complete' && (
                      <small class="muted"> ({maybe(`error.${r.error}`, maybe('error.partial', r.error))})</small>
                    )}
                    {r.read === 'failed' && props.onRetry !== undefined && (
                      <button
                        type="button"
                        class="link"
                        onClick={(e) => {
                          e.stopPropagation();
                          props.onRetry?.(r.key);
                        }}
                      >
                        {t('retry')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {spacer((rows.length - end) * ROW_HEIGHT, 'bottom')}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
