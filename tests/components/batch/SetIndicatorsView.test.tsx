// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SetIndicatorsView } from '../../../components/batch/SetIndicatorsView';
import { RULE_PRESETS } from '../../../lib/audit/presets';
import { DEFAULT_RULES } from '../../../lib/audit/rules';
import { setIndicators } from '../../../lib/batch/indicators';

afterEach(cleanup);

const metrics = {
  year: 2026,
  month: 11,
  weeks: [3, 3, 3, 3],
  weekStatuses: ['pass', 'pass', 'pass', 'pass'],
  frequency: 'pass',
  prevYear: 2026,
  prevMonth: 10,
  prevWeeks: null,
  prevFrequency: null,
  prevEngagement: null,
  items: { cover: 'present', avatar: 'present', description: 'present', 'pos-widget': 'present' } as const,
  er: 2,
  achievement: 80,
  likes: 150,
  comments: 30,
  reposts: 20,
  views: 10_000,
  members: 500,
  reach: 50,
  predictedScore: null,
};

describe('SetIndicatorsView', () => {
  it("shows the rule set's weights and ER target, not the federal defaults", () => {
    const rules = { ...DEFAULT_RULES, erTarget: 2.5, weights: { frequency: 40, engagement: 40, reach: 20 } };
    const indicators = setIndicators([{ metrics, audienceSize: 1000 }], { month: 'current', rules });
    render(<SetIndicatorsView indicators={indicators} rules={rules} />);
    expect(screen.getByTestId('ind-frequency').textContent).toContain('· 40%');
    expect(screen.getByTestId('ind-engagement').textContent).toContain('· 40%');
    expect(screen.getByTestId('ind-engagement').textContent).toContain('при цели 2,5%');
    expect(screen.getByTestId('ind-total').textContent).toContain('(0,4·F + 0,4·E + 0,2·R) · M / 100');
  });

  it('chelyabinsk-2026: the municipal score with its penalty, labelled with the preset, with no reach', () => {
    const rules = RULE_PRESETS['chelyabinsk-2026'];
    const v2 = { ...metrics.items, 'gov-mark': 'present', design: 'present' } as const;
    const indicators = setIndicators(
      [
        { metrics: { ...metrics, items: v2, likes: 360 }, audienceSize: null },
        { metrics: { ...metrics, items: { ...v2, 'pos-widget': 'missing' } }, audienceSize: null },
        { metrics: { ...metrics, frequency: 'fail' }, audienceSize: null, businessCard: true },
      ],
      { month: 'current', rules },
    );
    render(<SetIndicatorsView indicators={indicators} rules={rules} />);
    expect(screen.getByTestId('ind-frequency').textContent).toContain('визитки не учтены: 1');
    // k = 7 of 8 (the old-style third record derives design and has no mark: 2 known) → (3 + 2 + 2) / (3 + 3 + 2)
    expect(screen.getByTestId('ind-penalty').textContent).toMatch(/k = 0,88 → штраф −9/);
    expect(screen.getByTestId('ind-total').textContent).toContain('0,5·F + 0,5·E − штраф(k)');
    expect(screen.getByTestId('ind-total').textContent).toMatch(/\d+,\d\d/);
    expect(screen.getByTestId('rule-set-name').textContent).toContain('Челябинская область');
    expect(screen.getByTestId('rule-set-inferred').textContent).toContain('Выведено, не опубликовано');
  });

  it('shows the federal defaults without a rule set', () => {
    const indicators = setIndicators([{ metrics, audienceSize: 1000 }], { month: 'current' });
    render(<SetIndicatorsView indicators={indicators} />);
    expect(screen.getByTestId('ind-frequency').textContent).toContain('· 50%');
    expect(screen.getByTestId('ind-engagement').textContent).toContain('при цели 3%');
    expect(screen.getByTestId('ind-total').textContent).toContain('(0,5·F + 0,3·E + 0,2·R) · M / 100');
  });
});

describe('the total while groups are undecided', () => {
  it('says «предварительно» with how many groups decided the month', () => {
    const undecided = { ...metrics, weeks: [3, 0, 0, 0], frequency: 'unknown' };
    const indicators = setIndicators(
      [
        { metrics, audienceSize: 1000 },
        { metrics: undecided, audienceSize: 1000 },
        { metrics: undecided, audienceSize: 1000 },
      ],
      { period: { year: 2026, month: 11 } },
    );
    render(<SetIndicatorsView indicators={indicators} />);
    expect(screen.getByRole('heading').textContent).toBe('Показатели списка за ноябрь 2026 по методике ЦУР');
    expect(screen.getByTestId('ind-preliminary').textContent).toBe('предварительно: месяц решён у 1 группы из 3');
  });
});
