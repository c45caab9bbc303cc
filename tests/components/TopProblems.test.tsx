// @vitest-environment jsdom
/**
 * «Что исправить» (the first screen) reads a failed check's advice from the popup's own dictionary: the rest of the
 * advice loads with the details (lib/i18n/popup-details.ts), so a failed check must never fall back to the bare
 * status word here.
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { collectProblems, TopProblems } from '../../components/TopProblems';
import { IDLE_COLLECT } from '../../lib/ext/messaging';
import { audit, healthyPage, NOW, renderIn } from './helpers';

afterEach(cleanup);

/** Every check «Что исправить» names by its advice fails: the four items, engagement (ER 0.03%), reach (1.5%). */
function failingAudit() {
  const p = healthyPage({ cover: 'missing', avatar: 'missing', description: 'missing', posWidget: 'missing' });
  const quiet = { ...p, posts: p.posts.map((x) => ({ ...x, views: 10_000 })) };
  return { page: quiet, audit: audit(quiet, { audienceSize: 100_000 }) };
}

const FAILED = ['cover', 'avatar', 'description', 'pos-widget', 'engagement', 'reach'] as const;

describe('TopProblems', () => {
  it.each([
    [
      'ru',
      'не выполнено',
      /Загрузите обложку|Загрузите аватар|Добавьте описание|Подключите виджеты|ER ниже цели|Охват ниже цели/,
    ],
    ['en', 'not met', /Upload a cover|Upload an avatar|Add a description|Connect the ПОС|ER is below|Reach is below/],
  ] as const)('gives a failed check its advice, not the status word (%s)', (locale, statusWord, advice) => {
    const { page, audit: a } = failingAudit();
    for (const id of FAILED) expect(a.checks.find((c) => c.id === id)?.status, id).toBe('fail');
    const problems = collectProblems({ page, audit: a, collect: IDLE_COLLECT, now: NOW });
    renderIn(<TopProblems problems={problems} audit={a} />, locale);
    fireEvent.click(screen.getByTestId('problems-more'));
    for (const id of FAILED) {
      const text = screen.getByTestId(`problem-check-${id}`).textContent ?? '';
      expect(text, id).not.toBe(statusWord);
      expect(text, id).toMatch(advice);
    }
  });
});
