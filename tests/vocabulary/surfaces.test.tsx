// @vitest-environment jsdom
/**
 * One vocabulary (docs/vocabulary.md): every surface shows each week and check state with the one word and the one
 * colour of lib/i18n/vocabulary.ts. The test walks the popup, the toolbar badge, XLSX, CSV and the printed report
 * over the same audits (tests/vocabulary/audits.ts) and compares what each shows with the vocabulary — so they agree
 * with each other. (The lists page and the messages are walked in lists-messages.test.tsx.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { I18nContext, makeI18n } from '../../components/i18n';
import { Verdict } from '../../components/Verdict';
import { WeekTable } from '../../components/WeekTable';
import { buildCsv } from '../../lib/export/csv';
import { computeSetIndicators } from '../../lib/export/derive';
import { buildReportHtml } from '../../lib/export/report-html';
import { buildXlsx, TONE_FILL } from '../../lib/export/xlsx';
import { badgeFor } from '../../lib/ext/badge';
import {
  CHECK_STATES,
  checkState,
  checkTone,
  checkWord,
  TONE_FILL as FILL,
  isExcluded,
  monthState,
  TONE_COLOUR,
  WEEK_STATES,
  weekStates,
  weekTone,
  weekWord,
} from '../../lib/i18n/vocabulary';
import { CHECK_IDS, type CheckId } from '../../lib/types';
import { CASES, type Case, NOW, rowOf } from './audits';

afterEach(cleanup);

const expectedWeeks = (c: Case) => {
  const states = weekStates(c.audit.month.weeks, isExcluded(c.audit));
  return states.map((s) => ({ state: s, word: weekWord(s, 'ru'), tone: weekTone(s) }));
};
const expectedCheck = (c: Case, id: CheckId) => {
  const check = c.audit.checks.find((x) => x.id === id);
  if (!check) throw new Error(`${c.name}: no ${id}`);
  const s = checkState(check);
  return { state: s, word: checkWord(id, s, 'ru'), tone: checkTone(s) };
};
/** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads it). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The word without the black-and-white mark the printed report puts before it. */
const bare = (text: string | null | undefined) => (text ?? '').replace(/^[✓✗…○?–]\s/, '').trim();

describe('the audits reach every state', () => {
  it('every week state and every check state but «running» of a non-frequency check occurs', () => {
    const weeks = new Set(CASES.flatMap((c) => expectedWeeks(c).map((w) => w.state)));
    expect([...weeks].sort()).toEqual([...WEEK_STATES].sort());
    const checks = new Set(CASES.flatMap((c) => CHECK_IDS.map((id) => expectedCheck(c, id).state)));
    expect([...checks].sort()).toEqual([...CHECK_STATES].sort());
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const weeks = expectedWeeks(c);

  it('popup: the weeks table, the checklist and the verdict', () => {
    render(
      <I18nContext.Provider value={makeI18n('ru')}>
        <WeekTable current={c.audit} previous={null} browserTimeZone="Europe/Moscow" />
        <Checklist checks={c.audit.checks} />
        <Verdict audit={c.audit} view="current" canSetAudience={false} />
      </I18nContext.Provider>,
    );
    weeks.forEach((w, i) => {
      const row = document.querySelector(`[data-testid="week-${i + 1}"]`);
      expect(row?.querySelector('.week__status')?.textContent, `week ${i + 1}`).toBe(w.word);
      expect(row?.className).toContain(`tone-${w.tone}`);
    });
    for (const id of CHECK_IDS) {
      const want = expectedCheck(c, id);
      const row = document.querySelector(`[data-testid="check-${id}"]`);
      expect(row?.querySelector('.check__status')?.textContent, id).toBe(want.word);
      expect(row?.className).toContain(`tone-${want.tone}`);
    }
    const month = checkWord('frequency', monthState(c.audit), 'ru');
    expect(document.querySelector('[data-testid="month-verdict"]')?.textContent).toBe(month);
    if (!isExcluded(c.audit)) {
      expect(document.querySelector('[data-testid="verdict-frequency"] .word')?.textContent).toBe(month);
    }
  });

  it('badge: the running week’s colour (the badge shows a number, not a word)', () => {
    const badge = badgeFor(c.audit);
    const running = c.audit.month.weeks.findIndex((w) => w.current);
    if (running < 0) return expect(badge).toBeNull();
    const w = weeks[running];
    if (!w || !badge) throw new Error('no running week');
    const tone = Object.entries(TONE_COLOUR).find(([, colour]) => colour === badge.color)?.[0];
    // The week's tone; or when the norm is met, pass; or the urgent (last day, month lost) and uncertain ones.
    if (w.state === 'excluded') expect(badge).toEqual({ text: 'Н/Д', color: TONE_COLOUR.fail });
    else expect([w.tone, 'pass', 'fail', 'neutral']).toContain(tone);
  });

  it('XLSX and CSV: the week words, the check words and the month word, in the tones’ fills', async () => {
    const row = rowOf(c);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      await bytesOf(
        await buildXlsx([
          {
            meta: {
              listName: 'Список',
              period: c.audit.month,
              generatedAt: NOW.toISOString(),
              timeZone: 'Europe/Moscow',
            },
            rows: [row],
            indicators: computeSetIndicators([row]),
          },
        ]),
      ),
    );
    const ws = wb.getWorksheet('Список');
    const csv = Papa.parse<string[]>(buildCsv([row], { timeZone: 'Europe/Moscow' }).slice(1), { delimiter: ';' }).data;
    const header = (csv[0] ?? []).map((h) => h);
    const col = (name: string) => header.indexOf(name);
    const xlsx = (name: string) => ws?.getRow(2).getCell(col(name) + 1);
    const fill = (name: string) => {
      const f = xlsx(name)?.fill;
      return f && f.type === 'pattern' ? `#${f.fgColor?.argb?.slice(-6)}` : undefined;
    };
    weeks.forEach((w, i) => {
      const name = `Неделя ${i + 1}: итог`;
      expect(csv[1]?.[col(name)], `CSV ${name}`).toBe(w.word);
      expect(xlsx(name)?.value, `XLSX ${name}`).toBe(w.word);
      expect(fill(name)?.toUpperCase()).toBe(TONE_FILL[w.tone].toUpperCase());
    });
    const columns: [string, CheckId][] = [
      ['Госметка', 'gov-mark'],
      ['Обложка', 'cover'],
      ['Аватар', 'avatar'],
      ['Описание', 'description'],
      ['Виджеты ПОС', 'pos-widget'],
      ['Частотность', 'frequency'],
      ['Регистрация РКН', 'rkn-registration'],
    ];
    for (const [name, id] of columns) {
      const want = expectedCheck(c, id);
      expect(csv[1]?.[col(name)], `CSV ${name}`).toBe(want.word);
      expect(xlsx(name)?.value, `XLSX ${name}`).toBe(want.word);
      expect(fill(name)?.toUpperCase(), name).toBe(TONE_FILL[want.tone].toUpperCase());
    }
  });

  it('printed report: the weeks table and the checklist', () => {
    const row = rowOf(c);
    const html = buildReportHtml(
      [row],
      { listName: 'Список', period: c.audit.month, generatedAt: NOW.toISOString(), timeZone: 'Europe/Moscow' },
      computeSetIndicators([row]),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const cells = [...doc.querySelectorAll('td[data-state]')];
    expect(cells).toHaveLength(4);
    weeks.forEach((w, i) => {
      expect(bare(cells[i]?.textContent), `week ${i + 1}`).toBe(w.word);
      expect(cells[i]?.className).toBe(`st-${w.tone}`);
    });
    const rows = [...(doc.querySelector('section.group table.grid')?.querySelectorAll('tbody tr') ?? [])];
    const checklist = new Map(rows.map((tr) => [tr.children[0]?.textContent, tr.children[1]] as const));
    for (const id of CHECK_IDS) {
      const want = expectedCheck(c, id);
      const title = makeI18n('ru').t(`check.${id}`);
      const cell = checklist.get(title);
      expect(bare(cell?.textContent).split(':')[0], `${id}`).toBe(want.word);
      expect(cell?.className).toBe(`st-${want.tone}`);
    }
  });
});

describe('the colours', () => {
  it('the pages’ CSS tones are the vocabulary’s', () => {
    const css = readFileSync(join(process.cwd(), 'components/base.css'), 'utf8').toLowerCase();
    for (const [tone, text] of Object.entries(TONE_COLOUR)) {
      expect(css).toContain(`--tone-${tone}: ${text.toLowerCase()};`);
      expect(css).toContain(`--tone-${tone}-fill: ${FILL[tone as keyof typeof FILL].toLowerCase()};`);
    }
  });
});
