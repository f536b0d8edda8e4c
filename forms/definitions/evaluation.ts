// 辽宁省专业技术资格评定表: cover, basic information, credentials with how each is verified, the histories (as many
// rows as the data has, continuing on new pages with their header rows), the opinion blocks, 评定情况 and 核准备案.
// Sections and labels follow ../shared/forms.md §1 (reconstructed where no official copy was at hand).
import {
  ACHIEVEMENT_FIELDS,
  APPLICANT_FIELDS,
  AWARD_FIELDS,
  CREDENTIAL_KIND_LABELS,
  PAPER_FIELDS,
  STUDY_FIELDS,
  TRAINING_FIELDS,
  WORK_FIELDS,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  credentialDate,
  credentialLevel,
  type Applicant,
} from '../../shared/model';
import { passedByVote, titleAndLevel, verificationMethod, voteOf } from '../../shared/rules';
import { formatValue, lookup } from '../document/resolve';
import { DEFAULTS, type Block, type Cell, type CellBlock, type Row, type Table } from '../document/model';
import { defineForm, planOf, type ApplicantData } from './form';
import { A4, bind, historyTable, label, minRows, opinionBlocks, value } from './parts';

const F = APPLICANT_FIELDS;

/** The applicant's own pledge on the form (reconstructed: no official wording was found). */
export const EVALUATION_PLEDGE =
  '本人承诺：本表所填内容及所附学历学位、业绩成果等材料真实、准确、完整，学历、学位证书编号与本人所持证书一致。如有弄虚作假，本人自愿接受“一票否决”，取消本次评审结果，并承担相应责任。';

/** 填表说明 (reconstructed: the official form's own instructions were not found; offices adjust this text). */
export const EVALUATION_INSTRUCTIONS: readonly string[] = [
  '一、本表由申报人如实填写，用钢笔、签字笔填写或计算机打印，字迹清楚、工整，不得涂改。',
  '二、“申报资格名称”填写所申报的专业技术资格名称及级别，如：高级工程师（副高级）、副主任医师（副高级）、一级教师（中级）。',
  '三、“学历学位”栏填写全日制及在职取得的全部学历、学位；“查验方式及结果”由单位按查验结果填写：2002届及以后毕业的学历在学信网查验，2008年9月1日及以后授予的学位在学信网《中国高等教育学位在线验证报告》查验，其余及网上查不到的由人事档案管理部门出具《个人学历、学位信息审查情况材料》。',
  '四、“主要学习经历”“主要工作经历”从高中毕业后填起，时间连续，不得间断。',
  '五、“任现职以来主要专业技术工作业绩”“论文、著作”“获奖情况”只填写任现职以来的内容，须与所附证明材料一致。',
  '六、“单位推荐意见”“主管部门审核意见”“人力资源社会保障部门审核意见”由相应单位填写，负责人签字并加盖公章。',
  '七、“评定情况”由评审委员会在评审会议表决后填写；未经评审或评审未通过的，不填写评定结论。',
  '八、本表一式两份，用A4纸双面打印。',
];

function cover(): Block[] {
  const line = (lbl: string, path: string): Row => ({
    cells: [
      label(lbl, { style: { size: 15 } }),
      value(path, { style: { size: 15, align: 'center' }, borders: { bottom: 0.75 } }),
    ],
    minHeight: 14,
  });
  return [
    { type: 'spacer', height: 30 },
    { type: 'title', text: '辽宁省专业技术资格评定表', style: { size: 26 }, spaceAfter: 40 },
    {
      type: 'table',
      columns: [40, 90],
      rules: { outer: 0, inner: 0 },
      style: { lineHeight: 1.3 },
      rows: [
        line(F.name.label, 'applicant.name'),
        line(F.employer.label, 'applicant.employer'),
        line(F.series.label, 'applicant.series'),
        line(F.specialty.label, 'applicant.specialty'),
        line(F.titleName.label, 'derived.titleAndLevel'),
        line(F.committee.label, 'applicant.committee'),
        {
          cells: [label('填表时间', { style: { size: 15 } }), { text: DEFAULTS.dateBlanks, style: { size: 15, align: 'center' }, borders: { bottom: 0.75 } }],
          minHeight: 14,
        },
      ],
    },
    { type: 'spacer', height: 50 },
    { type: 'paragraph', text: '辽宁省人力资源和社会保障厅制', style: { size: 15, align: 'center' } },
    { type: 'pageBreak' },
    { type: 'title', text: '填 表 说 明', style: { size: 18 }, spaceAfter: 6 },
    ...EVALUATION_INSTRUCTIONS.map((t): Block => ({ type: 'paragraph', text: t, indent: 2, style: { size: 12, lineHeight: 1.8 }, spaceAfter: 1 })),
    { type: 'pageBreak' },
  ];
}

function basicInfo(): Table {
  const photo: Cell = { rowSpan: 4, blocks: [{ type: 'photoBox' }], valign: 'middle' };
  const rows: Row[] = [
    { cells: [label('基本情况', { colSpan: 7, style: { align: 'left', bold: true } })] },
    { cells: [label(F.name.label), value('applicant.name'), label(F.gender.label), value('applicant.gender'), label(F.birthMonth.label), value('applicant.birthMonth', { format: 'month' }), photo] },
    { cells: [label(F.ethnicity.label), value('applicant.ethnicity'), label(F.idNumber.label), value('applicant.idNumber', { colSpan: 3 })] },
    { cells: [label(F.workStart.label), value('applicant.workStart', { format: 'month', colSpan: 2 }), label('专业技术工作年限'), value('derived.blank', { colSpan: 2 })] },
    { cells: [label(F.employer.label), value('applicant.employer', { colSpan: 5 })] },
    { cells: [label(F.adminPost.label), value('applicant.adminPost', { colSpan: 2 }), label(F.currentPost.label), value('applicant.currentPost', { colSpan: 3 })] },
    { cells: [label(F.currentTitle.label), value('applicant.currentTitle', { colSpan: 2 }), label(F.currentTitleDate.label), value('applicant.currentTitleDate', { format: 'month', colSpan: 3 })] },
    { cells: [label(F.series.label), value('applicant.series', { colSpan: 2 }), label(F.specialty.label), value('applicant.specialty', { colSpan: 3 })] },
    { cells: [label(F.titleName.label), value('derived.titleAndLevel', { colSpan: 2 }), label(F.committee.label), value('applicant.committee', { colSpan: 3 })] },
  ];
  return { type: 'table', columns: [24, 26, 16, 22, 22, 30, 30], rows: minRows(rows, 9), style: { lineHeight: 1.3 }, spaceAfter: 3 };
}

function credentials(data: ApplicantData): Table {
  const n = data.applicant.credentials.length;
  const header: Cell[] = [
    label(XUELI_FIELDS.kind.label, { style: { align: 'center' } }),
    label(`${XUELI_FIELDS.school.label}／${XUEWEI_FIELDS.school.label}`, { style: { align: 'center' } }),
    label(XUELI_FIELDS.major.label, { style: { align: 'center' } }),
    label(`${XUELI_FIELDS.level.label}／${XUEWEI_FIELDS.degree.label}`, { style: { align: 'center' } }),
    label(`${XUELI_FIELDS.gradDate.label}／${XUEWEI_FIELDS.degreeDate.label}`, { style: { align: 'center' } }),
    label(XUELI_FIELDS.certNo.label, { style: { align: 'center' } }),
    label('查验方式及结果', { style: { align: 'center' } }),
  ];
  const rows: Row[] = [
    { cells: [label(F.credentials.label, { colSpan: 7, style: { align: 'left', bold: true } })] },
    { cells: header },
  ];
  for (let i = 0; i < n; i++) {
    rows.push({
      cells: [
        value(`derived.credentials.${i}.kind`, { style: { align: 'center' } }),
        value(`applicant.credentials.${i}.school`),
        value(`applicant.credentials.${i}.major`),
        value(`derived.credentials.${i}.level`, { style: { align: 'center' } }),
        value(`derived.credentials.${i}.date`, { format: 'date' }),
        value(`applicant.credentials.${i}.certNo`),
        value(`derived.credentials.${i}.route`, { style: { align: 'center' } }),
      ],
    });
  }
  if (n === 0) rows.push({ cells: Array.from({ length: 7 }, () => ({ text: '' })) });
  return { type: 'table', columns: [12, 26, 20, 19, 27, 38, 28], rows: minRows(rows, 8), headerRows: 2, style: { lineHeight: 1.3, size: 9 }, spaceAfter: 3 };
}

function histories(data: ApplicantData): Table[] {
  const a = data.applicant;
  return [
    historyTable({ title: F.study.label, fields: STUDY_FIELDS, columns: ['from', 'to', 'school', 'major', 'credential'], widths: [26, 26, 48, 40, 30], path: 'applicant.study', count: a.study.length, formats: { from: 'month', to: 'month' } }),
    historyTable({ title: F.work.label, fields: WORK_FIELDS, columns: ['from', 'to', 'employer', 'work', 'post'], widths: [26, 26, 48, 40, 30], path: 'applicant.work', count: a.work.length, formats: { from: 'month', to: 'month' } }),
    historyTable({ title: F.training.label, fields: TRAINING_FIELDS, columns: ['from', 'to', 'content', 'hours'], widths: [26, 26, 94, 24], path: 'applicant.training', count: a.training.length, formats: { from: 'month', to: 'month' } }),
    historyTable({ title: F.achievements.label, fields: ACHIEVEMENT_FIELDS, columns: ['text'], widths: [158], numbered: 12, path: 'applicant.achievements', count: a.achievements.length, blankRows: 3 }),
    historyTable({ title: F.papers.label, fields: PAPER_FIELDS, columns: ['title', 'publication', 'date', 'role'], widths: [58, 46, 26, 28], numbered: 12, path: 'applicant.papers', count: a.papers.length, formats: { date: 'month' } }),
    historyTable({ title: F.awards.label, fields: AWARD_FIELDS, columns: ['date', 'name', 'grantor', 'rank'], widths: [26, 50, 48, 34], numbered: 12, path: 'applicant.awards', count: a.awards.length, formats: { date: 'month' } }),
  ];
}

/** The applicant's pledge and signature, at the end of what the applicant fills in. */
function pledge(): Block[] {
  return [
    {
      type: 'table',
      columns: [170],
      rows: [
        {
          cells: [
            {
              blocks: [
                { type: 'paragraph', text: EVALUATION_PLEDGE, indent: 2, style: { size: 10.5, lineHeight: 1.6 }, spaceBefore: 2 },
                { type: 'signatureLine', label: '申报人' },
              ],
            },
          ],
        },
      ],
      spaceAfter: 3,
    },
  ];
}

function opinions(): Block[] {
  const row = (title: string, prompt: string | undefined, signer: string, seal: string): Row => ({
    cells: [label(title, { style: { align: 'center' } }), { blocks: opinionBlocks({ prompt, signer, seal, space: 6 }) }],
  });
  return [
    {
      type: 'table',
      columns: [24, 146],
      rows: [
        row('单位推荐意见', '（考评小组意见、公示情况）', '负责人', '（单位公章）'),
        row('主管部门审核意见', undefined, '负责人', '（主管部门公章）'),
        row('人力资源社会保障部门审核意见', undefined, '负责人', '（人社部门公章）'),
      ],
      spaceAfter: 3,
    },
  ];
}

/** 评定结论 after a recorded pass: its words and the values woven in (underlined on the form, to be read as filled in). */
const CONCLUSION: readonly (string | { path: string; underline: boolean; blank?: string })[] = [
  '经',
  { path: 'applicant.committee', underline: true, blank: '　　　　　　' },
  '评审，',
  { path: 'applicant.name', underline: true },
  '同志具备',
  { path: 'applicant.specialty', underline: true },
  '专业',
  { path: 'derived.title', underline: true },
  '（',
  { path: 'applicant.level', underline: false },
  '）专业技术资格。',
];

/** The 评定结论 as one line of text ('' unless the vote carries a recorded pass): for templates that print it whole. */
export function evaluationConclusion(applicant: Applicant, title: string): string {
  if (!passedByVote(applicant)) return '';
  const data = { applicant, derived: { title } };
  return CONCLUSION.map((p) => (typeof p === 'string' ? p : formatValue(lookup(data, p.path)) || (p.blank ?? ''))).join('');
}

function committee(passed: boolean): Block[] {
  const blank = (path: string) => bind(path, 'text', true, '　　　');
  // The conclusion exists only after a recorded pass its numbers carry; until then the block has room to write.
  const conclusion: CellBlock[] = passed
    ? [
        {
          type: 'paragraph',
          indent: 2,
          spaceBefore: 3,
          style: { lineHeight: 1.8 },
          text: CONCLUSION.map((p) => (typeof p === 'string' ? p : bind(p.path, 'text', p.underline, p.blank))),
        },
      ]
    : [{ type: 'paragraph', text: '评定结论：', spaceBefore: 3 }, { type: 'spacer', height: 12 }];
  return [
    {
      type: 'table',
      columns: [24, 146],
      rows: [
        {
          cells: [
            label('评定情况', { style: { align: 'center' } }),
            {
              blocks: [
                { type: 'paragraph', text: ['评审会议日期：', bind('derived.meetingDate', 'date', true, '　　　　年　　月　　日')], spaceBefore: 2 },
                { type: 'paragraph', text: ['评委会总人数', blank('derived.vote.committeeSize'), '人，出席人数', blank('derived.vote.present'), '人。'], spaceBefore: 2 },
                {
                  type: 'paragraph',
                  text: ['表决结果：同意', blank('derived.vote.votesFor'), '人，不同意', blank('derived.vote.votesAgainst'), '人，弃权', blank('derived.vote.abstentions'), '人。'],
                  spaceBefore: 2,
                },
                ...conclusion,
                { type: 'spacer', height: 4 },
                { type: 'sealBox', caption: '（评委会公章）' },
                { type: 'signatureLine', label: '主任委员' },
              ],
            },
          ],
        },
        {
          cells: [
            label('核准备案意见', { style: { align: 'center' } }),
            { blocks: [{ type: 'spacer', height: 10 }, { type: 'sealBox', caption: '（人社部门公章）' }, { type: 'signatureLine', label: '人社部门', action: '盖章' }] },
          ],
        },
      ],
    },
  ];
}

export const evaluation = defineForm({
  id: 'evaluation',
  title: '辽宁省专业技术资格评定表',
  fileName: '专业技术资格评定表',
  input: 'applicant',
  build(data) {
    const plan = planOf(data);
    const vote = voteOf(data.applicant);
    const derived = {
      blank: '',
      title: plan.titleName,
      titleAndLevel: titleAndLevel(plan.titleName, data.applicant.level),
      meetingDate: data.applicant.meetingDate,
      vote: Object.fromEntries(Object.entries(vote).map(([k, v]) => [k, v === null ? '' : String(v)])),
      credentials: plan.credentials.map((s) => ({
        kind: CREDENTIAL_KIND_LABELS[s.credential.kind],
        level: credentialLevel(s.credential),
        date: credentialDate(s.credential),
        route: verificationMethod(s),
      })),
    };
    return {
      title: `辽宁省专业技术资格评定表（${data.applicant.name}）`,
      page: A4,
      data: { ...data, derived },
      body: [
        ...cover(),
        basicInfo(),
        credentials(data),
        ...histories(data),
        ...pledge(),
        { type: 'pageBreak' },
        ...opinions(),
        ...committee(passedByVote(data.applicant)),
      ],
    };
  },
});
