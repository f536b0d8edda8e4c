// A form's document as an XLSX sheet, for the committee's tables (统计表, 材料核对清单): the same definition the PDF
// and DOCX draw, encoded cell for cell — never laid out a second time. Titles and paragraphs become merged rows,
// tables keep their spans, signature lines become text; seals, photos and QR codes have no place in a sheet.
import ExcelJS from 'exceljs';
import { setTextCell } from '../../../shared/roster/safe-cell';
import { gridOf } from '../../document/grid';
import type { Block, Cell, Document, SignatureLine, Table } from '../../document/model';
import { DEFAULTS } from '../../document/model';
import { cellBlocks, contentText } from '../../document/resolve';

export interface XlsxOptions {
  /** Stamped as the workbook's creation time (default now). */
  date?: Date;
  /** Sheet name; default the document's title, cut to Excel's 31 characters. */
  sheet?: string;
}

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F4' } };
/** Excel column width units per mm (about one "0" of Calibri 11 per 2 mm). */
const WIDTH_PER_MM = 0.5;
/** Counts and rates the forms print as text become numbers a spreadsheet can sum. */
const COUNT = /^\d{1,9}$/;
const PERCENT = /^(\d{1,3}(?:\.\d+)?)%$/;

function signatureText(data: unknown, s: SignatureLine): string {
  const action = s.action ?? '签字';
  const date = s.date === undefined || s.date === true ? DEFAULTS.dateBlanks : s.date === false ? '' : contentText(data, s.date);
  return `${contentText(data, s.label)}${action ? `（${action}）` : ''}：　　　　　　${date}`;
}

function cellText(data: unknown, cell: Cell): string {
  return cellBlocks(cell)
    .map((b) => (b.type === 'paragraph' ? contentText(data, b.text) : b.type === 'signatureLine' ? signatureText(data, b) : ''))
    .filter(Boolean)
    .join('\n');
}

/** A rule-less layout table (signatures side by side) reads as lines of text, not as a grid. */
const layoutOnly = (t: Table) => t.rules?.outer === 0 && t.rules?.inner === 0;

function putValue(c: ExcelJS.Cell, text: string): void {
  const pct = PERCENT.exec(text);
  if (COUNT.test(text)) c.value = Number(text);
  else if (pct) {
    c.value = Number(pct[1]) / 100;
    c.numFmt = '0.0%';
  } else setTextCell(c, text);
}

export async function renderXlsxDocument(doc: Document, opts: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称核验助手';
  wb.created = wb.modified = opts.date ?? new Date();
  const ws = wb.addWorksheet((opts.sheet ?? doc.title).replace(/[\\/?*[\]:]/g, '').slice(0, 31) || 'Sheet1', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widest = doc.body.reduce((w, b) => (b.type === 'table' ? Math.max(w, b.columns.length) : w), 1);
  const firstTable = doc.body.find((b): b is Table => b.type === 'table');
  if (firstTable) ws.columns = firstTable.columns.map((mm) => ({ width: Math.max(6, mm * WIDTH_PER_MM) }));
  let row = 1;

  const line = (text: string, font?: Partial<ExcelJS.Font>, align: 'left' | 'center' = 'left') => {
    if (!text) return;
    ws.mergeCells(row, 1, row, widest);
    const c = ws.getCell(row, 1);
    setTextCell(c, text);
    c.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
    if (font) c.font = font;
    row++;
  };
  const table = (t: Table) => {
    const grid = gridOf(t);
    for (const p of grid.cells) {
      const r = row + p.row;
      const c = 1 + p.col;
      if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(r, c, r + p.rowSpan - 1, c + p.colSpan - 1);
      const cell = ws.getCell(r, c);
      putValue(cell, cellText(doc.data, p.cell));
      const align = p.cell.style?.align ?? (p.cell.label ? 'center' : 'left');
      cell.alignment = { horizontal: align === 'distribute' ? 'center' : align, vertical: 'middle', wrapText: true };
      if (p.cell.label || p.cell.style?.bold) cell.font = { bold: true };
      if (p.row < (t.headerRows ?? 0)) cell.fill = HEAD_FILL;
      for (let rr = r; rr < r + p.rowSpan; rr++) for (let cc = c; cc < c + p.colSpan; cc++) ws.getCell(rr, cc).border = BORDER;
    }
    row += grid.rows;
  };
  const block = (b: Block) => {
    switch (b.type) {
      case 'title':
        return line(contentText(doc.data, b.text), { bold: true, size: 16 }, 'center');
      case 'paragraph':
        return line(contentText(doc.data, b.text), b.style?.bold ? { bold: true } : undefined, b.style?.align === 'center' ? 'center' : 'left');
      case 'signatureLine':
        return line(signatureText(doc.data, b));
      case 'table':
        if (layoutOnly(b)) return b.rows.forEach((r) => r.cells.forEach((c) => line(cellText(doc.data, c))));
        table(b);
        row++;
        return;
      default:
        return;
    }
  };
  doc.body.forEach(block);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
