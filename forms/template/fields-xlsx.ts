// 字段说明.xlsx: the table of template names as a workbook, every cell text (never a formula).
import ExcelJS from 'exceljs';
import { setTextCell } from '../../shared/roster/safe-cell';
import { fieldRows } from './table';

export const FIELDS_FILE = '字段说明.xlsx';

export async function fieldsXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称核验助手';
  const ws = wb.addWorksheet('字段说明', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = [{ width: 26 }, { width: 34 }, { width: 18 }, { width: 60 }, { width: 40 }];
  setTextCell(ws.getCell(1, 1), '在贵单位的 Word 表格中，把要填的地方写成 {名称}；名册的其他列名（如“身份证号码”）也可用。循环 {#名称}…{/名称} 放在表格的一行内时，每项重复这一行。');
  const head = ws.getRow(3);
  ['名称', '写法', '所在循环', '含义', '示例（示例数据）'].forEach((h, i) => setTextCell(head.getCell(i + 1), h));
  head.font = { bold: true };
  fieldRows().forEach((r, i) => {
    const row = ws.getRow(4 + i);
    [r.name, r.syntax, r.within, r.meaning, r.example].forEach((v, j) => setTextCell(row.getCell(j + 1), v));
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
