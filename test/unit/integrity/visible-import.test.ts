// Issue 12, item 13: import reads what the user sees — the first visible sheet; hidden rows and formula results
// (which may be stale) are read but named in warnings. And a CSV this program exported imports again.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRosterCsv, exportRosterXlsx, importRoster } from '../../../shared/roster';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('import reads what the user can see', () => {
  it('skips a very hidden first sheet; names hidden rows and formula rows in warnings', async () => {
    const visible = await load(await exportRosterXlsx([sampleApplicant('a01'), sampleApplicant('a02'), sampleApplicant('a03')]));
    const decoy = await load(await exportRosterXlsx([sampleApplicant('a20')]));
    // A workbook whose first sheet (very hidden) holds another roster than the one on screen.
    const wb = new ExcelJS.Workbook();
    const copy = (from: ExcelJS.Worksheet, name: string, state: ExcelJS.WorksheetState) => {
      const ws = wb.addWorksheet(name, { state });
      from.eachRow((row, n) => row.eachCell((cell, c) => (ws.getCell(n, c).value = cell.value)));
      return ws;
    };
    copy(decoy.worksheets[0]!, '旧名册', 'veryHidden');
    const shown = copy(visible.worksheets[0]!, '名册', 'visible');
    shown.getRow(3).hidden = true;
    const employer = shown.getRow(1).values as unknown[];
    const col = employer.indexOf('工作单位');
    shown.getCell(4, col).value = { formula: 'A1&"医院"', result: sampleApplicant('a03').employer } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const r = await importRoster(bytes, '名册.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.applicants.map((a) => a.name)).toEqual(['a01', 'a02', 'a03'].map((id) => sampleApplicant(id).name));
    expect(r.warnings).toContain('工作表“旧名册”在Excel中是隐藏的，未读取。');
    expect(r.warnings).toContain('第3行在Excel中是隐藏的，也已读取；请取消隐藏后核对这些行。');
    expect(r.warnings.find((w) => w.startsWith('第4行有公式，读取的是Excel上次保存时的计算结果'))).toBeDefined();
  });

  it('a CSV exported by this program (long numbers with a leading tab) imports again', async () => {
    const r = await importRoster(new TextEncoder().encode(exportRosterCsv(SAMPLE_APPLICANTS)), '名册.csv');
    expect(r.errors).toEqual([]);
    expect(r.applicants).toHaveLength(SAMPLE_APPLICANTS.length);
  });
});
