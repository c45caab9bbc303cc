/**
 * The Chelyabinsk 2026 municipal rating (methodology §2, order №61 of 27.05.2026): the three published months of
 * Сосновский МО, reproduced to the cent through the public contract with the preset `chelyabinsk-2026`.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  factorPenalty,
  type GroupTotals,
  RULE_PRESETS,
  type RuleSet,
  RuleSetSchema,
  ratingBreakdown,
  ratingTotal,
  scoreGroupSet,
} from '../../../lib/index';

const preset = RULE_PRESETS['chelyabinsk-2026'];

interface PublishedMonth {
  month: string;
  meetingNorm: number;
  pages: number;
  factor: number;
  views: number;
  likes: number;
  comments: number;
  reposts: number;
  er: number;
  engagement: number;
  penalty: number;
  total: number;
}

// methodology §2, the table of Сосновский МО
const MONTHS: PublishedMonth[] = [
  {
    month: 'April',
    meetingNorm: 44,
    pages: 61,
    factor: 0.92,
    views: 619_661,
    likes: 21_888,
    comments: 759,
    reposts: 1_402,
    er: 3.88,
    engagement: 100,
    penalty: 6,
    total: 80.07,
  },
  {
    month: 'May',
    meetingNorm: 43,
    pages: 63,
    factor: 0.95,
    views: 592_223,
    likes: 23_314,
    comments: 692,
    reposts: 1_794,
    er: 4.36,
    engagement: 100,
    penalty: 4,
    total: 80.13,
  },
  {
    month: 'June',
    meetingNorm: 49,
    pages: 64,
    factor: 1,
    views: 686_412,
    likes: 21_990,
    comments: 647,
    reposts: 1_423,
    er: 3.51,
    engagement: 97.37,
    penalty: 0,
    total: 86.97,
  },
];

/** `pages` groups, the first `meetingNorm` with 3 posts every week, the rest short; the sums spread over them. */
function groupsOf(m: PublishedMonth, extra: GroupTotals[] = []): GroupTotals[] {
  const groups: GroupTotals[] = [];
  for (let i = 0; i < m.pages; i++) {
    groups.push({
      weeklyPosts: i < m.meetingNorm ? [3, 3, 4, 3] : [3, 2, 3, 3],
      likes: 0,
      comments: 0,
      reposts: 0,
      views: 0,
    });
  }
  // Sums split unevenly over two groups: only the pooled totals may matter.
  const [a, b] = groups;
  if (!a || !b) throw new Error('no groups');
  Object.assign(a, { likes: m.likes - 1000, comments: m.comments, reposts: 0, views: m.views - 200_000 });
  Object.assign(b, { likes: 1000, comments: 0, reposts: m.reposts, views: 200_000 });
  return [...groups, ...extra];
}

describe('chelyabinsk-2026: the published months', () => {
  it.each(MONTHS)('$month: total $total', (m) => {
    const score = scoreGroupSet(groupsOf(m), preset);
    expect(score.engagementRate).toBe(m.er);
    expect(score.engagement).toBe(m.engagement);
    const total = ratingTotal(
      { frequency: score.frequency, engagement: score.engagement, reach: 0, minRequirements: m.factor * 100 },
      preset,
    );
    expect(total.toFixed(2)).toBe(m.total.toFixed(2));
    expect(total).toBe(m.total);
    const parts = ratingBreakdown(
      { frequency: score.frequency, engagement: score.engagement, reach: 0, minRequirements: m.factor * 100 },
      preset,
    );
    expect(parts.factor).toBe(m.factor);
    expect(parts.penalty).toBe(m.penalty);
    expect(parts.engagement).toBe(m.engagement);
    expect(parts.frequency).toBe(Math.round((m.meetingNorm / m.pages) * 10_000) / 100);
  });

  it('«визитка» pages are out of the frequency: 61 pages of which 5 visit cards give 44 of 56', () => {
    const april = MONTHS[0] as PublishedMonth;
    const cards: GroupTotals[] = Array.from({ length: 5 }, () => ({
      weeklyPosts: [0, 0, 0, 0],
      likes: 0,
      comments: 0,
      reposts: 0,
      views: 0,
      businessCard: true,
    }));
    const withCards = { ...april, pages: april.pages - 5 };
    expect(scoreGroupSet(groupsOf(withCards, cards), preset).frequency).toBeCloseTo((44 / 56) * 100, 12);
    // The federal rule counts them, as before.
    expect(scoreGroupSet(groupsOf(withCards, cards), DEFAULT_RULES).frequency).toBeCloseTo((44 / 61) * 100, 12);
  });

  it('the same inputs under the defaults reproduce none of the three totals', () => {
    for (const m of MONTHS) {
      const score = scoreGroupSet(groupsOf(m));
      const total = ratingTotal({ ...score, reach: 0, minRequirements: m.factor * 100 });
      expect(total.toFixed(2)).not.toBe(m.total.toFixed(2));
    }
  });

  it('June needs the unrounded ER: with the rounded 3.51 it would be 97.50 and 87.03', () => {
    const june = MONTHS[2] as PublishedMonth;
    const rounded: RuleSet = { ...preset, achievementFromRoundedEr: true };
    const score = scoreGroupSet(groupsOf(june), rounded);
    expect(score.engagement).toBe(97.5);
    expect(ratingTotal({ ...score, reach: 0, minRequirements: 100 }, rounded)).toBe(87.03);
  });
});

describe('chelyabinsk-2026: the preset', () => {
  it('is a valid rule set with 0.5/0.5/0, target 3.6, unrounded ER, rounded parts, G + P + design', () => {
    expect(RuleSetSchema.safeParse(preset).success).toBe(true);
    expect(preset).toMatchObject({
      preset: 'chelyabinsk-2026',
      weights: { frequency: 50, engagement: 50, reach: 0 },
      erTarget: 3.6,
      achievementFromRoundedEr: false,
      roundParts: true,
      minRequirementItems: ['gov-mark', 'pos-widget', 'design'],
      excludeBusinessCards: true,
      penalty: { mode: 'factor-table' },
    });
  });

  it('the factor table: published 0.92 → 6, 0.95 → 4, 1.00 → 0 and the cap 22; the rest inferred', () => {
    const bands = preset.penalty.bands;
    expect(factorPenalty(bands, 0.92)).toBe(6);
    expect(factorPenalty(bands, 0.95)).toBe(4);
    expect(factorPenalty(bands, 1)).toBe(0);
    expect(factorPenalty(bands, 0)).toBe(22);
    expect(factorPenalty(bands, 0.5)).toBe(22);
    // round((1 − k)·75) for every hundredth
    for (let h = 0; h <= 100; h++) {
      expect(factorPenalty(bands, h / 100), `k = ${h / 100}`).toBe(Math.min(22, Math.round(((100 - h) * 75) / 100)));
    }
    // the factor is taken to 2 decimals, as published: 0.9249 is 0.92
    expect(factorPenalty(bands, 0.9249)).toBe(6);
    const published = bands.filter((b) => b.basis === 'published').map((b) => [b.from, b.points]);
    expect(published).toEqual([
      [0.92, 6],
      [0.95, 4],
      [1, 0],
    ]);
    expect(bands.filter((b) => b.basis === 'inferred').length).toBe(bands.length - 3);
  });

  it('the total needs no reach: its weight is 0', () => {
    const t = ratingTotal({ frequency: 100, engagement: 100, reach: 0, minRequirements: 100 }, preset);
    expect(t).toBe(100);
    expect(ratingTotal({ frequency: 100, engagement: 100, reach: 77, minRequirements: 100 }, preset)).toBe(100);
  });

  it('a total never goes below 0', () => {
    expect(ratingTotal({ frequency: 0, engagement: 10, reach: 0, minRequirements: 50 }, preset)).toBe(0);
  });
});
