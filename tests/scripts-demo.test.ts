import { describe, expect, it } from 'vitest';
import { okLabel, shiftDays, shiftOkLabels, shiftUnixTimes, shiftVkLabels } from '../scripts/demo/pages';

describe('demo pages moved in time', () => {
  it('shifts unix timestamps of the past year by whole days, leaves other numbers', () => {
    const now = new Date('2026-03-15T09:00:00Z');
    const html = 'time="1773561600" id="1700000000" date&quot;:1772179200';
    const out = shiftUnixTimes(html, now, 10);
    expect(out).toBe(`time="${1773561600 + 864000}" id="1700000000" date&quot;:${1772179200 + 864000}`);
    expect(shiftDays(now, new Date('2026-03-25T08:00:00Z'))).toBe(9);
  });

  it('re-writes OK labels in the viewer zone with the year', () => {
    const now = new Date('2026-11-20T09:00:00Z');
    const html = '<time>вчера 12:30</time><time>18 ноя 14:20</time><time>непонятно</time>';
    expect(shiftOkLabels(html, now, 1, 'Europe/Moscow')).toBe(
      '<time>20 ноя 2026 12:30</time><time>19 ноя 2026 14:20</time><time>непонятно</time>',
    );
    expect(okLabel(new Date('2026-11-20T09:05:00Z'), 'Asia/Yekaterinburg')).toBe('20 ноя 2026 14:05');
  });

  it('re-writes VK labels with the year, keeping the element', () => {
    const now = new Date('2026-03-15T09:00:00Z');
    const html = '<time class="PostHeaderSubtitle__item">13 мар в 11:00</time>';
    expect(shiftVkLabels(html, now, 2, 'Europe/Moscow')).toBe(
      '<time class="PostHeaderSubtitle__item">15 мар 2026 в 11:00</time>',
    );
  });
});
