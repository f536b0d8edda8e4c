import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { APPLICANT_FIELDS, XUELI_FIELDS } from '../../../shared/model';
import { importRoster, rosterTemplateXlsx, TEMPLATE_EXAMPLE } from '../../../shared/roster';
import { rosterColumns } from '../../../shared/roster/columns';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { rosterTable } from '../../../shared/roster/export';

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

describe('rosterTemplateXlsx', () => {
  it('has the roster sheet with every column, two groups of each credential kind, and a grey example row', async () => {
    const wb = await load(await rosterTemplateXlsx());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名册', '说明']);
    const ws = wb.getWorksheet('名册')!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(rosterColumns({ xueli: 2, xuewei: 2 }).map((c) => c.header));
    expect(headers).toContain('第一学位·授予日期');
    expect(ws.getCell(2, 1).value).toBe(TEMPLATE_EXAMPLE.name);
    expect(ws.getCell(2, 1).font?.color?.argb).toBe('FF808080');
    // Text format keeps typed ID numbers from being turned into numbers; fixed values get a drop-down.
    expect(ws.getCell(50, headers.indexOf('身份证号') + 1).numFmt).toBe('@');
    expect(ws.getCell(50, headers.indexOf('申报级别') + 1).dataValidation?.formulae).toEqual(['"正高级,副高级,中级,初级"']);
    expect(ws.getCell(50, headers.indexOf('评审结果') + 1).dataValidation?.formulae).toEqual(['"待评审,通过,未通过,未参评"']);
  });

  it('explains each column in 说明 with the model’s hints', async () => {
    const ws = (await load(await rosterTemplateXlsx())).getWorksheet('说明')!;
    const rows = new Map<string, string[]>();
    ws.eachRow((r) => {
      const v = (r.values as string[]).slice(1);
      if (v[0]) rows.set(v[0], v);
    });
    expect(rows.get(APPLICANT_FIELDS.idNumber.label)).toEqual([APPLICANT_FIELDS.idNumber.label, '必填', APPLICANT_FIELDS.idNumber.hint]);
    expect(rows.get(APPLICANT_FIELDS.birthMonth.label)![1]).toBe('可空');
    expect(rows.get(APPLICANT_FIELDS.birthMonth.label)![2]).toContain(APPLICANT_FIELDS.birthMonth.hint);
    expect(rows.get(`学历·${XUELI_FIELDS.level.label}`)![2]).toContain('本科');
    expect(rows.get(`学历·${XUELI_FIELDS.studyMode.label}`)![2]).toBe(XUELI_FIELDS.studyMode.hint);
    expect(rows.get('第一学历·…')).toBeDefined();
  });

  it('imports as nothing but a note on the example; a row typed under it imports', async () => {
    const data = await rosterTemplateXlsx();
    const empty = await importRoster(data, '模板.xlsx');
    expect(empty).toEqual({ applicants: [], errors: [], errorRows: 0, omittedErrors: 0, warnings: ['第2行是模板自带的示例（张示例），已跳过。'], total: 0 });

    const wb = await load(data);
    const ws = wb.getWorksheet('名册')!;
    const a = SAMPLE_APPLICANTS[1]!;
    const columns = rosterColumns({ xueli: 2, xuewei: 2 });
    rosterTable([a], columns).rows[0]!.forEach((v, j) => (ws.getCell(3, j + 1).value = v));
    const filled = await importRoster(new Uint8Array(await wb.xlsx.writeBuffer()), '名册.xlsx');
    expect(filled.errors).toEqual([]);
    expect(filled.total).toBe(1);
    expect(filled.applicants.map((x) => x.idNumber)).toEqual([a.idNumber]);
  });
});
