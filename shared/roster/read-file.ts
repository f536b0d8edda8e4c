// Bytes of a roster file → rows of cells, with row numbers as Excel shows them. XLSX through exceljs, CSV through
// papaparse; no parsing of our own.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { MAX_ROSTER_BYTES, tooLarge } from '../limits';
import { WORKBOOK_LIMITS, ZipFormatError, bytesSource, checkZip } from '../zip/reader';
import type { CellValue } from './cells';
import { RosterError } from './errors';
import { unsafeCell } from './safe-cell';

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  /** Cells from column A on. */
  cells: CellValue[];
  /** Hidden in Excel: read, but the user may not know it is there. */
  hidden?: boolean;
  /** Some cell is a formula: its value is the result Excel saved last, which may be stale. */
  formula?: boolean;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** A hidden or very hidden sheet: never imported, since the user does not see it. */
  hidden?: boolean;
}

const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls (and .doc)

const SAVE_AS = '请在Excel或WPS中打开后“另存为”Excel工作簿（.xlsx）或CSV（逗号分隔）后重试。';

export async function readSheets(data: Uint8Array, fileName: string): Promise<Sheet[]> {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (data.length === 0) throw new RosterError('文件是空的（0字节），没有可导入的内容。', 'empty file');
  if (data.length > MAX_ROSTER_BYTES) throw new RosterError(tooLarge(`“${fileName}”`, data.length, MAX_ROSTER_BYTES), `roster of ${data.length} bytes`);
  if (startsWith(data, ZIP)) return readXlsx(data, fileName);
  if (startsWith(data, OLE) || ext === 'xls' || ext === 'et') {
    throw new RosterError(`“${fileName}”是旧版Excel（.xls）或其他二进制格式，无法直接读取。${SAVE_AS}`, 'legacy xls / OLE file');
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new RosterError(`“${fileName}”不是有效的Excel（.xlsx）文件，可能已损坏或只下载了一部分。${SAVE_AS}`, 'xlsx without zip signature');
  }
  if (data.subarray(0, 4096).includes(0) && !startsWith(data, [0xff, 0xfe]) && !startsWith(data, [0xfe, 0xff])) {
    throw new RosterError(`“${fileName}”不是表格文件（既不是.xlsx也不是.csv）。${SAVE_AS}`, 'binary data, not csv');
  }
  return [readCsv(decodeText(data))];
}

/** UTF-16 with a BOM (Excel's “Unicode 文本”); valid UTF-8 (with or without BOM); otherwise GB18030 (Excel in China). */
export function decodeText(data: Uint8Array): string {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data);
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/**
 * The delimiter from the first non-blank line (the header): papaparse guesses from all lines and picks the tab when
 * long numbers carry the leading tab that keeps Excel from rounding them (as our own CSV export writes them).
 */
function headerDelimiter(text: string): string {
  const line = (text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (d: string) => line.split(d).length - 1;
  return [',', '\t', ';', '|'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function readCsv(text: string): Sheet {
  // No empty-line skipping: row numbers must stay as Excel shows them.
  const parsed = Papa.parse<string[]>(text, { delimiter: headerDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map(unsafeCell) as CellValue[] }));
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + 1;
    throw new RosterError(`CSV文件第${row}行附近的引号不成对，之后的内容无法可靠读取。请在Excel中打开检查该行，或另存为.xlsx后重试。`, `papaparse: ${broken.message}`);
  }
  return { name: 'CSV', rows };
}

/** An exceljs cell value as plain data: rich text joined, formulas by their cached result, links by their text. */
function plainCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : plainCell(result);
  }
  if ('text' in v) return typeof v.text === 'string' ? v.text : plainCell(v.text as ExcelJS.CellValue);
  return null;
}

async function readXlsx(data: Uint8Array, fileName: string): Promise<Sheet[]> {
  try {
    // Our reader first, within caps: exceljs (JSZip) would inflate a bomb or an unused 1 GB member whole.
    await checkZip(bytesSource(data), WORKBOOK_LIMITS);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    throw new RosterError(`“${fileName}”无法作为Excel（.xlsx）文件读取，可能已损坏或不安全（${e.zh}）。${SAVE_AS}`, `zip check: ${e.message}`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new RosterError(`“${fileName}”无法作为Excel（.xlsx）文件读取，可能已损坏。${SAVE_AS}`, `exceljs: ${(e as Error)?.message ?? String(e)}`, {
      cause: e,
    });
  }
  if (wb.worksheets.length === 0) {
    throw new RosterError(`“${fileName}”不是Excel工作簿（其中没有工作表）。${SAVE_AS}`, 'zip without worksheets');
  }
  return wb.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      let formula = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = plainCell(cell.value);
        if (cell.type === ExcelJS.ValueType.Formula) formula = true;
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      rows.push({ row: rowNumber, cells, ...(row.hidden ? { hidden: true } : {}), ...(formula ? { formula: true } : {}) });
    });
    return { name: ws.name, rows, ...(ws.state !== 'visible' ? { hidden: true } : {}) };
  });
}
