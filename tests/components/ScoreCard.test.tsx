// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreCard } from '../../components/ScoreCard';
import { RULE_PRESETS } from '../../lib/audit/presets';
import { DEFAULT_RULES, type RuleSet } from '../../lib/audit/rules';
import { audit, healthyPage, renderIn } from './helpers';

afterEach(cleanup);

describe('ScoreCard', () => {
  it('shows the score with one decimal, labelled as an estimate, and its breakdown', () => {
    const a = audit(healthyPage(), { audienceSize: 3000 });
    expect(a.predictedScore).not.toBeNull();
    renderIn(<ScoreCard audit={a} rules={DEFAULT_RULES} audienceSize={3000} onAudienceSize={() => {}} />);
    const score = screen.getByTestId('predicted-score');
    expect(score.dataset.score).toBe(String(a.predictedScore));
    expect(score.textContent).toMatch(/^\d+,\d$/);
    expect(screen.getByText('оценка')).toBeTruthy();
    expect(screen.getByTestId('part-frequency').textContent).toContain('вес 50%');
    expect(screen.getByTestId('part-reach').textContent).toContain('50,0');
    expect(screen.queryByTestId('predicted-range')).toBeNull();
  });

  it('the formula is one click away', async () => {
    renderIn(
      <ScoreCard audit={audit(healthyPage(), { audienceSize: 3000 })} rules={DEFAULT_RULES} audienceSize={3000} />,
    );
    expect(screen.queryByTestId('formula')).toBeNull();
    fireEvent.click(screen.getByText('Как считается'));
    expect((await screen.findByTestId('formula')).textContent).toContain('Итог = (0,5·F + 0,3·E + 0,2·R) · M / 100');
    expect((await screen.findByTestId('formula')).textContent).toContain('Это оценка');
  });

  it('names the rule set: the Chelyabinsk formula, its source, k → penalty, the inferred points; no reach needed', async () => {
    const rules = RULE_PRESETS['chelyabinsk-2026'];
    const a = audit({ ...healthyPage(), posWidget: 'missing' }, { rules });
    // reach weighs 0: the score is known without an audience size
    expect(a.predictedScore).not.toBeNull();
    renderIn(<ScoreCard audit={a} rules={rules} audienceSize={null} />);
    expect(screen.getByTestId('part-minRequirements').textContent).toContain('k = 0,67 → штраф −22');
    fireEvent.click(screen.getByText('Как считается'));
    expect((await screen.findByTestId('formula')).textContent).toContain('Итог = 0,5·F + 0,5·E − штраф(k)');
    expect((await screen.findByTestId('rule-set-name')).textContent).toBe(
      'Челябинская область — муниципальный рейтинг, приказ №61 от 27.05.2026',
    );
    expect(screen.getByTestId('rule-set-source').textContent).toContain('приказ №61 от 27.05.2026');
    expect(screen.getByTestId('rule-set-details').textContent).toContain('от неокруглённого ER, цель 3,6%');
    expect(screen.getByTestId('rule-set-inferred').textContent).toContain('остальные 20 значений выведены');
  });

  it('unknown reach: «—», the reason, the range and an audience-size field that saves', () => {
    const a = audit(healthyPage());
    expect(a.predictedScore).toBeNull();
    const onAudienceSize = vi.fn();
    renderIn(<ScoreCard audit={a} rules={DEFAULT_RULES} audienceSize={null} onAudienceSize={onAudienceSize} />);
    expect(screen.getByTestId('predicted-score').textContent).toBe('—');
    expect(screen.getByTestId('score-unknown').textContent).toBe('неизвестно: охват');
    const range = screen.getByTestId('predicted-range');
    expect(range.dataset.min).toBe(String(a.predictedRange?.min));
    expect(range.textContent).toMatch(/может быть от \d+,\d до \d+,\d/);
    const input = screen.getByTestId('audience-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '0' } });
    fireEvent.submit(screen.getByTestId('audience-form'));
    expect(onAudienceSize).not.toHaveBeenCalled();
    expect(screen.getByText('Введите целое число больше нуля.')).toBeTruthy();
    fireEvent.input(input, { target: { value: '2 400' } });
    fireEvent.submit(screen.getByTestId('audience-form'));
    expect(onAudienceSize).toHaveBeenCalledWith(2400);
  });

  it('several unknown inputs are all named', () => {
    const a = audit(healthyPage({ cover: 'unknown', posts: [], postsSince: null }));
    renderIn(<ScoreCard audit={a} rules={DEFAULT_RULES} audienceSize={null} />);
    const text = screen.getByTestId('score-unknown').textContent ?? '';
    expect(text).toContain('охват');
    expect(text).toContain('минимальные требования');
    expect(screen.queryByTestId('audience-form')).toBeNull();
  });

  it('points penalty mode shows its formula; missing items are counted', async () => {
    const rules: RuleSet = {
      ...DEFAULT_RULES,
      penalty: { ...DEFAULT_RULES.penalty, mode: 'points', pointsPerMissing: 7 },
    };
    const a = audit(healthyPage({ cover: 'missing' }), { audienceSize: 1500, rules });
    renderIn(<ScoreCard audit={a} rules={rules} audienceSize={1500} />);
    expect(screen.getByTestId('part-minRequirements').textContent).toContain('не хватает 1 элемента');
    fireEvent.click(screen.getByText('Как считается'));
    expect((await screen.findByTestId('formula')).textContent).toContain('Итог = max(0; 0,5·F + 0,3·E + 0,2·R − 7·N)');
  });

  it('English', () => {
    renderIn(<ScoreCard audit={audit(healthyPage())} rules={DEFAULT_RULES} audienceSize={null} />, 'en');
    expect(screen.getByTestId('score-unknown').textContent).toBe('unknown: reach');
    expect(screen.getByText('estimate')).toBeTruthy();
  });
});
