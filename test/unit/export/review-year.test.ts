// 评审年度 without a meeting date: the export's own year in China's time, the same in the statistics PDF and XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../../forms/export/committee';
import { reviewYear } from '../../../forms/definitions/committee';
import type { CommitteeData } from '../../../forms/definitions/form';
import { SAMPLE_APPLICANTS, SETTINGS } from '../../render/helpers';

describe('评审年度 of an export without a meeting', () => {
  it('is the year in Beijing when the export is made, in both statistics tables', async () => {
    let statisticsData: unknown;
    const plan = planExport(
      { applicants: SAMPLE_APPLICANTS, records: [], settings: SETTINGS, createdAt: '2026-12-31T20:00:00Z' }, // 2027-01-01 04:00 in Beijing
      {
        render: async (formId, data) => {
          if (formId === 'statistics') statisticsData = data;
          return new Uint8Array();
        },
      },
    );
    const xlsxFile = plan.files.find((f) => /统计表\.xlsx$/.test(f.path))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxFile.make()) as never);
    expect(String(wb.worksheets[0]!.getCell(1, 1).value)).toContain('2027年度');
    await plan.files.find((f) => /统计表\.pdf$/.test(f.path))!.make();
    expect(reviewYear(statisticsData as CommitteeData)).toBe(2027);
  });
});
