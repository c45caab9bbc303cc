import { describe, expect, it } from 'vitest';
import { bestOf, SIZE_BUDGETS, sizeBudgetOf, TIMING_MARGIN, TIMING_TARGETS, timingGate } from './budgets';
import { judge } from './report';

describe('timing gates', () => {
  it('no timing is gated tighter than 3× its target', () => {
    expect(TIMING_MARGIN).toBeGreaterThanOrEqual(3);
    for (const t of Object.values(TIMING_TARGETS)) expect(timingGate(t), t.id).toBe(t.target * TIMING_MARGIN);
    expect(timingGate(TIMING_TARGETS.readAuditRatio)).toBe(9);
    expect(timingGate(TIMING_TARGETS.popupRender)).toBe(450);
  });
});

describe('bestOf', () => {
  const figures = (xs: number[]) => {
    let i = 0;
    return async () => xs[i++] ?? Number.NaN;
  };

  it('stops at the first try within the limit', async () => {
    const measure = figures([12, 7, 3]);
    expect(await bestOf(3, measure, (x) => x, 8)).toEqual({ best: 7, figures: [12, 7], result: 7 });
  });

  it('keeps the best of all tries when none is within the limit', async () => {
    expect(await bestOf(3, figures([12, 9, 15]), (x) => x, 8)).toEqual({ best: 9, figures: [12, 9, 15], result: 9 });
  });

  it('a try without a figure never wins over one with a figure', async () => {
    expect((await bestOf(3, figures([Number.NaN, 20, Number.NaN]), (x) => x, 8)).best).toBe(20);
    expect((await bestOf(1, figures([Number.NaN]), (x) => x, 8)).best).toBeNaN();
  });
});

describe('bench verdicts', () => {
  it('judges against the budget, with an accepted range over the target', () => {
    expect(judge(2.9, 3, 4)).toBe('OK');
    expect(judge(3.8, 3, 4)).toBe('ACCEPTED');
    expect(judge(4.1, 3, 4)).toBe('OVER');
    expect(judge(3.8, 3)).toBe('OVER');
    expect(judge(Number.NaN, 3)).toBe('n/a');
  });

  it('the popup: 46 kB gz budget, the 30 kB target retired', () => {
    expect(sizeBudgetOf('popup.html')).toEqual({ gzip: 46 * 1024, retired: 30 * 1024, listed: true });
    expect(sizeBudgetOf('background')).toEqual({ gzip: 32 * 1024, listed: true });
    expect(sizeBudgetOf('content-scripts/vk')).toEqual({ gzip: 20 * 1024, listed: true });
    expect(sizeBudgetOf('new-page.html').listed).toBe(false);
    expect(SIZE_BUDGETS.filter((b) => b.retired !== undefined).map((b) => b.entry)).toEqual(['popup.html']);
  });
});
