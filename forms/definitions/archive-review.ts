// 个人学历、学位信息审查情况材料: for credentials the sites cannot verify (学历 before 2002届, 学位 before 2008-09-01,
// foreign, not found online, or sent to the archive by the clerk): the personnel-archive office states what the file
// shows (../shared/forms.md §3). Planned only for applicants with such a credential.
import {
  APPLICANT_FIELDS,
  CREDENTIAL_KIND_LABELS,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  credentialDate,
  credentialDateLabel,
  credentialLevelLabel,
  credentialLevel,
  type Credential,
} from '../../shared/model';
import type { Block, Row } from '../document/model';
import { defineForm, planOf, type ApplicantData } from './form';
import { A4, label, minRows, value } from './parts';

/** Credentials this sheet is for: those whose route is archive review, each with the real reason. */
function archiveCredentials(data: ApplicantData): { credential: Credential; index: number; reason: string }[] {
  return planOf(data).credentials.flatMap((s, index) =>
    s.route.route === 'archive-review' ? [{ credential: s.credential, index, reason: s.route.reason }] : [],
  );
}

// mm, summing to the 170 mm text width; the last column holds an 18-digit 学历证书编号 on one line.
const ARCHIVE_COLUMNS = [26, 32, 18, 32, 18, 44];

export const archiveReview = defineForm({
  id: 'archive-review',
  title: '个人学历、学位信息审查情况材料',
  fileName: '个人学历学位信息审查情况材料',
  input: 'applicant',
  build(data) {
    const items = archiveCredentials(data);
    const A = APPLICANT_FIELDS;
    const creds = items.map((it) => ({
      kind: CREDENTIAL_KIND_LABELS[it.credential.kind],
      level: credentialLevel(it.credential),
      date: credentialDate(it.credential),
      reason: it.reason,
    }));
    const person: Row[] = [
      { cells: [label(A.name.label), value('applicant.name'), label(A.gender.label), value('applicant.gender'), label(A.birthMonth.label), value('applicant.birthMonth', { format: 'month' })] },
      { cells: [label(A.idNumber.label), value('applicant.idNumber', { colSpan: 5 })] },
      { cells: [label(A.employer.label), value('applicant.employer', { colSpan: 5 })] },
      { cells: [label(A.series.label), value('applicant.series'), label(A.specialty.label), value('applicant.specialty'), label(A.level.label), value('applicant.level')] },
    ];
    const credentialRows = (i: number): Row[] => {
      const c = items[i]!.credential;
      const K = c.kind === 'xueli' ? XUELI_FIELDS : XUEWEI_FIELDS;
      const p = `applicant.credentials.${items[i]!.index}`;
      return [
        { cells: [label(`${creds[i]!.kind}（${i + 1}）`, { colSpan: 6, style: { align: 'left', bold: true } })] },
        { cells: [label(K.school.label), value(`${p}.school`, { colSpan: 3 }), label(credentialLevelLabel(c)), value(`creds.${i}.level`)] },
        { cells: [label(K.major.label), value(`${p}.major`, { colSpan: 3 }), label(K.studyMode.label), value(`${p}.studyMode`)] },
        { cells: [label(K.enrolDate.label), value(`${p}.enrolDate`, { format: 'date' }), label(credentialDateLabel(c)), value(`creds.${i}.date`, { format: 'date' }), label(K.certNo.label), value(`${p}.certNo`)] },
        { cells: [label('未能在线查验的原因'), value(`creds.${i}.reason`, { colSpan: 5 })] },
        {
          cells: [
            label('档案记载情况（审查结论）'),
            { colSpan: 5, blocks: [{ type: 'paragraph', text: '经查阅本人人事档案，档案中记载的该学历（学位）信息：□ 与申报一致　□ 与申报不一致　□ 档案无记载', style: { size: 10.5 } }, { type: 'spacer', height: 16 }] },
          ],
        },
      ];
    };
    const body: Block[] = [
      { type: 'title', text: '个人学历、学位信息审查情况材料', spaceAfter: 5 },
      { type: 'table', columns: ARCHIVE_COLUMNS, rows: minRows(person, 9), style: { lineHeight: 1.3 }, spaceAfter: 4 },
      ...items.map((_, i): Block => ({ type: 'table', columns: ARCHIVE_COLUMNS, rows: minRows(credentialRows(i), 9), style: { lineHeight: 1.3 }, spaceAfter: 4 })),
      {
        type: 'table',
        columns: [ARCHIVE_COLUMNS[0]!, ARCHIVE_COLUMNS.slice(1).reduce((a, b) => a + b)],
        rows: [
          { cells: [label('档案管理部门'), { text: '' }], minHeight: 10 },
          {
            cells: [
              label('审查意见'),
              {
                blocks: [
                  { type: 'spacer', height: 14 },
                  { type: 'sealBox', caption: '（档案管理部门公章）' },
                  { type: 'signatureLine', label: '经办人', date: false },
                  { type: 'signatureLine', label: '责任人' },
                ],
              },
            ],
          },
        ],
      },
    ];
    return { title: `个人学历、学位信息审查情况材料（${data.applicant.name}）`, page: A4, data: { ...data, creds }, body };
  },
});
