import { describe, expect, it } from 'vitest';
import { dayInfo, HOLIDAY_YEARS, holidayRuns, isoDay } from '../../../lib/planning/holidays';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

describe('holiday data', () => {
  it('names its source for every year, and 2026 and 2027 are present', () => {
    expect(HOLIDAY_YEARS.map((y) => y.year)).toEqual(expect.arrayContaining([2026, 2027]));
    for (const y of HOLIDAY_YEARS) expect(y.source.length).toBeGreaterThan(20);
    expect(HOLIDAY_YEARS.find((y) => y.year === 2026)?.source).toContain('№ 1466');
    expect(HOLIDAY_YEARS.find((y) => y.year === 2027)?.basis).toBe('statutory');
  });

  it('applies the 2026 decree and the automatic transfers', () => {
    // Friday 9 January and Thursday 31 December 2026: transferred from 3 and 4 January.
    expect(dayInfo(d('2026-01-09'))).toMatchObject({ known: true, dayOff: true, holiday: null, weekend: false });
    expect(dayInfo(d('2026-12-31'))).toMatchObject({ known: true, dayOff: true, basis: 'decree' });
    // 8 March 2026 is a Sunday → Monday 9 March off; 9 May is a Saturday → Monday 11 May off.
    expect(dayInfo(d('2026-03-09'))).toMatchObject({ dayOff: true, holiday: null });
    expect(dayInfo(d('2026-05-11'))).toMatchObject({ dayOff: true });
    expect(dayInfo(d('2026-11-04'))).toMatchObject({ dayOff: true, holiday: 'unity-day', weekend: false });
    // Ordinary days.
    expect(dayInfo(d('2026-11-05'))).toMatchObject({ dayOff: false });
    expect(dayInfo(d('2026-11-07'))).toMatchObject({ dayOff: true, weekend: true, holiday: null });
    expect(dayInfo(d('2026-12-30'))).toMatchObject({ dayOff: false });
  });

  it('says when the data runs out instead of guessing', () => {
    expect(dayInfo(d('2028-01-01'))).toEqual({ known: false, year: 2028 });
    expect(dayInfo(d('2025-12-31'))).toEqual({ known: false, year: 2025 });
    const r = holidayRuns(d('2027-12-20'), d('2028-01-10'));
    expect(r.known).toBe(false);
    if (!r.known) {
      expect(r.missingYear).toBe(2028);
      expect(r.knownUntil && isoDay(r.knownUntil)).toBe('2027-12-31');
    }
  });
});

describe('holidayRuns', () => {
  it('finds the New Year run across the year turn (31 Dec 2026 – 10 Jan 2027)', () => {
    const r = holidayRuns(d('2026-12-15'), d('2027-01-05'));
    expect(r.known).toBe(true);
    expect(r.runs.map((x) => [isoDay(x.start), isoDay(x.end), x.days, x.basis])).toEqual([
      ['2026-12-31', '2027-01-10', 11, 'statutory'],
    ]);
    expect(r.runs[0]?.holidays).toEqual(['new-year', 'christmas']);
  });

  it('lists every long run of 2026 and nothing shorter than 3 days', () => {
    const r = holidayRuns(d('2026-01-01'), d('2026-12-30'));
    expect(r.runs.map((x) => `${isoDay(x.start)}/${x.days}`)).toEqual([
      '2026-01-01/11',
      '2026-02-21/3',
      '2026-03-07/3',
      '2026-05-01/3',
      '2026-05-09/3',
      '2026-06-12/3',
    ]);
  });

  it('finds the May runs of 2027 from the statutory transfers', () => {
    const r = holidayRuns(d('2027-04-20'), d('2027-05-15'));
    expect(r.runs.map((x) => `${isoDay(x.start)}/${x.days}`)).toEqual(['2027-05-01/3', '2027-05-08/3']);
  });

  it('sees a run already in progress from its first day', () => {
    const r = holidayRuns(d('2026-01-05'), d('2026-01-20'));
    expect(r.runs.map((x) => isoDay(x.start))).toEqual(['2026-01-01']);
  });
});
