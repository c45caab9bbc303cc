/**
 * Chromium trace events (the DevTools protocol's Tracing domain) → how much CPU one page's main thread spent from its
 * navigation to a performance.mark() of its own. On a busy machine a page's wall-clock time is mostly time spent
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

export interface MainThreadCpu {
  /** From the page's navigationStart to the mark, ms (wall clock). */
  wallMs: number;
  /** CPU time of the page's main thread in that span, ms. */
  cpuMs: number;
}

/**
 * The span from navigationStart to the last `mark` in the process that made the mark, and the CPU time its main
 * thread (CrRendererMain) used in it: the thread's outermost top-level tasks, each counted for the part of its
 * CPU time that falls in the span (in proportion to its wall time there). Null when the trace lacks the mark, the
 * navigation or the thread's tasks.
 */
export function mainThreadCpu(events: readonly TraceEvent[], mark: string): MainThreadCpu | null {
  const end = events.filter((e) => e.name === mark).at(-1);
  if (!end) return null;
  const starts = events.filter((e) => e.name === 'navigationStart' && e.pid === end.pid && e.ts <= end.ts);
  const start = starts.reduce<TraceEvent | null>((a, e) => (a && a.ts >= e.ts ? a : e), null);
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === end.pid && e.args?.name === 'CrRendererMain',
  );
  if (!start || !main) return null;
  const [t0, t1] = [start.ts, end.ts];
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
        e.ts < t1 &&
        e.ts + e.dur > t0,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpu = 0;
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const e of tasks) {
    const dur = e.dur ?? 0;
    if (e.ts + dur <= outerEnd) continue; // nested in the task before
    outerEnd = e.ts + dur;
    const inSpan = Math.min(e.ts + dur, t1) - Math.max(e.ts, t0);
    cpu += (e.tdur ?? 0) * (inSpan / dur);
  }
  if (tasks.length === 0) return null;
  return { wallMs: (t1 - t0) / 1000, cpuMs: cpu / 1000 };
}
