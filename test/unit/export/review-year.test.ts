// 评审年度 without a meeting date: the export's own year in China's time, the same in the statistics PDF and XLSX
// (both encode one definition's document).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../../forms/export/committee';
import { reviewYear } from '../../../forms/definitions/committee';
import type { CommitteeData } from '../../../forms/definitions/form';
import { renderXlsx } from '../../../forms/render/index';
import { SAMPLE_APPLICANTS, SETTINGS } from '../../render/helpers';

describe('评审年度 of an export without a meeting', () => {
  it('is the year in Beijing when the export is made, in both statistics tables', async () => {
    const statisticsData: unknown[] = [];
    const plan = planExport(
      { applicants: SAMPLE_APPLICANTS, records: [], settings: SETTINGS, createdAt: '2026-12-31T20:00:00Z' }, // 2027-01-01 04:00 in Beijing
      {
        render: async (formId, data, formats) => {
          if (formId === 'statistics') statisticsData.push(data);
          return Promise.all(formats.map((f) => (f === 'xlsx' ? renderXlsx(formId, data as never) : new Uint8Array())));
        },
      },
    );
    const xlsxFile = plan.files.find((f) => /统计表\.xlsx$/.test(f.path))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxFile.make()) as never);
    const firstColumn = Array.from(wb.worksheets[0]!.getColumn(1).values as unknown[], (v) => String(v ?? ''));
    expect(firstColumn.find((v) => v.includes('职称评审结果统计表'))).toBe('2027年度职称评审结果统计表');
    await plan.files.find((f) => /统计表\.pdf$/.test(f.path))!.make();
    expect(statisticsData.map((d) => reviewYear(d as CommitteeData))).toEqual([2027]);
  });
});
