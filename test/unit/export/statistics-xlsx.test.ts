import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OVER_CAP_NOTE, STATISTICS_SHEET, statisticsXlsx } from '../../../forms/export/statistics-xlsx';
import { Applicant, type ApplicantInput } from '../../../shared/model';
import { statistics } from '../../../shared/rules';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';

const INFO = { year: '2026', committee: '抚顺市工程系列高级评审委员会（示例）', meeting: '2026-10-12', createdAt: new Date('2026-10-12T01:00:00Z') };

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.getWorksheet(STATISTICS_SHEET)!;
}

/** Row values as text, from column 1. */
const texts = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));

/** Applicants of one series and level with the given results. */
function group(series: string, level: Applicant['level'], results: Applicant['result'][]): Applicant[] {
  const base = sampleApplicant('a02');
  return results.map((result, i) => Applicant.parse({ ...base, id: `${series}-${i}`, series, level, result } satisfies ApplicantInput));
}

describe('statisticsXlsx', () => {
  it('writes title, header and one row per series and level with counts and rate', async () => {
    const applicants = [...group('工程', '正高级', ['passed', 'failed', 'failed', 'absent']), ...group('卫生', '中级', ['passed', 'passed'])];
    const ws = await open(await statisticsXlsx(statistics(applicants), INFO));
    expect(ws.getCell(1, 1).value).toBe('2026年度职称评审结果统计表');
    expect(String(ws.getCell(2, 1).value)).toContain(INFO.committee);
    expect(texts(ws, 3)).toEqual(['序号', '系列', '级别', '申报人数', '参评人数', '通过人数', '通过率', '备注']);
    expect(texts(ws, 4).slice(0, 6)).toEqual(['1', '工程', '正高级', '4', '3', '1']);
    expect(ws.getCell(4, 7).value).toBeCloseTo(1 / 3);
    expect(ws.getCell(4, 7).numFmt).toBe('0.0%');
    expect(texts(ws, 5).slice(0, 6)).toEqual(['2', '卫生', '中级', '2', '2', '2']);
    expect(texts(ws, 6).slice(1, 6)).toEqual(['合计', '', '6', '5', '3']);
  });

  it('marks senior rows over 50 % and only those', async () => {
    const applicants = [
      ...group('工程', '副高级', ['passed', 'passed', 'failed']), // 2/3: over
      ...group('工程', '正高级', ['passed', 'failed']), // exactly 1/2: not over
      ...group('卫生', '中级', ['passed', 'passed']), // 100 % but not senior
    ];
    const rows = statistics(applicants);
    const ws = await open(await statisticsXlsx(rows, INFO));
    const byLevel = (lv: string) => [4, 5, 6].find((r) => ws.getCell(r, 3).value === lv)!;
    const over = byLevel('副高级');
    expect(ws.getCell(over, 8).value).toBe(OVER_CAP_NOTE);
    expect((ws.getCell(over, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFDE2E2');
    for (const lv of ['正高级', '中级']) {
      expect(ws.getCell(byLevel(lv), 8).value).toBe('');
      expect((ws.getCell(byLevel(lv), 2).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    }
  });

  it('writes a series named like a formula as a text cell, never a formula', async () => {
    const hostile = ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1+1', '-2'];
    const applicants = hostile.flatMap((s) => group(s, '中级', ['passed']));
    const bytes = await statisticsXlsx(statistics(applicants), INFO);
    const ws = await open(bytes);
    for (let r = 4; r < 4 + hostile.length; r++) {
      const cell = ws.getCell(r, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(hostile).toContain(cell.value);
      expect(cell.numFmt).toBe('@');
    }
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toContain('<f>');
  });

  it('handles the sample roster and an empty one', async () => {
    const ws = await open(await statisticsXlsx(statistics(SAMPLE_APPLICANTS), INFO));
    const rows = statistics(SAMPLE_APPLICANTS);
    expect(ws.getCell(4 + rows.length, 2).value).toBe('合计');
    expect(ws.getCell(4 + rows.length, 4).value).toBe(SAMPLE_APPLICANTS.length);
    const empty = await open(await statisticsXlsx([], INFO));
    expect(empty.getCell(4, 2).value).toBe('合计');
    expect(empty.getCell(4, 7).value).toBe('—');
  });
});
