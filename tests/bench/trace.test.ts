import { describe, expect, it } from 'vitest';
import { mainThreadCpu, type TraceEvent } from './trace';

const POPUP = 10;
const OTHER = 20;
const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'disabled-by-default-devtools.timeline,toplevel',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
});
const mark = (name: string, pid: number, ts: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  pid,
  tid: 1,
  ts,
});

describe('mainThreadCpu', () => {
  const events: TraceEvent[] = [
    meta(POPUP, 1, 'CrRendererMain'),
    meta(POPUP, 2, 'Compositor'),
    meta(OTHER, 1, 'CrRendererMain'),
    mark('navigationStart', POPUP, 1_000),
    task(POPUP, 1, 100, 50, 50), // before the span
    task(POPUP, 1, 800, 400, 100), // half of it in the span: 50
    task(POPUP, 1, 1_300, 1_000, 200), // preempted: 1000 µs of wall, 200 of CPU
    task(POPUP, 1, 1_400, 100, 80), // nested in the task before: not counted twice
    task(POPUP, 2, 1_300, 1_000, 900), // another thread of the popup
    task(OTHER, 1, 1_300, 1_000, 900), // another process
    mark('gp-popup-rendered', POPUP, 3_000),
    task(POPUP, 1, 2_900, 200, 200), // half of it before the mark: 100
    task(POPUP, 1, 3_500, 100, 100), // after the mark
  ];

  it('counts the CPU of the main thread’s outermost tasks in the span that ends at the mark', () => {
    expect(mainThreadCpu(events, 'gp-popup-rendered', 2)).toBeCloseTo(0.35, 9);
  });

  it('answers null without the mark, the main thread or the navigation that starts the span', () => {
    const rendered = (list: TraceEvent[], spanMs: number) => mainThreadCpu(list, 'gp-popup-rendered', spanMs);
    expect(mainThreadCpu(events, 'no-such-mark', 2)).toBeNull();
    expect(
      rendered(
        events.filter((e) => e.ph !== 'M'),
        2,
      ),
    ).toBeNull();
    expect(
      rendered(
        events.filter((e) => e.name !== 'navigationStart'),
        2,
      ),
    ).toBeNull();
    expect(rendered(events, 0.5)).toBeNull(); // the process's navigation is 2 ms before the mark, not 0.5
    expect(rendered(events, Number.NaN)).toBeNull();
  });
});
