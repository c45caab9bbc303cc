/**
 * Exports and reports (issue 7): pure builders (XLSX, CSV, printable HTML, admin messages, JSON backup) over
 * `ReportRow`s. Storage glue for extension pages is in ./store (not re-exported here: it imports the extension APIs).
 */
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type Backup,
  type BackupData,
  BackupSchema,
  type Conflict,
  createBackup,
  type ImportPlan,
  parseBackup,
  planImport,
  serializeBackup,
} from './backup';
export { type ExportTimings, measureExports } from './bench';
export { buildCsv, type CsvOptions, neutraliseFormula } from './csv';
export { currentEvaluationWeek, weekDeadline } from './deadline';
export { computeSetIndicators, type Problem, problemsOf, setMemberOf } from './derive';
export { downloadBlob, exportFileName } from './files';
export { formulaText } from './formula';
export { rowFromRecords, toReportAudit } from './from-history';
export {
  type AdminMessage,
  adminMessage,
  adminMessages,
  allMessagesText,
  currentDeadline,
  type DueContext,
  describeProblem,
  dueContext,
} from './message';
export {
  buildReportBody,
  buildReportHtml,
  escapeHtml,
  expectedPageCount,
  REPORT_CSS,
} from './report-html';
export type { ReadStatus, ReportAudit, ReportGroup, ReportMeta, ReportRow, RuleSetLike, SetIndicators } from './types';
export { buildXlsx, XLSX_MIME, type XlsxList, type XlsxOptions } from './xlsx';
