/**
 * The printable report: a toolbar (organisation field, «Печать / PDF») that is not printed, and the report markup
 * from lib/export/report-html.ts (all page-originated text escaped there, so it is safe as innerHTML).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { RuleSet } from '../../lib/audit/rules';
import { computeSetIndicators } from '../../lib/export/derive';
import { buildReportBody, REPORT_CSS } from '../../lib/export/report-html';
import type { ReportMeta, ReportRow } from '../../lib/export/types';
import { createT, type Locale } from '../../lib/i18n/index';
import reportDicts from '../../lib/i18n/report';

export interface ReportViewProps {
  locale: Locale;
  rows: readonly ReportRow[];
  meta: ReportMeta;
  rules: RuleSet;
  onPrint: () => void;
  /** Initial organisation shown in the title block (editable on screen). */
  organisation?: string;
  onOrganisationChange?: (value: string) => void;
  /** More toolbar controls (e.g. the export buttons); never printed. */
  toolbar?: ComponentChildren;
}

export function ReportView(props: ReportViewProps) {
  const t = createT(reportDicts, props.locale);
  const [organisation, setOrganisation] = useState(props.organisation ?? '');
  const indicators = useMemo(() => computeSetIndicators(props.rows, props.rules), [props.rows, props.rules]);
  const html = useMemo(
    () =>
      buildReportBody(props.rows, { ...props.meta, organisation: organisation || undefined }, indicators, {
        locale: props.locale,
        rules: props.rules,
      }),
    [props.rows, props.meta, organisation, indicators, props.locale, props.rules],
  );
  return (
    <>
      <style>{REPORT_CSS}</style>
      <div class="toolbar no-print">
        <label>
          {t('report.organisation')}:{' '}
          <input
            type="text"
            size={40}
            value={organisation}
            onInput={(e) => {
              const v = (e.target as HTMLInputElement).value;
              setOrganisation(v);
              props.onOrganisationChange?.(v);
            }}
          />
        </label>{' '}
        <button type="button" data-action="print" onClick={props.onPrint}>
          {t('report.print')}
        </button>
        {props.toolbar}
      </div>
      {/* The markup is built by buildReportBody, which escapes every text. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
