// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWarnings, Warnings } from '../../components/Warnings';
import { IDLE_COLLECT } from '../../lib/ext/messaging';
import { audit, healthyPage, NOW, renderIn } from './helpers';

afterEach(cleanup);

const ids = (p: ReturnType<typeof healthyPage>, now = NOW, collect = IDLE_COLLECT) =>
  collectWarnings({ page: p, audit: audit(p, { now }), collect, now }).map((w) => w.id);

describe('Warnings', () => {
  it('the missing «Госорганизация» mark comes first, above everything else', () => {
    const p = healthyPage({ govMark: 'missing', members: 20_000, layout: 'unknown' });
    const list = ids(p);
    expect(list[0]).toBe('gov-mark-missing');
    expect(list).toContain('rkn-missing');
    expect(list).toContain('layout-unknown');
    expect(list.indexOf('rkn-missing')).toBeLessThan(list.indexOf('rename'));
  });

  it('more than 10 000 members without the RKN link: what to do and the deadline', () => {
    const p = healthyPage({ members: 12_000 });
    const w = collectWarnings({ page: p, audit: audit(p), collect: IDLE_COLLECT, now: NOW });
    renderIn(<Warnings warnings={w} />);
    const text = screen.getByTestId('warning-rkn-missing').textContent ?? '';
    expect(text).toContain('в течение 3 дней');
    expect(text).toContain('10 рабочих дней');
  });

  it('no RKN warning with the registry link', () => {
    const p = healthyPage({
      members: 12_000,
      registryLink: 'https://knd.gov.ru/license?id=0123456789abcdef01234567&registryType=bloggersPermission',
    });
    expect(ids(p)).not.toContain('rkn-missing');
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
