// The roster as an XLSX workbook: a 名册 sheet (text cells, drop-downs for fixed values) and a 说明 sheet.
import ExcelJS from 'exceljs';
import { expectation } from './cells';
import { groupName, type Column } from './columns';
import { setTextCell } from './safe-cell';
import { blankValue } from './schema-kind';

export const ROSTER_SHEET = '名册';
export const NOTES_SHEET = '说明';

/** Rows below the data that still get drop-downs and text format, for rows the user adds. */
const SPARE_ROWS = 300;

export interface WorkbookSpec {
  columns: Column[];
  rows: string[][];
  /** Rows shown in grey: the template's example. */
  exampleRows?: number;
}

function required(col: Column): string {
  if (col.key === 'birthMonth') return '可空';
  if (blankValue(col.def.schema).ok) return '可空';
  return col.group ? '该组有内容时必填' : '必填';
}

function notesSheet(wb: ExcelJS.Workbook, columns: Column[]): void {
  const ws = wb.addWorksheet(NOTES_SHEET);
  ws.columns = [{ width: 24 }, { width: 18 }, { width: 80 }];
  const intro = [
    '职称申报人员名册：每位申报人一行；第一行是列名，列的顺序可以调整，多余的列会被忽略。',
    '身份证号、证书编号请按文本填写（本模板各列已设为文本格式），否则Excel会把长数字改掉。',
    '“学历·”各列填最高学历，“学位·”各列填最高学位；第一学历（学位）与最高的不同时，再填“第一学历·”“第一学位·”各列。',
    '某一组（如“第一学位·”）整组留空表示没有该学历/学位。学习、工作经历等不在名册中，请在扩展中录入或用JSON导入。',
    '日期可写 2019-07-01、2019/7/1、2019年7月1日 或 2019.7.1；年月可写 2019-07 或 2019年7月。',
    '名册只在本机读取，不会上传。',
  ];
  for (const line of intro) ws.addRow([line]);
  ws.addRow([]);
  const head = ws.addRow(['列名', '是否必填', '填写说明']);
  head.font = { bold: true };
  for (const col of columns) {
    if (col.group && col.group.slot > 1) continue;
    ws.addRow([col.header, required(col), expectation(col) || '文字']);
  }
  const later = [...new Set(columns.filter((c) => c.group && c.group.slot > 1).map((c) => groupName(c.group!)))];
  for (const name of later) ws.addRow([`${name}·…`, '可空', `与${name.replace(/^第一/, '')}·各列相同，只在与最高的不同时填写`]);
}

export async function rosterWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称核验助手';
  const ws = wb.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const { columns, rows } = spec;
  const last = rows.length + 1 + SPARE_ROWS;
  columns.forEach((col, j) => {
    const c = ws.getColumn(j + 1);
    c.width = Math.min(40, Math.max(10, col.header.length * 2 + 2, col.code ? 22 : 0));
    const head = ws.getCell(1, j + 1);
    setTextCell(head, col.header);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: col.group ? 'FFE8F0FE' : 'FFF1F3F4' } };
    const options = col.kind.type === 'enum' ? col.kind.options.map((o) => col.valueLabels?.[o] ?? o) : col.kind.type === 'bool' ? ['是', '否'] : null;
    for (let r = 2; r <= last; r++) {
      const cell = ws.getCell(r, j + 1);
      cell.numFmt = '@';
      if (options) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${options.join(',')}"`],
          showErrorMessage: true,
          errorTitle: col.header,
          error: `请从下拉列表中选择：${options.join('、')}`,
        };
      }
    }
  });
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      const cell = ws.getCell(i + 2, j + 1);
      setTextCell(cell, v);
      if (i < (spec.exampleRows ?? 0)) cell.font = { color: { argb: 'FF808080' }, italic: true };
    });
  });
  notesSheet(wb, columns);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
