// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreCard } from '../../components/ScoreCard';
import { MonthSwitch, Verdict } from '../../components/Verdict';
import { RULE_PRESETS } from '../../lib/audit/presets';
import { DEFAULT_RULES, type RuleSet } from '../../lib/audit/rules';
import { previousMonthEnd } from '../../lib/calendar';
import { audit, healthyPage, NOW, posts, renderIn, ZONE } from './helpers';

afterEach(cleanup);

describe('Verdict (the first screen)', () => {
  it('a known score: one decimal, «из 100», labelled as an estimate; the running month says F assumes the rest', () => {
    const a = audit(healthyPage(), { audienceSize: 3000 });
    expect(a.predictedScore).not.toBeNull();
    renderIn(<Verdict audit={a} view="current" canSetAudience />);
    const score = screen.getByTestId('predicted-score');
    expect(score.dataset.score).toBe(String(a.predictedScore));
    expect(score.textContent).toMatch(/^\d+,\d$/);
    expect(screen.getByTestId('verdict').textContent).toContain('из 100');
    expect(screen.getByText('оценка')).toBeTruthy();
    expect(screen.queryByTestId('preliminary')).toBeNull();
    expect(screen.getByTestId('verdict').textContent).toContain('Ноябрь 2026: прогноз');
    expect(screen.getByTestId('verdict-frequency').textContent).toBe('Частотность: идёт');
    expect(screen.getByTestId('verdict').textContent).toContain('если выполнить и оставшиеся недели');
  });

  it('unknown reach: the range is the big figure, «предварительно», the exact score «—» with the reason', () => {
    const a = audit(healthyPage());
    expect(a.predictedScore).toBeNull();
    renderIn(<Verdict audit={a} view="current" canSetAudience />);
    const range = screen.getByTestId('predicted-range');
    expect(range.dataset.min).toBe(String(a.predictedRange?.min));
    expect(range.textContent).toMatch(/^\d+,\d–\d+,\d$/);
    expect(screen.getByTestId('preliminary').textContent).toBe('предварительно');
    expect(screen.getByTestId('predicted-score').textContent).toBe('—');
    expect(screen.getByTestId('predicted-score').dataset.score).toBe('');
    expect(screen.getByTestId('score-unknown').textContent).toBe('неизвестно: охват');
    expect(screen.getByTestId('ask-audience')).toBeTruthy();
  });

  it('several unknown inputs are all named; no audience button when the size cannot be saved', () => {
    const a = audit(healthyPage({ cover: 'unknown', posts: [], postsSince: null }));
    renderIn(<Verdict audit={a} view="current" canSetAudience={false} />);
    const text = screen.getByTestId('score-unknown').textContent ?? '';
    expect(text).toContain('охват');
    expect(text).toContain('минимальные требования');
    expect(screen.queryByTestId('ask-audience')).toBeNull();
  });

  it('a group without the «Госорганизация» mark is #Н/Д, stated as such — no range of zeros', () => {
    const a = audit(healthyPage({ govMark: 'missing' }));
    renderIn(<Verdict audit={a} view="current" canSetAudience />);
    expect(screen.getByTestId('verdict-nd').textContent).toBe('#Н/Д');
    // The score hook keeps its meaning (the engine's figure, «—» when unknown), labelled as not rated.
    expect(screen.getByTestId('predicted-score').dataset.score).toBe(String(a.predictedScore ?? ''));
    expect(screen.getByTestId('verdict').textContent).toContain('в рейтинг не идёт');
    expect(screen.getByTestId('verdict-excluded').textContent).toContain('не попадёт в рейтинг');
    expect(screen.queryByTestId('predicted-range')).toBeNull();
    expect(screen.getByTestId('verdict').className).toContain('tone-fail');
  });

  it('the ended month: «Итог за октябрь 2026», decided, its failed weeks named', () => {
    const p = healthyPage({ posts: healthyPage().posts.filter((x) => !x.publishedAt?.startsWith('2026-10-16')) });
    const a = audit(p, { now: previousMonthEnd(NOW, ZONE), audienceSize: 3000 });
    renderIn(<Verdict audit={a} view="previous" canSetAudience />);
    expect(screen.getByTestId('verdict').textContent).toContain('Итог за октябрь 2026');
    expect(screen.getByTestId('verdict').dataset.state).toBe('fail');
    expect(screen.getByTestId('verdict-frequency').textContent).toBe(
      'Частотность: не выполнена — неделя 3 — меньше нормы',
    );
    expect(screen.getByTestId('predicted-score').dataset.score).toBe(String(a.predictedScore));
    expect(a.breakdown.frequency).toBe(0);
  });

  it('English', () => {
    renderIn(<Verdict audit={audit(healthyPage())} view="current" canSetAudience />, 'en');
    expect(screen.getByTestId('score-unknown').textContent).toBe('unknown: reach');
    expect(screen.getByText('preliminary')).toBeTruthy();
  });
});

describe('MonthSwitch', () => {
  it('two months, the one in view pressed; a click switches', () => {
    const p = healthyPage();
    const onView = vi.fn();
    renderIn(
      <MonthSwitch
        current={audit(p)}
        previous={audit(p, { now: previousMonthEnd(NOW, ZONE) })}
        view="previous"
        onView={onView}
      />,
    );
    const prev = screen.getByTestId('month-view-previous');
    const cur = screen.getByTestId('month-view-current');
    expect(prev.textContent).toBe('Октябрь: итог');
    expect(cur.textContent).toBe('Ноябрь: идёт');
    expect(prev.getAttribute('aria-pressed')).toBe('true');
    expect(cur.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(cur);
    expect(onView).toHaveBeenCalledWith('current');
  });
});

describe('ScoreCard (how the score is made, below the fold)', () => {
  it('the breakdown with weights', () => {
    renderIn(
      <ScoreCard audit={audit(healthyPage(), { audienceSize: 3000 })} rules={DEFAULT_RULES} audienceSize={3000} />,
    );
    expect(screen.getByTestId('part-frequency').textContent).toContain('вес 50%');
    expect(screen.getByTestId('part-reach').textContent).toContain('50,0');
    expect(screen.getByTestId('score-card').textContent).toContain('если выполнить и оставшиеся недели');
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

  it('unknown reach: the range of R and an audience-size field that saves', () => {
    const onAudienceSize = vi.fn();
    renderIn(
      <ScoreCard
        audit={audit(healthyPage())}
        rules={DEFAULT_RULES}
        audienceSize={null}
        onAudienceSize={onAudienceSize}
      />,
    );
    expect(screen.getByTestId('part-reach').textContent).toContain('0,0–100,0');
    const input = screen.getByTestId('audience-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '0' } });
    fireEvent.submit(screen.getByTestId('audience-form'));
    expect(onAudienceSize).not.toHaveBeenCalled();
    expect(screen.getByText('Введите целое число больше нуля.')).toBeTruthy();
    fireEvent.input(input, { target: { value: '2 400' } });
    fireEvent.submit(screen.getByTestId('audience-form'));
    expect(onAudienceSize).toHaveBeenCalledWith(2400);
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

  it('a decided month has no forecast note', () => {
    const p = healthyPage({ posts: [...healthyPage().posts, ...posts(2, '2026-11-24T10:00:00Z')] });
    renderIn(
      <ScoreCard
        audit={audit(p, { now: new Date('2026-11-28T20:59:00Z') })}
        rules={DEFAULT_RULES}
        audienceSize={null}
      />,
    );
    expect(screen.getByTestId('score-card').textContent).not.toContain('если выполнить');
  });
});
