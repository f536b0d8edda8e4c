// Roster file → applicants. Reads and checks only: it never writes. The caller shows `errors` and `warnings`, and
// stores `applicants` (after mergeRoster) only once the user accepts them — so an import with errors stores nothing
// until then.
import { Applicant, CREDENTIAL_KINDS, checkIdNumber, idBirthDate, idGender, zhErrors } from '../model';
import { readCell, type CellValue } from './cells';
import { APPLICANT_COLUMNS, HEADER_INDEX, IGNORED_HEADERS, headerKey, groupColumns, groupName, type Column, type Slot } from './columns';
import { RosterError } from './errors';
import { applicantIdFor, credentialIdFor } from './ids';
import { readSheets, type Sheet, type SheetRow } from './read-file';
import { blankValue } from './schema-kind';
import { slotted } from './slots';
import { checkCredentialNumber } from '../rules/cert-no';
import { voteWarnings } from '../rules/vote';
import { TEMPLATE_EXAMPLE } from './template-example';
import { MAX_LISTED_ERROR_ROWS } from '../limits';

/** Other rows named in a duplicate's message; the rest are counted. */
const DUPLICATE_ROWS_NAMED = 5;

export interface RowError {
  /** The row number as Excel shows it (the header row for a missing column). */
  row: number;
  /** The column's header as written in the file (the expected header for a missing column). */
  column: string;
  /** The cell as read. */
  value: string;
  /** Chinese: what is wrong and what was expected. */
  message: string;
}

export interface ImportResult {
  /** The rows without errors, as applicants; not stored. */
  applicants: Applicant[];
  /** The errors of the first MAX_LISTED_ERROR_ROWS rows that have any; `errorRows` counts them all. */
  errors: RowError[];
  /** Rows with at least one error. */
  errorRows: number;
  /** Errors not in `errors` (on rows past the first MAX_LISTED_ERROR_ROWS with errors). */
  omittedErrors: number;
  warnings: string[];
  /** Non-blank data rows in the file. */
  total: number;
}

/** Columns whose blank cell is filled from another one. */
const DERIVED = new Set(['birthMonth']);

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const shown = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : String(v);

/** Without undefined values, so optional fields left blank are absent rather than present as undefined. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const isBlankRow = (r: SheetRow) => r.cells.every((c) => shown(c).trim() === '');

interface Header {
  sheet: Sheet;
  /** Index in sheet.rows. */
  at: number;
  /** The file's header text per column, and the column it maps to. */
  texts: string[];
  columns: (Column | null)[];
}

function matchCount(r: SheetRow): number {
  return r.cells.filter((c) => HEADER_INDEX.has(headerKey(shown(c)))).length;
}

/** The first row, among the first ten non-blank rows of a sheet, with at least two known headers (a title may precede it). */
function findHeader(sheets: Sheet[], warnings: string[]): Header {
  for (const sheet of sheets) {
    // What the user cannot see is not imported: a (very) hidden sheet may hold anything.
    if (sheet.hidden) {
      if (sheet.rows.some((r) => !isBlankRow(r))) warnings.push(`工作表“${sheet.name}”在Excel中是隐藏的，未读取。`);
      continue;
    }
    const candidates = sheet.rows.map((r, i) => ({ r, i })).filter(({ r }) => !isBlankRow(r)).slice(0, 10);
    const hit = candidates.find(({ r }) => matchCount(r) >= 2);
    if (!hit) continue;
    const texts = hit.r.cells.map((c) => shown(c).trim());
    const seen = new Map<Column, string>();
    const columns = texts.map((t, j) => {
      if (!t || IGNORED_HEADERS.includes(t)) return null;
      const col = HEADER_INDEX.get(headerKey(t)) ?? null;
      if (!col) warnings.push(`第${columnLetter(j)}列“${t}”不是名册中的列，已忽略。`);
      else if (seen.has(col)) {
        warnings.push(`第${columnLetter(j)}列“${t}”与“${seen.get(col)}”是同一列，只读取前一列。`);
        return null;
      } else seen.set(col, t);
      return col;
    });
    return { sheet, at: hit.i, texts, columns };
  }
  if (sheets.every((s) => s.hidden || s.rows.every(isBlankRow))) throw new RosterError('文件中没有内容，没有可导入的行。', 'no non-blank rows');
  throw new RosterError(
    '没有找到表头：名册的第一行应是列名，如“姓名”“身份证号”“工作单位”。可用“zhicheng template”或扩展中的“下载模板”生成名册模板。',
    'no header row found',
  );
}

/** Where an applicant field's column is in the file (-1 if absent). */
const applicantColumn = (header: Header, key: string) => header.columns.findIndex((c) => !!c && !c.group && c.key === key);

const slotKey = (s: Slot) => `${s.kind}${s.slot}`;

/** Required columns that the header lacks: the applicant's, and those of each credential group the file has. */
function missingColumns(header: Header): Column[] {
  const present = new Set(header.columns.filter((c): c is Column => !!c));
  const groups = new Map<string, Slot>();
  for (const c of present) if (c.group) groups.set(slotKey(c.group), c.group);
  const required = (c: Column) => !DERIVED.has(c.key) && !blankValue(c.def.schema).ok;
  return [...APPLICANT_COLUMNS, ...[...groups.values()].flatMap(groupColumns)].filter((c) => required(c) && !present.has(c));
}

interface ParsedRow {
  row: number;
  applicant?: Applicant;
  idNumber?: string;
  errors: RowError[];
}

function parseRow(header: Header, r: SheetRow, warnings: string[]): ParsedRow {
  const errors: RowError[] = [];
  const fields: Record<string, unknown> = {};
  const groups = new Map<string, { slot: Slot; fields: Record<string, unknown>; filled: boolean; errors: RowError[] }>();
  header.columns.forEach((col, j) => {
    if (!col) return;
    const raw = r.cells[j] ?? null;
    const res = readCell(col, raw);
    const at = { row: r.row, column: header.texts[j]!, value: shown(raw) };
    if (res.ok && res.warning) warnings.push(`第${r.row}行“${at.column}”：${res.warning}`);
    if (!col.group) {
      if (res.ok) fields[col.key] = res.value;
      else if (!(DERIVED.has(col.key) && shown(raw).trim() === '')) errors.push({ ...at, message: res.message });
      return;
    }
    const key = slotKey(col.group);
    const g = groups.get(key) ?? { slot: col.group, fields: { kind: col.group.kind }, filled: false, errors: [] };
    groups.set(key, g);
    if (shown(raw).trim() !== '') g.filled = true;
    if (res.ok) g.fields[col.key] = res.value;
    else g.errors.push({ ...at, message: res.message });
  });
  // Columns the file leaves out take their empty value (missing required ones were refused before the rows).
  for (const col of APPLICANT_COLUMNS) {
    const blank = blankValue(col.def.schema);
    if (!header.columns.includes(col) && blank.ok) fields[col.key] = blank.value;
  }

  const idNumber = typeof fields.idNumber === 'string' && checkIdNumber(fields.idNumber).ok ? fields.idNumber : undefined;
  const birthCol = applicantColumn(header, 'birthMonth');
  if (idNumber) {
    const fromId = idBirthDate(idNumber).slice(0, 7);
    if (fields.birthMonth === undefined || fields.birthMonth === '') fields.birthMonth = fromId;
    else if (fields.birthMonth !== fromId) {
      errors.push({
        row: r.row,
        column: header.texts[birthCol] ?? '出生年月',
        value: shown(r.cells[birthCol] ?? null),
        message: `出生年月${String(fields.birthMonth)}与身份证号中的出生日期（${fromId}）不一致；请核对，或留空由身份证号自动填写`,
      });
    }
  }
  if (idNumber && typeof fields.gender === 'string' && fields.gender !== idGender(idNumber)) {
    const col = applicantColumn(header, 'gender');
    errors.push({
      row: r.row,
      column: header.texts[col]!,
      value: fields.gender,
      message: `性别与身份证号不符：身份证号第17位表示${idGender(idNumber)}；请核对性别或身份证号`,
    });
  }
  const id = idNumber ? applicantIdFor(idNumber) : '';
  const credentials: Record<string, unknown>[] = [];
  // Credentials in the order slotted() gives: 学历 groups, then 学位 groups, each by group number.
  const kindOrder = (s: Slot) => CREDENTIAL_KINDS.indexOf(s.kind);
  const ordered = [...groups.values()].sort((a, b) => kindOrder(a.slot) - kindOrder(b.slot) || a.slot.slot - b.slot.slot);
  for (const g of ordered) {
    if (!g.filled) continue;
    errors.push(...g.errors);
    credentials.push({ ...g.fields, id: credentialIdFor(id, g.slot.kind, g.slot.slot) });
  }
  if (errors.length || !idNumber) return { row: r.row, errors, ...(idNumber ? { idNumber } : {}) };

  const candidate = defined({ ...fields, id, credentials: credentials.map(defined) });
  const parsed = Applicant.safeParse(candidate, { error: zhErrors });
  if (!parsed.success) {
    // The cells passed one by one, so this is a rule across fields: report it against the field it names.
    for (const issue of parsed.error.issues) {
      const key = String(issue.path.at(-1) ?? '');
      const j = header.columns.findIndex((c) => c?.key === key);
      errors.push({ row: r.row, column: header.texts[j] ?? key, value: shown(r.cells[j] ?? null), message: issue.message });
    }
    return { row: r.row, errors, idNumber };
  }
  return { row: r.row, applicant: parsed.data, idNumber, errors };
}

/** Reads a roster (XLSX, or CSV in UTF-8 or GB18030). Throws RosterError only for a file that cannot be read at all. */
export async function importRoster(data: Uint8Array, fileName: string): Promise<ImportResult> {
  const warnings: string[] = [];
  const header = findHeader(await readSheets(data, fileName), warnings);
  const headerRow = header.sheet.rows[header.at]!.row;
  const dataRows = header.sheet.rows.slice(header.at + 1).filter((r) => !isBlankRow(r));

  const rowList = (rows: SheetRow[]) => rows.slice(0, 20).map((r) => r.row).join('、') + (rows.length > 20 ? `等${rows.length}行` : '');
  const hidden = dataRows.filter((r) => r.hidden);
  if (hidden.length) warnings.push(`第${rowList(hidden)}行在Excel中是隐藏的，也已读取；请取消隐藏后核对这些行。`);
  const formulas = dataRows.filter((r) => r.formula);
  if (formulas.length) {
    warnings.push(`第${rowList(formulas)}行有公式，读取的是Excel上次保存时的计算结果，可能已过时；请在Excel中重新计算并保存，或改为直接填写数值。`);
  }

  const missing = missingColumns(header);
  if (missing.length) {
    return {
      applicants: [],
      errorRows: 1,
      omittedErrors: 0,
      errors: missing.map((c) => ({
        row: headerRow,
        column: c.header,
        value: '',
        message: `缺少必填列“${c.header}”；请在表头（第${headerRow}行）加上这一列并填写`,
      })),
      warnings,
      total: dataRows.length,
    };
  }

  const parsed: ParsedRow[] = [];
  for (const r of dataRows) {
    const p = parseRow(header, r, warnings);
    if (p.idNumber === TEMPLATE_EXAMPLE.idNumber) {
      warnings.push(`第${r.row}行是模板自带的示例（${TEMPLATE_EXAMPLE.name}），已跳过。`);
      continue;
    }
    parsed.push(p);
  }

  // The same person twice: refuse every copy, since which one is right is the user's call. Linear: Excel's fill-down
  // gives thousands of rows one ID number, and each message names a few of the others, then counts them.
  const rowsById = new Map<string, number[]>();
  for (const p of parsed) {
    if (!p.idNumber) continue;
    const rows = rowsById.get(p.idNumber);
    if (rows) rows.push(p.row);
    else rowsById.set(p.idNumber, [p.row]);
  }
  const idCol = applicantColumn(header, 'idNumber');
  for (const p of parsed) {
    const rows = p.idNumber ? rowsById.get(p.idNumber)! : [];
    if (rows.length < 2) continue;
    const named: string[] = [];
    for (let i = 0; i < rows.length && named.length < DUPLICATE_ROWS_NAMED; i++) if (rows[i] !== p.row) named.push(`第${rows[i]}行`);
    const others = rows.length - 1 > named.length ? `${named.join('、')}等共${rows.length - 1}行` : named.join('、');
    p.errors.push({
      row: p.row,
      column: header.texts[idCol]!,
      value: p.idNumber!,
      message: `身份证号与${others}重复：同一人只能占一行；请合并为一行或删去多余的行`,
    });
    delete p.applicant;
  }

  // The same check as `zhicheng check`: a number that cannot be right is named before anyone looks it up.
  for (const p of parsed) {
    if (!p.applicant || p.errors.length) continue;
    for (const { credential, slot } of slotted(p.applicant.credentials)) {
      const { check, ok } = checkCredentialNumber(credential);
      if (!ok) warnings.push(`第${p.row}行“${groupName(slot)}·证书编号”（${credential.certNo || '未填'}）：${check.reasons.join('；') || '需在线查验，但没有证书编号'}`);
    }
    // Imported all the same (the numbers may be corrected later), but said now: the export refuses such a vote.
    for (const w of voteWarnings(p.applicant)) warnings.push(`第${p.row}行 ${w}`);
  }

  const wrong = parsed.filter((p) => p.errors.length);
  const listed = wrong.slice(0, MAX_LISTED_ERROR_ROWS).flatMap((p) => p.errors);
  const omittedErrors = wrong.slice(MAX_LISTED_ERROR_ROWS).reduce((n, p) => n + p.errors.length, 0);
  return {
    applicants: parsed.flatMap((p) => (p.applicant && !p.errors.length ? [p.applicant] : [])),
    errors: listed,
    errorRows: wrong.length,
    omittedErrors,
    warnings: capWarnings(warnings),
    total: parsed.length,
  };
}

/** Warnings past the cap become one line that counts them. */
function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_LISTED_ERROR_ROWS) return warnings;
  return [...warnings.slice(0, MAX_LISTED_ERROR_ROWS), `另有${warnings.length - MAX_LISTED_ERROR_ROWS}条提示未列出。`];
}
