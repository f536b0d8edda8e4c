// Roster import and export (XLSX via exceljs, CSV via papaparse). Nothing here writes to the store: callers store
// `importRoster(...).applicants` (joined with mergeRoster) only after the user accepts them.
export { importRoster, type ImportResult, type RowError } from './import';
export { exportRosterCsv, exportRosterXlsx } from './export';
export { ROSTER_TEMPLATE_FILE, rosterTemplateXlsx } from './template';
export { mergeRoster, rosterPart } from './merge';
export { applicantIdFor, credentialIdFor } from './ids';
export { isFormulaLike, safeCell, setTextCell } from './safe-cell';
export { RosterError } from './errors';
export { TEMPLATE_EXAMPLE } from './template-example';
