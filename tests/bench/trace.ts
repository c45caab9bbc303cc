/**
 * Chromium trace events (the DevTools protocol's Tracing domain) → how much CPU one page's main thread spent in the
 * span that ends at a performance.mark() of its own. On a busy machine a page's wall-clock time is mostly time spent
 * waiting for a CPU that other processes hold; the CPU time its main thread used is its own work.
 */

/** One trace event as Chromium reports it (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, µs (trace clock). */
  ts: number;
  /** Wall duration of a complete ('X') event, µs. */
  dur?: number;
  /** Thread (CPU) duration of a complete event, µs. */
  tdur?: number;
  cat?: string;
  args?: { name?: string };
}

/** The trace categories mainThreadCpu needs. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/**
 * CPU time, ms, that the main thread (CrRendererMain) of the process that set the last `mark` used in the `spanMs`
 * before it, where the span is the page's own figure (performance.now() at the mark: from its navigation start): the
 * thread's outermost top-level tasks, each counted for the part of its CPU time that falls in the span (in
 * proportion to its wall time there). Null when the trace lacks the mark or the thread, or lacks that process's
 * navigationStart at the start of the span (the process began tracing late, and the count would be short).
 */
export function mainThreadCpu(events: readonly TraceEvent[], mark: string, spanMs: number): number | null {
  const end = events.filter((e) => e.name === mark).at(-1);
  if (!end || !(spanMs >= 0)) return null;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === end.pid && e.args?.name === 'CrRendererMain',
  );
  if (!main) return null;
  const [t0, t1] = [end.ts - spanMs * 1000, end.ts];
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === end.pid &&
        e.tid === main.tid &&
        (e.cat ?? '').split(',').includes('toplevel') &&
        e.dur !== undefined &&
        e.dur > 0 &&
        e.tdur !== undefined &&
        e.ts < t1,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const started = events.some((e) => e.name === 'navigationStart' && e.pid === end.pid && Math.abs(e.ts - t0) <= 1000);
  if (!started || tasks.length === 0) return null;
  let cpu = 0;
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const e of tasks) {
    const dur = e.dur ?? 0;
    if (e.ts + dur <= outerEnd) continue; // nested in the task before
    outerEnd = e.ts + dur;
    const inSpan = Math.min(e.ts + dur, t1) - Math.max(e.ts, t0);
    if (inSpan > 0) cpu += (e.tdur ?? 0) * (inSpan / dur);
  }
  return cpu / 1000;
}
