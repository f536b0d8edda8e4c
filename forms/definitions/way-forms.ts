// The forms of the two ways to a title that need no committee (抚人社发〔2019〕60号 item 15):
// 《资格考试合格人员登记表》 (考试, 以考代评) and 《抚顺市大、中专毕业生确定专业技术资格审核表》 (认定).
// Reconstructed: no official copy was found in public material. Rows and labels are data here, easy to change.
import { APPLICANT_FIELDS, credentialDate, credentialDateLabel, type Credential } from '../../shared/model';
import { slotOrder } from '../../shared/roster/slots';
import { titleAndLevel, verificationMethod, type ApplicantPlan } from '../../shared/rules';
import type { Block, Cell, Row } from '../document/model';
import { defineForm, planOf, type ApplicantData } from './form';
import { A4, label, minRows, opinionBlocks, value } from './parts';

const A = APPLICANT_FIELDS;
const COLUMNS = [28, 30, 22, 30, 30, 30];

/** The highest 学历 (the one these forms ask for), with how it was verified. */
function highest(data: ApplicantData, plan: ApplicantPlan): { credential?: Credential; method: string } {
  const credential = slotOrder(data.applicant.credentials.filter((c) => c.kind === 'xueli'))[0];
  const status = plan.credentials.find((s) => s.credential === credential);
  return { ...(credential ? { credential } : {}), method: status ? verificationMethod(status) : '' };
}

function derivedOf(data: ApplicantData) {
  const plan = planOf(data);
  const h = highest(data, plan);
  const c = h.credential;
  return {
    title: titleAndLevel(plan.titleName, data.applicant.level),
    school: c?.school ?? '',
    major: c?.major ?? '',
    level: c && c.kind === 'xueli' ? c.level : '',
    date: c ? credentialDate(c) : '',
    dateLabel: credentialDateLabel({ kind: 'xueli' }),
    certNo: c?.certNo ?? '',
    method: h.method,
  };
}

/** 姓名 … 工作单位 with the photo box, then the highest 学历 and how it was verified. */
function personRows(): Row[] {
  const photo: Cell = { rowSpan: 2, blocks: [{ type: 'photoBox' }], valign: 'middle' };
  return [
    { cells: [label(A.name.label), value('applicant.name'), label(A.gender.label), value('applicant.gender'), label(A.birthMonth.label), value('applicant.birthMonth', { format: 'month' })] },
    { cells: [label(A.idNumber.label), value('applicant.idNumber', { colSpan: 4 }), photo] },
    { cells: [label(A.employer.label), value('applicant.employer', { colSpan: 4 })] },
    { cells: [label(A.workStart.label), value('applicant.workStart', { format: 'month' }), label(A.series.label), value('applicant.series'), label(A.specialty.label), value('applicant.specialty')] },
    { cells: [label('毕业院校'), value('derived.school', { colSpan: 3 }), label('学历'), value('derived.level')] },
    { cells: [label('所学专业'), value('derived.major', { colSpan: 3 }), label({ bind: 'derived.dateLabel' }), value('derived.date', { format: 'date' })] },
    { cells: [label('学历证书编号'), value('derived.certNo', { colSpan: 3 }), label('学历查验'), value('derived.method')] },
  ];
}

const opinionRow = (title: string, seal: string): Row => ({
  cells: [label(title, { style: { align: 'center' } }), { colSpan: 5, blocks: opinionBlocks({ signer: '负责人', seal, space: 8 }) }],
});

function build(data: ApplicantData, title: string, middle: Row[], opinions: Row[]) {
  const body: Block[] = [
    { type: 'title', text: title, style: { size: 18 }, spaceAfter: 5 },
    { type: 'table', columns: COLUMNS, rows: [...minRows([...personRows(), ...middle], 9), ...opinions], style: { lineHeight: 1.3 } },
  ];
  return { title: `${title}（${data.applicant.name}）`, page: A4, data: { ...data, derived: derivedOf(data) }, body };
}

export const examRegistration = defineForm({
  id: 'exam-registration',
  title: '资格考试合格人员登记表',
  fileName: '资格考试合格人员登记表',
  input: 'applicant',
  build: (data) =>
    build(
      data,
      '专业技术资格考试合格人员登记表',
      [
        { cells: [label('取得资格名称'), value('derived.title', { colSpan: 5 })] },
        { cells: [label('考试年度'), { text: '' }, label('合格证书编号'), { text: '', colSpan: 3 }] },
        { cells: [label('考试成绩'), { text: '', colSpan: 5 }] },
      ],
      [opinionRow('单位意见', '（单位公章）'), opinionRow('人力资源社会保障部门意见', '（人社部门公章）')],
    ),
});

export const graduateDetermination = defineForm({
  id: 'graduate-determination',
  title: '抚顺市大、中专毕业生确定专业技术资格审核表',
  fileName: '大中专毕业生确定专业技术资格审核表',
  input: 'applicant',
  build: (data) =>
    build(
      data,
      '抚顺市大、中专毕业生确定专业技术资格审核表',
      [
        { cells: [label('现从事专业'), value('applicant.specialty', { colSpan: 3 }), label('见习期满时间'), { text: '' }] },
        { cells: [label('拟确定资格'), value('derived.title', { colSpan: 5 })] },
        { cells: [label('见习期考核情况'), { text: '', colSpan: 5 }], minHeight: 30 },
      ],
      [opinionRow('单位意见', '（单位公章）'), opinionRow('主管部门意见', '（主管部门公章）'), opinionRow('人力资源社会保障部门审核意见', '（人社部门公章）')],
    ),
});
