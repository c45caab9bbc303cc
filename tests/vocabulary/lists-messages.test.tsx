// @vitest-environment jsdom
/**
 * One vocabulary, second half (docs/vocabulary.md): the lists page and the messages to admins over the same audits
 * as the popup and the exports (tests/vocabulary/audits.ts). The lists page shows each week and each yes/no check
 * with the vocabulary's state, word (tooltip and screen-reader text) and tone; the messages name exactly the weeks
 * the vocabulary calls «не выполнена» and ask a #Н/Д group for the mark, not for posts that would not count. The
 * Russian lists page (cells, tooltips, legend, a failed and a partial read) has no raw codes and no English.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultsTable } from '../../components/batch/ResultsTable';
import { auditRecordOf } from '../../lib/batch/record';
import { rowOf as listRowOf, type ResultRow, type RunningWeek } from '../../lib/batch/rows';
import { evaluationWeekOf } from '../../lib/calendar';
import { adminMessage } from '../../lib/export/message';
import type { AuditRecord, GroupRecord } from '../../lib/ext/history';
import {
  CHECK_MARK,
  checkState,
  checkTone,
  checkWord,
  isExcluded,
  weekStates,
  weekTone,
  weekWord,
} from '../../lib/i18n/vocabulary';
import type { CheckId } from '../../lib/types';
import { CASES, type Case, NOW, rowOf, ZONE } from './audits';
import { rawOrEnglish } from './scan';

afterEach(cleanup);

const week = evaluationWeekOf(NOW, ZONE);
const RUNNING: RunningWeek | null = week && { year: week.year, month: week.month, week: week.week };

const groupOf = (c: Case, i: number): GroupRecord => ({
  key: `vk:${i + 1}`,
  site: 'vk',
  url: `https://vk.com/club${i + 1}`,
  name: c.name,
  id: String(i + 1),
  screenName: null,
  audienceSize: c.audienceSize ?? null,
  category: null,
  addedAt: NOW.toISOString(),
});

const recordOf = (c: Case, i: number, extra: Partial<AuditRecord> = {}): AuditRecord => ({
  ...auditRecordOf({
    page: c.page,
    audit: c.audit,
    previous: null,
    at: NOW,
    source: 'batch',
    settings: { timeZone: ZONE, audienceSize: null, rules: null },
  }),
  groupKey: groupOf(c, i).key,
  ...extra,
});

/** A case as the lists page shows it, for its audit's month. */
function renderCase(c: Case, i: number) {
  const row = listRowOf(groupOf(c, i), recordOf(c, i), {}, RUNNING);
  render(
    <ResultsTable
      rows={[row]}
      view={c.audit.month}
      running={RUNNING}
      timeZone={ZONE}
      onOpen={() => {}}
      onAudience={() => {}}
    />,
  );
  const tr = document.querySelector('tr[data-testid="result-row"]');
  if (tr === null) throw new Error(`${c.name}: no row`);
  return tr;
}

describe('the lists page speaks the vocabulary', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s: weeks', (_n, c, i) => {
    const tr = renderCase(c, i);
    const want = weekStates(c.audit.month.weeks, isExcluded(c.audit));
    const cells = [...tr.querySelectorAll<HTMLElement>('td.wk[data-week]')];
    expect(cells.map((td) => td.dataset.state)).toEqual(want);
    cells.forEach((td, k) => {
      const state = want[k] ?? 'unknown';
      expect(td.className).toContain(`tone-${weekTone(state)}`);
      expect(td.getAttribute('title')?.endsWith(`— ${weekWord(state, 'ru')}`), td.getAttribute('title') ?? '').toBe(
        true,
      );
      expect(td.querySelector('.sr-only')?.textContent).toBe(`${weekWord(state, 'ru')}: `);
    });
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s: requirements, mark and registration', (_n, c, i) => {
    const tr = renderCase(c, i);
    const ids: CheckId[] = ['gov-mark', 'cover', 'avatar', 'description', 'pos-widget', 'rkn-registration'];
    for (const id of ids) {
      const check = c.audit.checks.find((x) => x.id === id);
      if (check === undefined) throw new Error(`${c.name}: no ${id}`);
      const state = checkState(check);
      const td = tr.querySelector<HTMLElement>(`td.mark[data-check="${id}"]`);
      expect(td?.dataset.state, `${c.name} ${id}`).toBe(state);
      expect(td?.textContent).toBe(CHECK_MARK[state]);
      expect(td?.className).toContain(`tone-${checkTone(state)}`);
      expect(td?.getAttribute('title')).toContain(`: ${checkWord(id, state, 'ru')}`);
    }
  });
});

describe('the messages agree with the vocabulary', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const text = adminMessage(rowOf(c), { locale: 'ru', now: NOW, timeZone: ZONE })?.text ?? '';
    const states = weekStates(c.audit.month.weeks, isExcluded(c.audit));
    const failed = c.audit.month.weeks.filter((_w, k) => states[k] === 'fail').map((w) => w.week);
    const named = /Не выполнена норма публикаций на недел(?:е|ях) ([\d, ]+) \(/.exec(text)?.[1];
    expect(named?.split(', ').map(Number) ?? []).toEqual(failed);
    if (isExcluded(c.audit)) {
      // #Н/Д: posts do not count until the mark is back — the lists page's «нужно ещё» says #Н/Д, so does the message
      expect(text).toContain('«Госорганизация»');
      expect(text).not.toMatch(/Опубликуйте ещё|Не выполнена норма/);
    }
  });
});

describe('no raw codes, no English on the Russian lists page', () => {
  it('cells, tooltips and legend, with a failed and a partial read', () => {
    const rows: ResultRow[] = CASES.map((c, i) => listRowOf(groupOf(c, i), recordOf(c, i), {}, RUNNING));
    const [a, b] = CASES;
    if (!a || !b) throw new Error('cases missing');
    rows.push(
      listRowOf(groupOf(a, 10), { ...recordOf(a, 10), status: 'failed', error: 'not-found', audit: null }, {}, RUNNING),
      listRowOf(groupOf(b, 11), { ...recordOf(b, 11), status: 'partial', error: 'members-only' }, {}, RUNNING),
    );
    render(
      <ResultsTable
        rows={rows}
        view={{ year: NOW.getUTCFullYear(), month: NOW.getUTCMonth() + 1 }}
        running={RUNNING}
        timeZone={ZONE}
        onOpen={() => {}}
        onAudience={() => {}}
        onRetry={() => {}}
      />,
    );
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title'));
    const placeholders = [...document.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder'));
    const text = [document.body.textContent, ...titles, ...placeholders].join('\n');
    expect(text).toContain('не выполнена');
    expect(rawOrEnglish(text)).toEqual([]);
  });
});
