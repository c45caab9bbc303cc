/** Group-list import: pasted links, CSV, XLSX. */
export {
  type GroupLink,
  groupKeyOf,
  type LinkErrorReason,
  type LinkParse,
  parseGroupLink,
  splitLinkLine,
} from './links';
export {
  buildImport,
  type ImportDuplicate,
  type ImportedGroup,
  ImportedGroupSchema,
  type ImportIssue,
  type ImportIssueReason,
  type ImportResult,
  parseAudienceSize,
  parsePastedLinks,
} from './records';
export { decodeText, detectDelimiter, importTable, parseCsv, parseCsvText, parseListFile, parseXlsx } from './table';
