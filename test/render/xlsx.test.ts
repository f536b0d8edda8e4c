// The committee's tables as XLSX encode the same resolved document as their PDF: every cell the sheet holds is
// printed on the paper form, in the same order, with the same alignment and weight.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { statisticsForm } from '../../forms/definitions/committee';
import { resolveDocument, type TableBlock } from '../../forms/document';
import { formRenderer } from '../../forms/export/renderer';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { jobsFor } from '../../forms/definitions/index';
import { SAMPLE_SOURCE } from './fingerprint';
import { pdftext, savePdf, squash } from './poppler';

describe('statistics XLSX', () => {
  it('holds what the PDF prints: headers, rows, the over-cap note, totals and the footnote, with the PDF’s look', async () => {
    const job = jobsFor(statisticsForm, SAMPLE_SOURCE)[0]!;
    const render = formRenderer({ fonts: nodeFontLoader() });
    const pdf = squash(pdftext(savePdf('statistics-xlsx', (await render('statistics', job.data, ['pdf']))[0]!)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await render('statistics', job.data, ['xlsx']))[0] as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const printed: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        const text = typeof v === 'number' ? (cell.numFmt === '0.0%' ? `${(v * 100).toFixed(1)}%` : String(v)) : String(v ?? '');
        if (text.trim()) printed.push(squash(text));
      }),
    );
    expect(printed).toEqual(expect.arrayContaining(['附件4', '系列', '未通过人数', '※高于50%', '合计']));
    expect(printed.some((t) => t.startsWith('注：只统计取得方式为评审'))).toBe(true);
    // Each is printed in the PDF (signature lines aside: the sheet has no line to sign on).
    for (const t of printed.filter((x) => !x.includes('（签字）') && !x.startsWith('填报日期'))) expect(pdf, t).toContain(t);
    // The look is the resolved cell's: the over-cap note bold, the header not, labels as aligned on paper.
    const table = resolveDocument(statisticsForm.build(job.data as never)).body.find((b): b is TableBlock => b.type === 'table')!;
    const row0 = ws.getRow(4);
    expect(row0.getCell(1).value).toBe('系列');
    expect(Boolean(row0.getCell(1).font?.bold)).toBe(table.cells[0]!.style.bold);
    expect(row0.getCell(1).alignment?.horizontal).toBe(table.cells[0]!.style.align);
    const note = ws.getColumn(8).values.findIndex((v) => typeof v === 'string' && v.startsWith('※'));
    expect(ws.getCell(note, 8).font?.bold).toBe(true);
    expect(ws.getCell(4, 1).border?.top?.style).toBe('medium');
    expect(ws.getCell(5, 3).border?.top?.style).toBe('thin');
  });
});
