// A form's resolved document as an XLSX sheet, for the committee's tables (统计表, 材料核对清单): the layout the PDF
// and DOCX encode, encoded cell for cell — never laid out a second time. Text blocks become merged rows in their own
// size, weight and alignment; tables keep their spans, alignment and rules; signature lines become text; a rule-less
// layout table reads as lines; seals, photos and QR codes have no place in a sheet.
import ExcelJS from 'exceljs';
import { setTextCell } from '../../../shared/roster/safe-cell';
import { type Align, type ResolvedBlock, type ResolvedDocument, type ResolvedCell, type ResolvedCellBlock, type Run, type SignatureBlock, type Style, type TableBlock } from '../../document';

export interface XlsxOptions {
  /** Stamped as the workbook's creation time (default now). */
  date?: Date;
  /** Sheet name; default the document's title, cut to Excel's 31 characters. */
  sheet?: string;
}

/** Excel column width units per mm (about one "0" of Calibri 11 per 2 mm). */
const WIDTH_PER_MM = 0.5;
/** Counts and rates the forms print as text become numbers a spreadsheet can sum. */
const COUNT = /^\d{1,9}$/;
const PERCENT = /^(\d{1,3}(?:\.\d+)?)%$/;
const HORIZONTAL: Record<Align, ExcelJS.Alignment['horizontal']> = { left: 'left', center: 'center', right: 'right', distribute: 'distributed' };

const text = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
/** The line to sign on has no place in a cell: six blank characters stand for it. */
const signatureText = (s: SignatureBlock): string => `${text(s.label)}${s.lineWidth > 0 || s.date.length ? '　'.repeat(6) : ''}${text(s.date)}`;

function blockText(b: ResolvedCellBlock): string {
  return b.type === 'text' ? text(b.runs) : b.type === 'signature' ? signatureText(b) : '';
}
const cellText = (cell: ResolvedCell): string => cell.blocks.map(blockText).filter(Boolean).join('\n');

/** A rule-less layout table (signatures side by side) reads as lines of text, not as a grid. */
const layoutOnly = (t: TableBlock) => t.rules.outer === 0 && t.rules.inner === 0;

/** A rule in pt as Excel's nearest border. */
const border = (pt: number): Partial<ExcelJS.Border> | undefined => (pt <= 0 ? undefined : { style: pt >= 1 ? 'medium' : 'thin' });

const font = (s: Style): Partial<ExcelJS.Font> => ({ size: s.size, ...(s.bold ? { bold: true } : {}) });

function putValue(c: ExcelJS.Cell, value: string): void {
  const pct = PERCENT.exec(value);
  if (COUNT.test(value)) c.value = Number(value);
  else if (pct) {
    c.value = Number(pct[1]) / 100;
    c.numFmt = '0.0%';
  } else setTextCell(c, value);
}

export async function renderXlsxDocument(doc: ResolvedDocument, opts: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称核验助手';
  wb.created = wb.modified = opts.date ?? new Date();
  const ws = wb.addWorksheet((opts.sheet ?? doc.title).replace(/[\\/?*[\]:]/g, '').slice(0, 31) || 'Sheet1', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const tables = doc.body.filter((b): b is TableBlock => b.type === 'table' && !layoutOnly(b));
  const widest = tables.reduce((w, t) => Math.max(w, t.columns.length), 1);
  if (tables[0]) ws.columns = tables[0].columns.map((mm) => ({ width: Math.max(6, mm * WIDTH_PER_MM) }));
  let row = 1;

  const line = (value: string, style: Style) => {
    if (!value) return;
    ws.mergeCells(row, 1, row, widest);
    const c = ws.getCell(row, 1);
    setTextCell(c, value);
    c.alignment = { horizontal: HORIZONTAL[style.align], vertical: 'middle', wrapText: true };
    c.font = font(style);
    row++;
  };
  const table = (t: TableBlock) => {
    const rows = t.minHeights.length;
    const cols = t.columns.length;
    for (const p of t.cells) {
      const r = row + p.row;
      const c = 1 + p.col;
      if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(r, c, r + p.rowSpan - 1, c + p.colSpan - 1);
      const cell = ws.getCell(r, c);
      putValue(cell, cellText(p));
      cell.alignment = { horizontal: HORIZONTAL[p.style.align], vertical: p.valign, wrapText: true };
      cell.font = font(p.style);
      // Each slot of a merged cell carries the cell's own rules: the table's outer rule on its edges, else inner.
      for (let rr = p.row; rr < p.row + p.rowSpan; rr++)
        for (let cc = p.col; cc < p.col + p.colSpan; cc++) {
          const side = (given: number | undefined, edge: boolean, outside: boolean) => (outside ? undefined : border(given ?? (edge ? t.rules.outer : t.rules.inner)));
          const top = side(p.borders.top, rr === 0, rr !== p.row);
          const bottom = side(p.borders.bottom, rr === rows - 1, rr !== p.row + p.rowSpan - 1);
          const left = side(p.borders.left, cc === 0, cc !== p.col);
          const right = side(p.borders.right, cc === cols - 1, cc !== p.col + p.colSpan - 1);
          ws.getCell(row + rr, 1 + cc).border = { ...(top ? { top } : {}), ...(bottom ? { bottom } : {}), ...(left ? { left } : {}), ...(right ? { right } : {}) };
        }
    }
    row += rows;
  };
  const block = (b: ResolvedBlock) => {
    switch (b.type) {
      case 'text':
        return line(text(b.runs), b.style);
      case 'signature':
        return line(signatureText(b), { ...b.style, align: 'left' });
      case 'table':
        if (layoutOnly(b)) return b.cells.forEach((c) => line(cellText(c), { ...c.style, align: 'left' }));
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
