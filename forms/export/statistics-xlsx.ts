// 年度职称评审结果统计表 (attachment 4) as an XLSX workbook; the PDF of the same table is a form definition.
import ExcelJS from 'exceljs';
import { SENIOR_PASS_RATE_CAP, type GroupStatistics } from '../../shared/rules';
import { setTextCell } from '../../shared/roster';

export const STATISTICS_SHEET = '统计表';

export interface StatisticsSheetInfo {
  /** 年度, e.g. 2026. */
  year: string;
  committee: string;
  /** YYYY-MM-DD or ''. */
  meeting: string;
  /** When the workbook is made (stamped as its creation time). */
  createdAt: Date;
}

const CAP_PERCENT = `${Math.round(SENIOR_PASS_RATE_CAP * 100)}%`;
export const OVER_CAP_NOTE = `通过率超过${CAP_PERCENT}`;
const HEADERS = ['序号', '系列', '级别', '申报人数', '参评人数', '通过人数', '通过率', '备注'] as const;
const OVER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F4' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Rows by series and level, a 合计 row, senior rows over the cap filled and noted. Every text cell from user data is a text cell. */
export async function statisticsXlsx(rows: readonly GroupStatistics[], info: StatisticsSheetInfo): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称核验助手';
  wb.created = info.createdAt;
  wb.modified = info.createdAt;
  const ws = wb.addWorksheet(STATISTICS_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [6, 18, 10, 10, 10, 10, 10, 22].map((width) => ({ width }));
  const last = HEADERS.length;

  ws.mergeCells(1, 1, 1, last);
  setTextCell(ws.getCell(1, 1), `${info.year}年度职称评审结果统计表`);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, last);
  setTextCell(ws.getCell(2, 1), `评审委员会：${info.committee || '　　　　'}　　评审日期：${info.meeting || '　　　　'}`);

  const head = ws.getRow(3);
  HEADERS.forEach((h, j) => {
    const c = head.getCell(j + 1);
    setTextCell(c, h);
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.alignment = { horizontal: 'center', vertical: 'middle' };
  });

  const put = (values: (string | number | null)[], over: boolean) => {
    const r = ws.addRow([]);
    values.forEach((v, j) => {
      const c = r.getCell(j + 1);
      if (typeof v === 'number') c.value = v;
      else setTextCell(c, v ?? '—');
      if (j === 6 && typeof v === 'number') c.numFmt = '0.0%';
      if (j >= 3 && j <= 6) c.alignment = { horizontal: 'right' };
      if (over) c.fill = OVER_FILL;
    });
    if (over) r.getCell(8).font = { bold: true, color: { argb: 'FFB3261E' } };
    return r;
  };
  rows.forEach((g, i) =>
    put([i + 1, g.series, g.level, g.declared, g.participated, g.passed, g.passRate, g.overCap ? OVER_CAP_NOTE : ''], g.overCap),
  );
  const sum = (k: 'declared' | 'participated' | 'passed') => rows.reduce((n, g) => n + g[k], 0);
  const total = { declared: sum('declared'), participated: sum('participated'), passed: sum('passed') };
  const totalRow = put(['', '合计', '', total.declared, total.participated, total.passed, total.participated ? total.passed / total.participated : null, ''], false);
  totalRow.font = { bold: true };
  for (let r = 3; r <= ws.rowCount; r++) for (let j = 1; j <= last; j++) ws.getCell(r, j).border = BORDER;

  ws.addRow([]);
  const note = ws.addRow([]);
  ws.mergeCells(note.number, 1, note.number, last);
  setTextCell(note.getCell(1), `注：正高级、副高级评审通过率原则上不超过${CAP_PERCENT}，超过的行已标注。通过率 = 通过人数 ÷ 参评人数。`);
  note.getCell(1).alignment = { wrapText: true };
  note.height = 30;
  const sign = ws.addRow([]);
  ws.mergeCells(sign.number, 1, sign.number, last);
  setTextCell(sign.getCell(1), '填表人（签字）：　　　　　　　　评委会（盖章）　　　　　　　　年　　月　　日');

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
