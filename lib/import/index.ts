/** Group-list import: pasted links, CSV, XLSX. */
export {
  type GroupLink,
  groupKeyOf,
  type LinkErrorReason,
  type LinkParse,
  type PlatformLink,
  type PlatformLinkParse,
  parseGroupLink,
  parsePlatformLink,
  platformOfKey,
  splitLinksLine,
} from './links';
export {
  buildImport,
  emptyImport,
  type ImportDuplicate,
  type ImportedFigures,
  type ImportedGroup,
  ImportedGroupSchema,
  type ImportedInstitution,
  type ImportIssue,
  type ImportIssueReason,
  type ImportResult,
  type ManualPlatform,
  parseAudienceSize,
  parseFigure,
  parseMonth,
  parsePastedLinks,
} from './records';
export { decodeText, detectDelimiter, importTable, parseCsv, parseCsvText, parseListFile, parseXlsx } from './table';
