/**
 * Adding groups to a list: pasted links or a CSV/XLSX file; the report lists every line not added, with why. Once the
 * list has groups the form folds into one line («Добавить группы»), so the results are the first screen.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportIssue } from '../../lib/import/records';
import { useBatchI18n } from './i18n';

export interface ImportReport {
  added: number;
  already: number;
  duplicates: number;
  issues: readonly ImportIssue[];
  /** A line about the institutions and MAX/Telegram figures imported (lib/i18n/institutions.ts), when any. */
  institutionsLine?: string;
}

export interface AddGroupsProps {
  /** Folded to its title (the list already has groups); the user can unfold it. */
  collapsed?: boolean;
  onPaste: (text: string) => Promise<ImportReport | null>;
  onFile: (name: string, bytes: Uint8Array) => Promise<ImportReport | null>;
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, maybe } = useBatchI18n();
  const rejected = report.issues.filter((i) => !i.kept);
  const kept = report.issues.filter((i) => i.kept);
  return (
    <div class="import-report" data-testid="import-report" role="status">
      <p>{t('importAdded', { added: report.added, already: report.already, duplicates: report.duplicates })}</p>
      {report.institutionsLine !== undefined && <p data-testid="import-institutions">{report.institutionsLine}</p>}
      {rejected.length > 0 && (
        <>
          <p class="warn">{t('importIssues', { n: rejected.length })}</p>
          <ul data-testid="import-issues">
            {rejected.map((i) => (
              <li key={`${i.line}-${i.text}`}>
                {t('lineN', { n: i.line })}: «{i.text}» — {maybe(`reason.${i.reason}`, i.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      {kept.length > 0 && (
        <>
          <p>{t('importWarnings')}</p>
          <ul>
            {kept.map((i) => (
              <li key={`${i.line}-${i.text}`}>
                {t('lineN', { n: i.line })}: «{i.text}» — {maybe(`reason.${i.reason}`, i.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function AddGroups(props: AddGroupsProps) {
  const { t } = useBatchI18n();
  // Uncontrolled on purpose: reading a textarea's value in an input handler right after 1000 pasted lines makes
  // Chromium lay the text out in one 2-second task; the value is read once, on «Добавить ссылки».
  const paste = useRef<HTMLTextAreaElement>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section class="add-groups">
      <details open={props.collapsed !== true} data-testid="add-groups">
        <summary>
          <h3>{t('addGroups')}</h3>
        </summary>
        <label>
          {t('pasteLabel')}
          <textarea
            ref={paste}
            rows={5}
            spellcheck={false}
            placeholder={t('pastePlaceholder')}
            data-testid="paste-links"
          />
        </label>
        <div class="row">
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              const area = paste.current;
              const text = area?.value ?? '';
              if (area === null || text.trim() === '') {
                area?.focus();
                return;
              }
              setBusy(true);
              const result = await props.onPaste(text);
              setBusy(false);
              setReport(result);
              if (result?.issues.every((i) => i.kept)) area.value = '';
            }}
          >
            {t('addLinks')}
          </button>
          <label class="file">
            {t('importFile')}
            <input
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="import-file"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (!file) return;
                setBusy(true);
                const bytes = new Uint8Array(await file.arrayBuffer());
                setReport(await props.onFile(file.name, bytes));
                setBusy(false);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        <p class="muted">{t('importHint')}</p>
      </details>
      {report !== null && <ImportReportView report={report} />}
    </section>
  );
}
