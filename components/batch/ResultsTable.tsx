/**
 * All groups of a list for one month: sortable, filterable («только проблемные»), worst first by default; a row opens
 * its detail. Laid out to fit a 1 366 px laptop without sideways scrolling (docs/lists.md): weeks and the four
 * minimum requirements are labelled cells with a tooltip each and a legend under the table, and «нужно ещё до …»
 * answers who needs how many posts before the running week closes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  isProblem,
  type MonthRef,
  type ResultRow,
  type RowMonth,
  type RowWeek,
  type RunningWeek,
  rowInMonth,
  type SortKey,
  sortRows,
} from '../../lib/batch/rows';
import { weekDays, weekDeadline } from '../../lib/export/deadline';
import { formatDay, formatNumber, zonedParts } from '../../lib/i18n/index';
import {
  CHECK_MARK,
  type CheckState,
  checkTone,
  checkWord,
  weekState,
  weekTone,
  weekWord,
} from '../../lib/i18n/vocabulary';
import type { CheckId, Presence, WeekNumber } from '../../lib/types';
import { type BatchI18n, useBatchI18n } from './i18n';

export interface ResultsTableProps {
  rows: readonly ResultRow[];
  /** The month the weeks, ER and score columns show. */
  view: MonthRef;
  /** The evaluation week running now (null on days 29–31): the «нужно ещё до …» column. */
  running: RunningWeek | null;
  /** The rule set's zone (deadlines and check dates). */
  timeZone: string;
  /** The row whose detail is open (highlighted). */
  openKey?: string | null;
  onOpen: (key: string) => void;
  onAudience: (key: string, size: number | null) => void;
  onRetry?: (key: string) => void;
}

const ITEMS = ['cover', 'avatar', 'description', 'pos-widget'] as const;
const WEEKS: readonly WeekNumber[] = [1, 2, 3, 4];

/** A presence (page element) as the vocabulary's check state: present = pass, missing = fail. */
const PRESENCE_STATE: Record<Presence, CheckState> = { present: 'pass', missing: 'fail', unknown: 'unknown' };

/**
 * Where a week stands, in the one vocabulary (lib/i18n/vocabulary.ts): met or missed, running now, to come, not
 * known, or #Н/Д (the group has no «Госорганизация» mark).
 */
function weekStateOf(w: RowWeek, week: WeekNumber, month: MonthRef, running: RunningWeek | null, nd: boolean) {
  const isRunningMonth = running !== null && running.year === month.year && running.month === month.month;
  return weekState({ status: w.status, current: isRunningMonth && running.week === week }, nd);
}

function WeekCell({
  w,
  week,
  month,
  running,
  nd,
}: {
  w: RowWeek;
  week: WeekNumber;
  month: MonthRef;
  running: RunningWeek | null;
  nd: boolean;
}) {
  const { t, locale } = useBatchI18n();
  const state = weekStateOf(w, week, month, running, nd);
  const word = weekWord(state, locale);
  const title = t('weekCellTitle', {
    n: week,
    days: weekDays(month.month, week, locale),
    posts: w.posts,
    required: w.required,
    state: word,
  });
  return (
    <td class={`wk tone-${weekTone(state)}`} title={title} data-week={week} data-state={state}>
      <span class="sr-only">{word}: </span>
      {w.entered === false ? '–' : w.posts}/{w.required}
    </td>
  );
}

/** A yes/no cell (a requirement or a check): the vocabulary's mark, word (in the tooltip) and colour. */
function MarkCell({ id, state, label, extra = '' }: { id: CheckId; state: CheckState; label: string; extra?: string }) {
  const { locale } = useBatchI18n();
  return (
    <td
      class={`mark tone-${checkTone(state)}`}
      data-check={id}
      data-state={state}
      title={`${label}: ${checkWord(id, state, locale)}${extra}`}
    >
      {CHECK_MARK[state]}
    </td>
  );
}

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
      title={t('audienceTitle')}
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

/** The «нужно ещё» cell: posts still needed in the running week, the norm met, #Н/Д or not known. */
function NeededCell({ row, i18n }: { row: ResultRow; i18n: BatchI18n }) {
  const { t } = i18n;
  if (row.needed === null) {
    const why = row.checks['gov-mark'] === 'fail' ? t('needed.nd') : t('needed.unknown');
    return (
      <td class="num needed unknown" title={why}>
        {row.checks['gov-mark'] === 'fail' ? t('nd') : '—'}
      </td>
    );
  }
  if (row.needed === 0) {
    return (
      <td class="num needed met" title={t('needed.metTitle')}>
        {t('needed.met')}
      </td>
    );
  }
  return (
    <td class="num needed short" title={t('needed.title', { n: row.needed })}>
      {t('needed.posts', { n: row.needed })}
    </td>
  );
}

/** «06.12»: the day of a check, short enough for its column (the tooltip has the full date). */
function shortDate(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}`;
}

/** Fixed height of a result row (px; the stylesheet sets the same), for the virtualised table. */
export const ROW_HEIGHT = 34;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 8;
/** Viewport height assumed before the table is measured (and where nothing can be measured, e.g. jsdom). */
const FALLBACK_VIEWPORT = 640;
/** Lists up to this size are rendered whole (a few dozen rows lay out in well under 50 ms; in-page search finds them). */
export const RENDER_ALL_UP_TO = 50;
const COLUMNS = 18;

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

/** Sort keys whose first click sorts from the largest value. */
const DESCENDING_FIRST: ReadonlySet<SortKey> = new Set(['members', 'needed', 'er', 'reach', 'predicted']);

export function ResultsTable(props: ResultsTableProps) {
  const i18n = useBatchI18n();
  const { t, locale, issue } = i18n;
  const [sort, setSort] = useState<SortKey>('worst');
  const [descending, setDescending] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [query, setQuery] = useState('');
  const { view, running, timeZone } = props;
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = props.rows
      .filter(
        (r) =>
          (!onlyProblems || isProblem(r)) &&
          (q === '' || (r.name ?? '').toLowerCase().includes(q) || r.url.toLowerCase().includes(q)),
      )
      .map((r) => rowInMonth(r, view));
    return sortRows(filtered, sort, descending, locale) as (ResultRow & { shown: RowMonth | null })[];
  }, [props.rows, sort, descending, onlyProblems, query, locale, view]);

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

  const header = (key: SortKey, label: string, title: string, cls = '') => (
    <th class={cls} title={title} aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        class="sort"
        data-sort={key}
        onClick={() => {
          if (sort === key) setDescending(!descending);
          else {
            setSort(key);
            setDescending(DESCENDING_FIRST.has(key));
          }
        }}
      >
        {label}
        {sort === key ? (descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const plain = (label: string, title: string, cls = '') => (
    <th class={cls} title={title}>
      {label}
    </th>
  );
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale, v >= 100 ? 0 : 1)}%`);
  const deadline = running === null ? null : weekDeadline(running.year, running.month, running.week, timeZone);
  const neededLabel =
    deadline === null ? t('col.neededOutside') : t('col.needed', { date: formatDay(deadline, timeZone, locale) });

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
        {sort !== 'needed' && running !== null && (
          <button
            type="button"
            class="link"
            data-testid="sort-needed"
            onClick={() => {
              setSort('needed');
              setDescending(true);
            }}
          >
            {t('sortNeeded')}
          </button>
        )}
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
                {header('name', t('col.name'), t('col.nameTitle'), 'name')}
                {header('members', t('col.members'), t('col.membersTitle'), 'num')}
                {plain(t('col.gov'), t('col.govTitle'), 'mark')}
                {ITEMS.map((item) => (
                  <th key={item} class="mark" title={t(`item.${item}`)}>
                    {t(`itemShort.${item}`)}
                  </th>
                ))}
                {WEEKS.map((w) => (
                  <th key={w} class="wk" title={t('col.weekTitle', { n: w, days: weekDays(view.month, w, locale) })}>
                    {t('col.week', { n: w })}
                  </th>
                ))}
                {header('needed', neededLabel, t('col.neededTitle'), 'num needed')}
                {header('er', t('col.er'), t('col.erTitle'), 'num')}
                {header('reach', t('col.reach'), t('col.reachTitle'), 'num')}
                {plain(t('col.audience'), t('audienceTitle'))}
                {plain(t('col.rkn'), t('col.rknTitle'), 'mark')}
                {header('predicted', t('col.score'), t('col.scoreTitle'), 'num')}
                {header('read', t('col.read'), t('col.readTitle'))}
              </tr>
            </thead>
            <tbody>
              {spacer(start * ROW_HEIGHT, 'top')}
              {visible.map((r, i) => {
                const gov = r.states['gov-mark'] ?? 'unknown';
                const rkn = r.states['rkn-registration'] ?? 'unknown';
                return (
                  <tr
                    key={r.key}
                    data-testid="result-row"
                    data-key={r.key}
                    data-read={r.read}
                    data-source={r.dataSource ?? undefined}
                    aria-rowindex={start + i + 2}
                    aria-selected={props.openKey === r.key}
                    class={`result${isProblem(r) ? ' problem' : ''}${props.openKey === r.key ? ' open' : ''}`}
                    onClick={() => props.onOpen(r.key)}
                  >
                    <td class="name" title={`${r.name ?? r.url}${r.category !== null ? ` · ${r.category}` : ''}`}>
                      <button
                        type="button"
                        class="link"
                        onClick={(e) => {
                          e.stopPropagation();
                          props.onOpen(r.key);
                        }}
                      >
                        <span class="name-text">
                          <span class={`site ${r.site}`}>{t(`site.${r.site}`)}</span>{' '}
                          <span class="nm">{r.name ?? r.url}</span>
                          {r.category !== null && <small class="muted"> · {r.category}</small>}
                          {r.businessCard && (
                            <small class="tag" data-testid="business-card-tag">
                              {' '}
                              {t('businessCard')}
                            </small>
                          )}
                        </span>
                      </button>
                    </td>
                    <td class="num">{r.members === null ? '—' : formatNumber(r.members, locale)}</td>
                    <MarkCell
                      id="gov-mark"
                      state={gov}
                      label={t('col.govTitle')}
                      extra={gov === 'fail' ? ` — ${t('needed.nd')}` : ''}
                    />
                    {ITEMS.map((item) =>
                      r.source === 'manual' ? (
                        // MAX, Telegram: figures entered by hand, the page's items are not read.
                        <td key={item} class="mark none">
                          —
                        </td>
                      ) : (
                        <MarkCell
                          key={item}
                          id={item}
                          state={PRESENCE_STATE[r.items[item]]}
                          label={t(`item.${item}`)}
                        />
                      ),
                    )}
                    {r.shown === null
                      ? WEEKS.map((w) => (
                          <td key={w} class="wk none" title={t('noMonthData')}>
                            —
                          </td>
                        ))
                      : WEEKS.map((w) => {
                          const week = r.shown?.weeks.find((x) => x.week === w);
                          return week === undefined || r.shown === null ? (
                            <td key={w} class="wk none">
                              —
                            </td>
                          ) : (
                            <WeekCell key={w} w={week} week={w} month={r.shown} running={running} nd={gov === 'fail'} />
                          );
                        })}
                    <NeededCell row={r} i18n={i18n} />
                    <td
                      class="num"
                      title={r.achievement === null ? undefined : t('erTitle', { achievement: pct(r.achievement) })}
                    >
                      {r.er === null ? '—' : `${formatNumber(r.er, locale, 2)}%`}
                    </td>
                    <td class="num">{pct(r.reach)}</td>
                    <td>
                      <AudienceInput value={r.audienceSize} onSave={(size) => props.onAudience(r.key, size)} />
                    </td>
                    <MarkCell id="rkn-registration" state={rkn} label={t('col.rknTitle')} />
                    <td class="num score">
                      {r.predicted !== null
                        ? formatNumber(r.predicted, locale, 1)
                        : r.predictedRange !== null
                          ? `${formatNumber(r.predictedRange.min, locale, 0)}–${formatNumber(r.predictedRange.max, locale, 0)}`
                          : '—'}
                    </td>
                    <td
                      class={`read ${r.read}`}
                      title={
                        r.error !== null && r.read !== 'complete'
                          ? `${t(`read.${r.read}`)}: ${issue(r.error)}`
                          : r.at !== null
                            ? t('lastChecked', { date: formatDay(new Date(r.at), timeZone, locale, true) })
                            : t(`read.${r.read}`)
                      }
                    >
                      {r.source === 'manual'
                        ? t(r.read === 'never' ? 'read.manualMissing' : 'read.manual')
                        : r.read === 'complete' && r.at !== null
                          ? shortDate(new Date(r.at), timeZone)
                          : r.read === 'failed' && r.error !== null
                            ? issue(r.error)
                            : t(`read.${r.read}`)}
                      {r.dataSource === 'api' && (
                        <small class="src" title={t('source.apiTitle')}>
                          {' '}
                          {t('source.api')}
                        </small>
                      )}
                      {r.read === 'failed' && props.onRetry !== undefined && (
                        <button
                          type="button"
                          class="link"
                          title={t('retry')}
                          aria-label={t('retry')}
                          onClick={(e) => {
                            e.stopPropagation();
                            props.onRetry?.(r.key);
                          }}
                        >
                          ↻
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
              {spacer((rows.length - end) * ROW_HEIGHT, 'bottom')}
            </tbody>
          </table>
        </div>
      )}
      <p class="legend small muted" data-testid="legend">
        {t('legend')}
      </p>
    </section>
  );
}
