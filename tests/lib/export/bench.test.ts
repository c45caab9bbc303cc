import { describe, expect, it } from 'vitest';
import { measureExports } from '../../../lib/export/bench';
import { TIMING_TARGETS, timingGate } from '../../bench/budgets';
import { makeList } from './factory';

/** CPU time of this process (ms): robust to other jobs sharing the machine, unlike wall time. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v) : v);

describe('export speed', () => {
  // Target 2 s (tests/bench/budgets.ts export300); the test fails only beyond 3× that, in CPU time.
  it('exports a 300-group list (XLSX + CSV + HTML + messages) in under 2 s of CPU', async () => {
    const rows = makeList(300);
    const meta = {
      listName: 'Бенч',
      period: { year: 2026, month: 11 },
      generatedAt: '2026-11-26T08:00:00Z',
      timeZone: 'Europe/Moscow',
    };
    await measureExports(rows.slice(0, 10), meta); // warm up the modules
    const wall = await measureExports(rows, meta);
    const cpu = await measureExports(rows, meta, undefined, cpuMs);
    console.info(`[export bench] 300 groups, wall: ${JSON.stringify(wall, round)}`);
    console.info(`[export bench] 300 groups, cpu: ${JSON.stringify(cpu, round)}`);
    expect(cpu.groups).toBe(300);
    expect(cpu.xlsxBytes).toBeGreaterThan(10_000);
    expect(cpu.totalMs).toBeLessThan(timingGate(TIMING_TARGETS.export300));
  });
});
