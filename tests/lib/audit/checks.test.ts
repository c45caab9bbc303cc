import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCommunity, CHECK_DEFINITIONS } from '../../../lib/audit/audit';
import { REASON_CODES } from '../../../lib/audit/reasons';
import { DEFAULT_RULES, type RuleSet } from '../../../lib/audit/rules';
import { auditCommunity as auditCommunityPublic, REASON_CODES as PUBLIC_REASON_CODES } from '../../../lib/index';
import { CHECK_IDS, type CommunityPage } from '../../../lib/types';
import { page, post, posts } from './factory';

const msk = (day: number, hour = 12, month = 3) => new Date(Date.UTC(2026, month - 1, day, hour - 3)).toISOString();
const run = (p: CommunityPage, extra: { audienceSize?: number; rules?: RuleSet; day?: number } = {}) =>
  auditCommunity(p, { now: new Date(msk(extra.day ?? 10)), audienceSize: extra.audienceSize, rules: extra.rules });
const check = (p: CommunityPage, id: string, extra: Parameters<typeof run>[1] = {}) => {
  const c = run(p, extra).checks.find((x) => x.id === id);
  return c && { status: c.status, reason: c.reason };
};

describe('check registry', () => {
  it('has one definition per CheckId, in order, with Russian and English titles', () => {
    expect(CHECK_DEFINITIONS.map((d) => d.id)).toEqual([...CHECK_IDS]);
    for (const d of CHECK_DEFINITIONS) {
      expect(d.title.ru.length).toBeGreaterThan(0);
      expect(d.title.en.length).toBeGreaterThan(0);
    }
  });

  it('each CheckId has its own file lib/audit/checks/<id>.ts exporting that check', async () => {
    const files = readdirSync(new URL('../../../lib/audit/checks/', import.meta.url)).sort();
    expect(files).toEqual(CHECK_IDS.map((id) => `${id}.ts`).sort());
    for (const id of CHECK_IDS) {
      const mod: { check: { id: string } } = await import(`../../../lib/audit/checks/${id}.ts`);
      expect(mod.check.id).toBe(id);
    }
  });

  it('every reason an audit gives is a listed reason code', () => {
    const pages = [page(), page({ cover: 'missing', govMark: 'unknown', members: 20000 }), page({ access: 'blocked' })];
    for (const p of pages) for (const c of run(p).checks) expect(REASON_CODES).toContain(c.reason);
  });
});

describe('minimum requirements', () => {
  it.each(['cover', 'avatar', 'description', 'pos-widget'] as const)('%s: present / missing / unknown', (id) => {
    const field = id === 'pos-widget' ? 'posWidget' : id;
    expect(check(page(), id)).toEqual({ status: 'pass', reason: 'present' });
    expect(check(page({ [field]: 'missing' }), id)).toEqual({ status: 'fail', reason: 'missing' });
    expect(check(page({ [field]: 'unknown' }), id)).toEqual({ status: 'unknown', reason: 'not-detected' });
    expect(check(page({ [field]: 'unknown', access: 'closed' }), id)).toEqual({
      status: 'unknown',
      reason: 'page-not-readable',
    });
  });

  it('an item the rules do not require is not applicable and not scored', () => {
    const rules: RuleSet = { ...DEFAULT_RULES, minRequirementItems: ['cover', 'avatar', 'description'] };
    const a = run(page({ posWidget: 'missing' }), { rules });
    expect(a.checks.find((c) => c.id === 'pos-widget')).toMatchObject({ status: 'not-applicable' });
    expect(a.breakdown.minRequirements).toBe(100);
  });

  it('minRequirements% is the share present among the known items, with a range over unknown ones', () => {
    const a = run(page({ cover: 'missing' }));
    expect(a.breakdown).toMatchObject({ minRequirements: 75, missingItems: 1, unknownItems: 0 });
    const b = run(page({ cover: 'missing', avatar: 'unknown' }));
    expect(b.breakdown).toMatchObject({ minRequirements: null, missingItems: 1, unknownItems: 1 });
    expect(b.breakdown.ranges.minRequirements).toEqual({ min: 50, max: 75 });
    const c = run(page({ cover: 'unknown', avatar: 'unknown', description: 'unknown', posWidget: 'unknown' }));
    expect(c.breakdown.minRequirements).toBeNull();
    expect(c.breakdown.ranges.minRequirements).toEqual({ min: 0, max: 100 });
  });
});

describe('reach', () => {
  it('is unknown until the audience size is entered', () => {
    expect(check(page(), 'reach')).toEqual({ status: 'unknown', reason: 'input-missing' });
    expect(check(page(), 'reach', { audienceSize: 0 })).toEqual({ status: 'unknown', reason: 'input-missing' });
    expect(run(page()).breakdown.reach).toBeNull();
  });

  it('is members ÷ audience, capped at 100, passing at reachPassPercent', () => {
    const half = run(page({ members: 1500 }), { audienceSize: 3000 });
    expect(half.breakdown.reach).toBe(50);
    expect(half.checks.find((c) => c.id === 'reach')).toMatchObject({ status: 'fail', reason: 'below-threshold' });
    const over = run(page({ members: 4500 }), { audienceSize: 3000 });
    expect(over.breakdown.reach).toBe(100);
    expect(over.checks.find((c) => c.id === 'reach')).toMatchObject({ status: 'pass', reason: 'target-met' });
    const lenient = run(page({ members: 1500 }), {
      audienceSize: 3000,
      rules: { ...DEFAULT_RULES, reachPassPercent: 50 },
    });
    expect(lenient.checks.find((c) => c.id === 'reach')?.status).toBe('pass');
  });

  it('uses the bounds of an abbreviated member count', () => {
    const p = page({ members: 1200, membersRange: { min: 1200, max: 1299 } });
    const a = run(p, { audienceSize: 2000 });
    expect(a.breakdown.reach).toBeNull();
    expect(a.breakdown.ranges.reach).toEqual({ min: 60, max: 64.95 });
    expect(a.checks.find((c) => c.id === 'reach')).toMatchObject({ status: 'fail', reason: 'below-threshold' });
    const straddle = run(p, { audienceSize: 1250 });
    expect(straddle.checks.find((c) => c.id === 'reach')).toMatchObject({
      status: 'unknown',
      reason: 'members-unknown',
    });
    expect(check(page({ members: null }), 'reach', { audienceSize: 100 })).toEqual({
      status: 'unknown',
      reason: 'members-unknown',
    });
  });
});

describe('RKN registration (methodology §3.7, revised table; docs/rkn-registration.md)', () => {
  const knd = 'https://knd.gov.ru/license?id=0123456789abcdef01234567&registryType=bloggersPermission';
  const snet = 'https://gosuslugi.ru/snet/67927d41ee896061c9ca7145';
  it.each([
    ['members unknown', { members: null }, 'unknown', 'members-unknown', null, false],
    [
      'members unknown, «А+» unknown',
      { members: null, aPlusMark: 'unknown' },
      'unknown',
      'members-unknown',
      null,
      false,
    ],
    ['≤ 10 000', { members: 5000 }, 'not-applicable', 'under-rkn-threshold', false, false],
    [
      '≤ 10 000 with «А+»',
      { members: 5000, aPlusMark: 'present' },
      'not-applicable',
      'under-rkn-threshold',
      false,
      false,
    ],
    ['9 000–10 000: heads-up', { members: 9500 }, 'not-applicable', 'rkn-heads-up', false, true],
    ['exactly 10 000', { members: 10000 }, 'not-applicable', 'rkn-heads-up', false, true],
    ['> 10 000 with the 2024 registry link', { members: 10001, registryLink: knd }, 'pass', 'registered', true, false],
    ['> 10 000 with the 2025 registry link', { members: 10001, registryLink: snet }, 'pass', 'registered', true, false],
    ['> 10 000 with «А+» and no link', { members: 15000, aPlusMark: 'present' }, 'pass', 'registered', true, false],
    [
      '> 10 000 with «А+», description cut, no link',
      { members: 15000, aPlusMark: 'present', descriptionComplete: false },
      'pass',
      'registered',
      true,
      false,
    ],
    ['members unknown with «А+»', { members: null, aPlusMark: 'present' }, 'pass', 'registered', null, false],
    ['members unknown with the 2025 link', { members: null, registryLink: snet }, 'pass', 'registered', null, false],
    [
      '> 10 000 with an application number only',
      { members: 15000, registryApplication: '1234567890' },
      'unknown',
      'application-pending',
      true,
      false,
    ],
    [
      '> 10 000, neither, read in full, «А+» not reported',
      { members: 15000 },
      'unknown',
      'registration-not-seen',
      true,
      false,
    ],
    [
      '> 10 000, neither, read in full, «А+» unknown',
      { members: 15000, aPlusMark: 'unknown' },
      'unknown',
      'registration-not-seen',
      true,
      false,
    ],
    [
      '> 10 000, neither, description cut, «А+» unknown',
      { members: 15000, aPlusMark: 'unknown', descriptionComplete: false },
      'unknown',
      'registration-not-seen',
      true,
      false,
    ],
    [
      '> 10 000, neither, read in full, «А+» surely absent',
      { members: 15000, aPlusMark: 'missing' },
      'fail',
      'not-registered',
      true,
      false,
    ],
    [
      '> 10 000, neither, description cut, «А+» surely absent',
      { members: 15000, aPlusMark: 'missing', descriptionComplete: false },
      'unknown',
      'description-incomplete',
      true,
      false,
    ],
    [
      '> 10 000, neither, completeness not reported, «А+» surely absent',
      { members: 15000, aPlusMark: 'missing', descriptionComplete: undefined },
      'unknown',
      'description-incomplete',
      true,
      false,
    ],
    [
      '> 10 000, application number, «А+» surely absent',
      { members: 15000, aPlusMark: 'missing', registryApplication: '1234567890' },
      'unknown',
      'application-pending',
      true,
      false,
    ],
    [
      '«10K»: 10 000–10 999 is not certain',
      { members: 10000, membersRange: { min: 10000, max: 10999 } },
      'unknown',
      'members-unknown',
      null,
      true,
    ],
    [
      '«12,3K»: certainly above, «А+» unknown',
      { members: 12300, membersRange: { min: 12300, max: 12399 } },
      'unknown',
      'registration-not-seen',
      true,
      false,
    ],
    [
      '«12,3K»: certainly above, «А+» surely absent',
      { members: 12300, membersRange: { min: 12300, max: 12399 }, aPlusMark: 'missing' },
      'fail',
      'not-registered',
      true,
      false,
    ],
    [
      '«9,5K»: certainly not above',
      { members: 9500, membersRange: { min: 9500, max: 9599 } },
      'not-applicable',
      'rkn-heads-up',
      false,
      true,
    ],
    [
      'range only, registry link shown',
      { members: null, membersRange: { min: 10000, max: 10999 }, registryLink: knd },
      'pass',
      'registered',
      null,
      true,
    ],
    [
      'range only, «А+» shown',
      { members: null, membersRange: { min: 10000, max: 10999 }, aPlusMark: 'present' },
      'pass',
      'registered',
      null,
      true,
    ],
  ] as const)('%s', (_label, patch, status, reason, certain, headsUp) => {
    const a = auditCommunityPublic(page(patch as Partial<CommunityPage>), { now: new Date(msk(10)) });
    expect(a.checks.find((c) => c.id === 'rkn-registration')).toMatchObject({ status, reason });
    expect(a.rkn.membersCertainAbove10k).toBe(certain);
    expect(a.rkn.headsUp).toBe(headsUp);
    expect(a.rkn.aPlusMark).toBe((patch as Partial<CommunityPage>).aPlusMark ?? 'unknown');
  });

  it('takes the threshold from the rule set', () => {
    const rules: RuleSet = { ...DEFAULT_RULES, rknMembersThreshold: 20_000, rknHeadsUpFrom: 18_000 };
    const a = auditCommunityPublic(page({ members: 15_000 }), { now: new Date(msk(10)), rules });
    expect(a.checks.find((c) => c.id === 'rkn-registration')).toMatchObject({
      status: 'not-applicable',
      reason: 'under-rkn-threshold',
    });
    expect(a.rkn.threshold).toBe(20_000);
    expect(auditCommunityPublic(page({ members: 15_000 }), { now: new Date(msk(10)) }).rkn.threshold).toBe(10_000);
  });

  it('lists registration-not-seen among the public reason codes', () => {
    expect(PUBLIC_REASON_CODES).toContain('registration-not-seen');
  });
});

describe('predicted score (methodology §3.8)', () => {
  const fullMonth = [2, 9, 16, 23].flatMap((d) => posts(3, msk(d), { likes: 1, views: 10 }));

  it('is the rating total of F, E, R and minRequirements when all are known', () => {
    const a = run(page({ posts: fullMonth, members: 1500 }), { audienceSize: 3000, day: 30 });
    expect(a.breakdown).toMatchObject({ frequency: 100, engagement: 100, reach: 50, minRequirements: 100 });
    expect(a.predictedScore).toBeCloseTo(90, 10);
    expect(a.predictedRange).toEqual({ min: a.predictedScore, max: a.predictedScore });
    expect(a.breakdown.mode).toBe('multiplier');
  });

  it('is null with a range while reach or ER is unknown', () => {
    const noReach = run(page({ posts: fullMonth }), { day: 30 });
    expect(noReach.predictedScore).toBeNull();
    expect(noReach.predictedRange?.min).toBeCloseTo(80, 10);
    expect(noReach.predictedRange?.max).toBeCloseTo(100, 10);
    const noViews = fullMonth.map((p) => ({ ...p, views: null }));
    const neither = run(page({ posts: noViews }), { day: 30 });
    expect(neither.predictedRange?.min).toBeCloseTo(50, 10);
    expect(neither.predictedRange?.max).toBeCloseTo(100, 10);
  });

  it('F is 0 once a week failed, 100 while the rest are pending', () => {
    const failed = run(page({ posts: [post(msk(2), { likes: 1, views: 10 })], members: 3000 }), {
      audienceSize: 3000,
      day: 10,
    });
    expect(failed.breakdown.frequency).toBe(0);
    expect(failed.predictedScore).toBeCloseTo(50, 10);
    const pending = run(page({ posts: posts(3, msk(2), { likes: 1, views: 10 }), members: 3000 }), {
      audienceSize: 3000,
      day: 10,
    });
    expect(pending.breakdown.frequency).toBe(100);
    expect(pending.predictedScore).toBeCloseTo(100, 10);
  });

  it('applies the minimum-requirements penalty in both modes', () => {
    const p = page({ posts: fullMonth, members: 3000, cover: 'missing' });
    expect(run(p, { audienceSize: 3000, day: 30 }).predictedScore).toBeCloseTo(75, 10);
    const rules: RuleSet = {
      ...DEFAULT_RULES,
      penalty: { ...DEFAULT_RULES.penalty, mode: 'points', pointsPerMissing: 5 },
    };
    const points = run(p, { audienceSize: 3000, day: 30, rules });
    expect(points.predictedScore).toBeCloseTo(95, 10);
    expect(points.breakdown.mode).toBe('points');
  });
});
