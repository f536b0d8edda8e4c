// The committee office's outputs (../shared/forms.md §4): 公示名单 of passed applicants, and 年度职称评审结果统计表
// (附件4: by series and level, 申报 / 参评 / 通过 / 通过率, senior rows over the 50 % cap marked).
import { APPLICANT_FIELDS, type Applicant } from '../../shared/model';
import { SENIOR_PASS_RATE_CAP, addWorkdays, committeeApplicants, isWorkday, passedByVote, statistics, titleAndLevel, titleName } from '../../shared/rules';
import type { Block, Cell, CellBlock, Row } from '../document/model';
import { defineForm, type CommitteeData } from './form';
import { A4, label, minRows, value } from './parts';

const A = APPLICANT_FIELDS;

/** 评审年度: the meeting's, else the current year. */
export function reviewYear(data: CommitteeData): number {
  return data.meeting?.year ?? (data.meeting?.date ? Number(data.meeting.date.slice(0, 4)) : new Date().getFullYear());
}

const committeeName = (data: CommitteeData, a?: Applicant) => data.committee || a?.committee || data.settings.committee || '';

const fmtDay = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * 公示期: `settings.publicityDays` working days (人社部令第40号: at least 5) from the first day, counting it when it is a
 * working day; from a weekend or holiday, from the next one. None without a first day; why not, in Chinese, when the
 * first day is given but the year has no holiday schedule.
 */
export function publicityDates(data: CommitteeData): { from: string; to: string } | { blankBecause: string | null } {
  const days = data.settings.publicityDays;
  const from = data.meeting?.publicityFrom;
  if (!from) return { blankBecause: null };
  try {
    const extra = data.settings.extraHolidayYears;
    return { from, to: addWorkdays(from, isWorkday(from, extra) ? days - 1 : days, extra) };
  } catch (e) {
    return { blankBecause: e instanceof Error ? e.message : String(e) };
  }
}

/** The 公示期 as printed: its dates, or blanks to fill by hand. */
export function publicityPeriod(data: CommitteeData): string {
  const days = data.settings.publicityDays;
  const dates = publicityDates(data);
  return 'to' in dates ? `${days}个工作日（${fmtDay(dates.from)}至${fmtDay(dates.to)}）` : `${days}个工作日（自　　　　年　　月　　日至　　　　年　　月　　日）`;
}

/** Who the 公示 lists: this committee's 评审 applicants with a recorded pass. */
export function publicityApplicants(data: CommitteeData): Applicant[] {
  const committee = data.committee || data.settings.committee;
  return committeeApplicants(data.applicants).filter((a) => passedByVote(a) && (!committee || !a.committee || a.committee === committee));
}

/** The closing of a committee document kept with its seal: one rule-less cell never splits across pages. */
const keptTogether = (blocks: CellBlock[]): Block => ({ type: 'table', columns: [170], rules: { outer: 0, inner: 0 }, rows: [{ cells: [{ blocks }] }] });

export const publicity = defineForm({
  id: 'publicity',
  title: '评审通过人员公示名单',
  fileName: '评审通过人员公示名单',
  input: 'committee',
  build(data) {
    const passed = publicityApplicants(data);
    const year = reviewYear(data);
    const center = { style: { align: 'center' as const } };
    const header: Cell[] = [
      label('序号', center),
      label(A.name.label, center),
      label(A.employer.label, center),
      label(A.specialty.label, center),
      label('评审通过资格', center),
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
          value(`titles.${i}`, center),
          value(`committees.${i}`),
        ],
      });
    });
    if (!passed.length) rows.push({ cells: [{ text: '（暂无评审通过人员）', colSpan: 6, style: { align: 'center' } }] });
    const contact = data.settings.publicityContact;
    const body: Block[] = [
      { type: 'title', text: `${year}年度专业技术资格评审通过人员公示名单`, style: { size: 18 }, spaceAfter: 3 },
      ...(committeeName(data) ? [{ type: 'paragraph' as const, text: { bind: 'committee' }, style: { align: 'center' as const }, spaceAfter: 3 }] : []),
      { type: 'table', columns: [12, 22, 48, 28, 30, 30], rows: minRows(rows, 8), headerRows: 1, style: { lineHeight: 1.3 }, spaceAfter: 5 },
      keptTogether([
        {
          type: 'paragraph',
          indent: 2,
          style: { lineHeight: 1.8 },
          text: [
            `公示期为${publicityPeriod(data)}。公示期间，对公示人员的学历学位、业绩成果等有异议的，请以书面形式实名向评审委员会办公室反映`,
            contact ? `（联系方式：${contact}）` : '（联系方式：　　　　　　　　　　）',
            '，评审委员会办公室自收到之日起10个工作日内核实答复。',
          ],
        },
        { type: 'spacer', height: 8 },
        { type: 'sealBox', caption: '（评委会办公室公章）' },
        { type: 'signatureLine', label: '评审委员会办公室', action: '盖章', lineWidth: 0, date: true },
      ]),
    ];
    return {
      title: `${year}年度专业技术资格评审通过人员公示名单`,
      page: A4,
      data: {
        ...data,
        passed,
        committee: committeeName(data),
        titles: passed.map((a) => titleAndLevel(titleName(a, data.settings), a.level, true)),
        committees: passed.map((a) => committeeName(data, a)),
      },
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
    const total = rowsData.reduce(
      (t, g) => ({ declared: t.declared + g.declared, participated: t.participated + g.participated, passed: t.passed + g.passed, failed: t.failed + g.failed }),
      { declared: 0, participated: 0, passed: 0, failed: 0 },
    );
    const center = { style: { align: 'center' as const } };
    const rows: Row[] = [
      { cells: ['系列', '级别', '申报人数', '参评人数', '通过人数', '未通过人数', '通过率', '备注'].map((t) => label(t, center)) },
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
          value(`rows.${i}.failed`, center),
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
        value('total.failed', center),
        value('total.rate', center),
        { text: '' },
      ],
    });
    const body: Block[] = [
      { type: 'paragraph', text: '附件4', style: { size: 14, bold: true }, spaceAfter: 2 },
      { type: 'title', text: `${year}年度职称评审结果统计表`, style: { size: 18 }, spaceAfter: 3 },
      { type: 'paragraph', text: ['评审委员会（盖章）：', { bind: 'committee' }], style: { size: 10.5 }, spaceAfter: 2 },
      { type: 'table', columns: [30, 20, 18, 18, 18, 20, 20, 26], rows: minRows(rows, 9), headerRows: 1, style: { lineHeight: 1.3 }, spaceAfter: 3 },
      {
        type: 'paragraph',
        text: `注：只统计取得方式为评审的申报人（考试、认定取得的不在此列）；参评人数不含未参加评审人员；通过率＝通过人数÷参评人数。按抚人社发〔2019〕60号要求，正高级、副高级通过率原则上不超过${SENIOR_PASS_RATE_CAP * 100}%，超过的以“※”标注。`,
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
