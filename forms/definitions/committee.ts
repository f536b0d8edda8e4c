// The committee office's outputs (../shared/forms.md §4): 公示名单 of passed applicants, and 年度职称评审结果统计表
// (附件4: by series and level, 申报 / 参评 / 通过 / 通过率, senior rows over the 50 % cap marked).
import { APPLICANT_FIELDS, type Applicant } from '../../shared/model';
import { SENIOR_PASS_RATE_CAP, addWorkdays, isWorkday, statistics } from '../../shared/rules';
import type { Block, Cell, Row } from '../document/model';
import { defineForm, type CommitteeData } from './form';
import { A4, label, minRows, value } from './parts';

const A = APPLICANT_FIELDS;

/** 评审年度: the meeting's, else the current year. */
export function reviewYear(data: CommitteeData): number {
  return data.meeting?.year ?? (data.meeting?.date ? Number(data.meeting.date.slice(0, 4)) : new Date().getFullYear());
}

const committeeName = (data: CommitteeData, a?: Applicant) => data.committee || a?.committee || data.settings.committee || '';

/** 公示期: 10 working days from the first day (inclusive), or '' when no start is known or the year is unknown. */
function publicityPeriod(data: CommitteeData): string {
  const from = data.meeting?.publicityFrom;
  if (!from) return '';
  try {
    const extra = data.settings.extraHolidayYears;
    // Ten working days counting the first day when it is one; from a weekend or holiday, ten from the next one.
    const to = addWorkdays(from, isWorkday(from, extra) ? 9 : 10, extra);
    const fmt = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
    return `${fmt(from)}至${fmt(to)}`;
  } catch {
    return '';
  }
}

export const publicity = defineForm({
  id: 'publicity',
  title: '评审通过人员公示名单',
  fileName: '评审通过人员公示名单',
  input: 'committee',
  build(data) {
    const passed = data.applicants.filter((a) => a.result === 'passed');
    const year = reviewYear(data);
    const center = { style: { align: 'center' as const } };
    const header: Cell[] = [
      label('序号', center),
      label(A.name.label, center),
      label(A.employer.label, center),
      label(A.specialty.label, center),
      label(A.level.label, center),
      label(A.committee.label, center),
    ];
    const rows: Row[] = [{ cells: header }];
    passed.forEach((a, i) => {
      rows.push({
        cells: [
          { text: String(i + 1), ...center },
          value(`passed.${i}.name`, center),
          value(`passed.${i}.employer`),
          value(`passed.${i}.specialty`),
          value(`passed.${i}.level`, center),
          value(`committees.${i}`),
        ],
      });
    });
    if (!passed.length) rows.push({ cells: [{ text: '（暂无评审通过人员）', colSpan: 6, style: { align: 'center' } }] });
    const period = publicityPeriod(data);
    const body: Block[] = [
      { type: 'title', text: `${year}年度专业技术资格评审通过人员公示名单`, style: { size: 18 }, spaceAfter: 3 },
      ...(committeeName(data) ? [{ type: 'paragraph' as const, text: { bind: 'committee' }, style: { align: 'center' as const }, spaceAfter: 3 }] : []),
      { type: 'table', columns: [12, 24, 50, 30, 20, 34], rows: minRows(rows, 8), headerRows: 1, style: { lineHeight: 1.3 }, spaceAfter: 5 },
      {
        type: 'paragraph',
        indent: 2,
        style: { lineHeight: 1.8 },
        text: [
          '公示期为10个工作日',
          ...(period ? [`（${period}）`] : []),
          '。公示期间，对公示人员的学历学位、业绩成果等有异议的，请以书面形式实名向评审委员会办公室反映，我们将在10个工作日内核实答复。',
        ],
      },
      { type: 'spacer', height: 8 },
      { type: 'sealBox', caption: '（评委会办公室公章）' },
      { type: 'signatureLine', label: '评审委员会办公室', action: '盖章', lineWidth: 0, date: true },
    ];
    return {
      title: `${year}年度专业技术资格评审通过人员公示名单`,
      page: A4,
      data: { ...data, passed, committee: committeeName(data), committees: passed.map((a) => committeeName(data, a)) },
      body,
    };
  },
});

export const statisticsForm = defineForm({
  id: 'statistics',
  title: '年度职称评审结果统计表',
  fileName: '年度职称评审结果统计表',
  input: 'committee',
  build(data) {
    const year = reviewYear(data);
    const groups = statistics(data.applicants);
    const pct = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
    const rowsData = groups.map((g) => ({
      ...g,
      rate: pct(g.passRate),
      note: g.overCap ? `※ 高于${SENIOR_PASS_RATE_CAP * 100}%` : '',
    }));
    const total = rowsData.reduce((t, g) => ({ declared: t.declared + g.declared, participated: t.participated + g.participated, passed: t.passed + g.passed }), { declared: 0, participated: 0, passed: 0 });
    const center = { style: { align: 'center' as const } };
    const rows: Row[] = [
      { cells: ['系列', '级别', '申报人数', '参评人数', '通过人数', '通过率', '备注'].map((t) => label(t, center)) },
    ];
    rowsData.forEach((g, i) => {
      const firstOfSeries = i === 0 || rowsData[i - 1]!.series !== g.series;
      const span = rowsData.filter((x) => x.series === g.series).length;
      const mark = g.overCap ? { style: { align: 'center' as const, bold: true } } : center;
      rows.push({
        cells: [
          ...(firstOfSeries ? [value(`rows.${i}.series`, { rowSpan: span, ...center })] : []),
          value(`rows.${i}.level`, center),
          value(`rows.${i}.declared`, center),
          value(`rows.${i}.participated`, center),
          value(`rows.${i}.passed`, center),
          value(`rows.${i}.rate`, mark),
          value(`rows.${i}.note`, mark),
        ],
      });
    });
    rows.push({
      cells: [
        label('合计', { colSpan: 2, style: { align: 'center' } }),
        value('total.declared', center),
        value('total.participated', center),
        value('total.passed', center),
        value('total.rate', center),
        { text: '' },
      ],
    });
    const body: Block[] = [
      { type: 'paragraph', text: '附件4', style: { size: 14, bold: true }, spaceAfter: 2 },
      { type: 'title', text: `${year}年度职称评审结果统计表`, style: { size: 18 }, spaceAfter: 3 },
      { type: 'paragraph', text: ['评审委员会（盖章）：', { bind: 'committee' }], style: { size: 10.5 }, spaceAfter: 2 },
      { type: 'table', columns: [34, 22, 20, 20, 20, 22, 32], rows: minRows(rows, 9), headerRows: 1, style: { lineHeight: 1.3 }, spaceAfter: 3 },
      {
        type: 'paragraph',
        text: `注：参评人数不含未参加评审人员；通过率＝通过人数÷参评人数。按抚人社发〔2019〕60号要求，正高级、副高级通过率原则上不超过${SENIOR_PASS_RATE_CAP * 100}%，超过的以“※”标注。`,
        style: { size: 9.5, lineHeight: 1.5 },
        spaceAfter: 8,
      },
      {
        type: 'table',
        columns: [85, 85],
        rules: { outer: 0, inner: 0 },
        rows: [{ cells: [{ blocks: [{ type: 'signatureLine', label: '填表人', align: 'left', date: false }] }, { blocks: [{ type: 'signatureLine', label: '负责人', date: false }] }] }],
      },
      { type: 'signatureLine', label: '填报日期', action: '', lineWidth: 0 },
    ];
    return {
      title: `${year}年度职称评审结果统计表`,
      page: A4,
      data: { ...data, rows: rowsData, total: { ...total, rate: pct(total.participated ? total.passed / total.participated : null) }, committee: committeeName(data) },
      body,
    };
  },
});
