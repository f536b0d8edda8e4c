// 材料核对清单: every applicant of the export, the way and title, each credential's verification as the plan states
// it, and what still blocks the dossier. One definition: the export encodes it as PDF and XLSX.
import { APPLICANT_FIELDS } from '../../shared/model';
import { credentialName, planApplicant, titleAndLevel, verificationMethod } from '../../shared/rules';
import type { Block, Row } from '../document/model';
import { reviewYear } from './committee';
import { defineForm } from './form';
import { A4, label, minRows, value } from './parts';

const A = APPLICANT_FIELDS;

export const checklist = defineForm({
  id: 'checklist',
  title: '材料核对清单',
  fileName: '材料核对清单',
  input: 'committee',
  build(data) {
    const plans = data.applicants.map((a) => planApplicant(a, data.records ?? [], data.settings));
    const open = (p: (typeof plans)[number]) => p.blockers.length > 0 || p.voteProblems.length > 0;
    const blocked = plans.filter(open).length;
    const items = plans.map((p) => ({
      name: p.applicant.name,
      employer: p.applicant.employer,
      way: p.way,
      title: titleAndLevel(p.titleName, p.applicant.level),
      credentials: p.credentials.map((s) => `${credentialName(s.credential)}：${verificationMethod(s)}`).join('\n'),
      state: open(p) ? '未齐全' : '齐全',
      todo: [...p.voteProblems, ...p.blockers, ...(p.withheld.length ? ['单位诚信承诺书暂不生成'] : [])].join('\n'),
    }));
    const center = { style: { align: 'center' as const } };
    const rows: Row[] = [
      { cells: ['序号', A.name.label, A.employer.label, A.way.label, A.titleName.label, '学历学位查验', '材料', '待处理事项'].map((t) => label(t, center)) },
      ...items.map((_, i): Row => ({
        cells: [
          { text: String(i + 1), ...center },
          value(`items.${i}.name`, center),
          value(`items.${i}.employer`),
          value(`items.${i}.way`, center),
          value(`items.${i}.title`),
          value(`items.${i}.credentials`),
          value(`items.${i}.state`, center),
          value(`items.${i}.todo`),
        ],
      })),
    ];
    const year = reviewYear(data);
    const body: Block[] = [
      { type: 'title', text: `${year}年度职称申报材料核对清单`, style: { size: 18 }, spaceAfter: 3 },
      { type: 'paragraph', text: { bind: 'summary' }, style: { size: 10.5, align: 'center' }, spaceAfter: 3 },
      { type: 'table', columns: [9, 15, 24, 12, 22, 44, 11, 33], rows: minRows(rows, 8), headerRows: 1, style: { size: 9, lineHeight: 1.3 }, spaceAfter: 3 },
      {
        type: 'paragraph',
        text: '注：“材料”为“未齐全”的，其单位诚信承诺书不生成，待处理事项办结后重新导出。查验状态由查验记录与名册当前信息比对得出。',
        style: { size: 9.5, lineHeight: 1.5 },
      },
    ];
    return {
      title: `${year}年度职称申报材料核对清单`,
      page: A4,
      data: { ...data, items, summary: `共${items.length}人，材料齐全${items.length - blocked}人，未齐全${blocked}人` },
      body,
    };
  },
});
