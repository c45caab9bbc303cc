// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWarnings, Warnings } from '../../components/Warnings';
import { auditCommunity } from '../../lib/audit/audit';
import { DEFAULT_RULES } from '../../lib/audit/rules';
import { IDLE_COLLECT } from '../../lib/ext/messaging';
import { audit, healthyPage, NOW, renderIn } from './helpers';

afterEach(cleanup);

const ids = (p: ReturnType<typeof healthyPage>, now = NOW, collect = IDLE_COLLECT) =>
  collectWarnings({ page: p, audit: audit(p, { now }), collect, now }).map((w) => w.id);

describe('Warnings', () => {
  it('the missing «Госорганизация» mark comes first, above everything else', () => {
    const p = healthyPage({ govMark: 'missing', members: 20_000, layout: 'unknown', aPlusMark: 'missing' });
    const list = ids(p);
    expect(list[0]).toBe('gov-mark-missing');
    expect(list).toContain('rkn-missing');
    expect(list).toContain('layout-unknown');
    expect(list.indexOf('rkn-missing')).toBeLessThan(list.indexOf('rename'));
  });

  it('over the threshold, the «А+» mark surely absent, no link: not registered, the current procedure first', () => {
    const p = healthyPage({ members: 12_000, aPlusMark: 'missing' });
    const w = collectWarnings({ page: p, audit: audit(p), collect: IDLE_COLLECT, now: NOW });
    renderIn(<Warnings warnings={w} />);
    const text = screen.getByTestId('warning-rkn-missing').textContent ?? '';
    expect(text).toMatch(
      /^Больше 10\s000 подписчиков, а регистрации в РКН нет: ни ссылки на перечень, ни отметки «А\+»/,
    );
    expect(text).toContain('С октября 2025 года владение страницей подтверждается через сервис площадки');
    expect(text).toContain('до 3 рабочих дней');
    expect(text.indexOf('«А+»')).toBeLessThan(text.indexOf('2024'));
    expect(text).toContain('Прежний порядок (2024 год)');
    expect(text).toContain('651371');
    expect(screen.queryByTestId('warning-rkn-not-seen')).toBeNull();
  });

  it('over the threshold with neither a link nor «А+», the mark not checkable: a prominent «not seen», never «нет»', () => {
    const p = healthyPage({ members: 12_000, aPlusMark: 'unknown' });
    const w = collectWarnings({ page: p, audit: audit(p), collect: IDLE_COLLECT, now: NOW });
    expect(w.find((x) => x.id === 'rkn-not-seen')?.severity).toBe('high');
    expect(w.map((x) => x.id)).not.toContain('rkn-missing');
    renderIn(<Warnings warnings={w} />);
    const text = screen.getByTestId('warning-rkn-not-seen').textContent ?? '';
    expect(text).toContain('Регистрации в РКН не видно — ни ссылки на перечень, ни отметки «А+»');
    expect(text).toMatch(/больше 10\s000 подписчиков/);
    expect(text).toContain('Проверьте: есть ли рядом с названием отметка «А+»');
    expect(text).toContain('gosuslugi.ru/snet/');
    expect(text).toContain('через сервис площадки');
    expect(text).not.toContain('Подробнее');
  });

  it('«not seen» with a description cut at «Подробнее» also says to open it; English names the threshold too', () => {
    const p = healthyPage({ members: 12_000, descriptionComplete: false });
    const w = collectWarnings({ page: p, audit: audit(p), collect: IDLE_COLLECT, now: NOW });
    renderIn(<Warnings warnings={w} />);
    expect(screen.getByTestId('warning-rkn-not-seen').textContent).toContain('раскройте «Подробнее»');
    cleanup();
    renderIn(<Warnings warnings={w} />, 'en');
    const en = screen.getByTestId('warning-rkn-not-seen').textContent ?? '';
    expect(en).toContain('No RKN registration seen — neither a registry link nor the «А+» mark');
    expect(en).toContain('more than 10,000 members');
  });

  it('takes the threshold from the rule set', () => {
    const p = healthyPage({ members: 25_000 });
    const rules = { ...DEFAULT_RULES, rknMembersThreshold: 20_000, rknHeadsUpFrom: 18_000 };
    const a = auditCommunity(p, { now: NOW, rules });
    renderIn(<Warnings warnings={collectWarnings({ page: p, audit: a, collect: IDLE_COLLECT, now: NOW })} />);
    expect(screen.getByTestId('warning-rkn-not-seen').textContent).toMatch(/больше 20\s000 подписчиков/);
  });

  it.each([
    [
      'the 2024 registry link',
      { registryLink: 'https://knd.gov.ru/license?id=0123456789abcdef01234567&registryType=bloggersPermission' },
    ],
    ['the 2025 registry link', { registryLink: 'https://gosuslugi.ru/snet/67927d41ee896061c9ca7145' }],
    ['the «А+» mark', { aPlusMark: 'present' as const }],
    ['the «А+» mark, members unknown', { aPlusMark: 'present' as const, members: null }],
  ])('no RKN warning with %s', (_label, patch) => {
    const list = ids(healthyPage({ members: 12_000, ...patch }));
    expect(list).not.toContain('rkn-missing');
    expect(list).not.toContain('rkn-not-seen');
  });

  it('unknown mark, closed page and a stopped collection', () => {
    const p = healthyPage({ govMark: 'unknown', access: 'closed' });
    const list = ids(p, NOW, { ...IDLE_COLLECT, status: 'partial', partial: 'captcha' });
    expect(list).toEqual(expect.arrayContaining(['gov-mark-unknown', 'access-closed', 'partial']));
    expect(list.indexOf('access-closed')).toBeLessThan(list.indexOf('gov-mark-unknown'));
    const w = collectWarnings({
      page: p,
      audit: audit(p),
      collect: { ...IDLE_COLLECT, status: 'partial', partial: 'captcha' },
      now: NOW,
    });
    renderIn(<Warnings warnings={w} />);
    expect(screen.getByTestId('warning-partial').textContent).toContain('капчу');
  });

  it('fallbacks are not alarms: a selector miss or the page API not answering is a diagnostic line, no warning', () => {
    const p = healthyPage({
      members: 15_000,
      registryLink: 'https://knd.gov.ru/license?id=0123456789abcdef01234567&registryType=bloggersPermission',
      diagnostics: [
        { name: 'bridge', message: '[vk] page API bridge did not answer groups.getById; page markup used' },
        { name: 'views', message: "[vk] 'views' matched nothing on https://vk.com/club1 (vk-g2)" },
      ],
    });
    expect(ids(p, new Date('2026-11-10T09:00:00Z'))).toEqual([]);
  });

  it('calendar tips: rename only on 29–31, New Year ahead', () => {
    expect(ids(healthyPage(), new Date('2026-11-10T09:00:00Z'))).toEqual([]);
    expect(ids(healthyPage(), NOW)).toEqual(['rename']);
    expect(ids(healthyPage(), new Date('2026-11-30T09:00:00Z'))).toEqual(['rename-now']);
    expect(ids(healthyPage(), new Date('2026-12-20T09:00:00Z'))).toContain('new-year');
  });

  it('renders nothing without warnings', () => {
    renderIn(<Warnings warnings={[]} />);
    expect(screen.queryByTestId('warnings')).toBeNull();
  });
});
