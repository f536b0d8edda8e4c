// 学历／学位在线查验结果单: one per credential — the result exactly as the site showed it, where and when it was read,
// its fingerprint and a QR code to re-verify, then 查验人（签字） and 单位（盖章）. Without a record (not looked up yet)
// the sheet still renders, every result cell blank, to be filled in by hand from the site.
import {
  APPLICANT_FIELDS,
  CREDENTIAL_KIND_LABELS,
  REPORT_FIELDS,
  SITE_LABELS,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  credentialDate,
  credentialDateLabel,
  credentialLevelLabel,
  credentialLevel,
  pageRows,
  type FieldComparison,
  type PageRow,
  type VerificationRecord,
} from '../../shared/model';
import { CREDENTIAL_STATE_LABELS, XUELI_KEYS, XUEWEI_KEYS, credentialStatus, type CredentialStatus } from '../../shared/rules';
import type { Cell, Row } from '../document/model';
import { defineForm, type ApplicantCredentialData } from './form';
import { A4, label, minRows, value } from './parts';

/** The site's own re-verification address for a report's 在线验证码 (学信网 reports only). */
export function reverifyUrl(record: VerificationRecord | undefined): string {
  if (!record?.vcode || record.site !== 'chsi') return '';
  return `https://www.chsi.com.cn/xlcx/bg.do?vcode=${encodeURIComponent(record.vcode)}`;
}

/** What the comparison with the applicant's current declaration found, one line each. */
export function comparisonText(status: CredentialStatus): string {
  const { comparison } = status;
  const problems = comparison.filter((c) => c.status !== 'match');
  if (!problems.length) return comparison.length ? `与申报信息一致（共比对${comparison.length}项）` : '';
  // A mismatch's reason names its field; an image field's reason does not, so the label goes first.
  const line = (c: FieldComparison) =>
    c.status === 'unreadable' ? `${c.label}：${c.reason}` : (c.reason ?? `${c.label}：申报为“${c.expected ?? ''}”，页面为“${c.actual ?? ''}”`);
  return problems.map((c, i) => `${i + 1}. ${line(c)}`).join('\n');
}

/** Where a credential is looked up today (学信网 since 2022-08-15 for degrees too), named by the report it gives. */
const WHERE_TO_CHECK = {
  xueli: '学信网（《教育部学历证书电子注册备案表》）',
  xuewei: '学信网（《中国高等教育学位在线验证报告》）',
} as const;

/** 查验单位: the office that does the lookups (settings), else the applicant's own employer. */
export const checkingUnit = (settings: Pick<ApplicantCredentialData['settings'], 'unitName'>, applicant: Pick<ApplicantCredentialData['applicant'], 'employer'>): string =>
  settings.unitName || applicant.employer;

/** The sheet's derived values: what the state says, in the words printed. */
export function sheetValues(data: ApplicantCredentialData) {
  const { applicant, credential, record } = data;
  const status = credentialStatus(applicant, credential, record);
  const detail = status.state === 'pending' || status.state === 'confirm' ? status.problems.join('；') : '';
  return {
    status,
    unit: checkingUnit(data.settings, applicant),
    site: record ? SITE_LABELS[record.site] : WHERE_TO_CHECK[credential.kind],
    outcome: `${CREDENTIAL_STATE_LABELS[status.state]}${detail ? `（${detail}）` : ''}`,
    comparison: comparisonText(status),
    note: status.note ?? '',
  };
}

/** A value is "long" when it would not fit beside another pair (width in ems: half-width characters count half). */
const isLong = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1), 0) > 13;
const IMAGE_NOTE = '（页面以图片显示）';
const IMAGE_CONFIRMED = '（页面以图片显示，已目视核对）';
const IMAGE_DIFFERENT = '（页面以图片显示，目视核对与申报不一致）';

/** The rows the sheet 照录s: the record's fields and extras in the page's order, or the credential's blanks. */
function resultRows(data: ApplicantCredentialData): Row[] {
  const r = data.record;
  const shown: Pick<PageRow, 'label' | 'raw' | 'path' | 'key' | 'image'>[] = r
    ? pageRows(r)
    : (data.credential.kind === 'xueli' ? XUELI_KEYS : XUEWEI_KEYS).map((k) => ({ label: REPORT_FIELDS[k].label, raw: '', path: `fields.${k}`, key: k, image: false }));
  const cell = (row: (typeof shown)[number], colSpan: number): Cell => {
    const judged = (list: readonly string[]) => row.key !== undefined && list.includes(row.key);
    const note = row.image ? (judged(r!.confirmedByEye) ? IMAGE_CONFIRMED : judged(r!.differentByEye) ? IMAGE_DIFFERENT : IMAGE_NOTE) : '';
    const bind = { bind: `record.${row.path}.raw` };
    return { text: note ? [bind, note] : bind, colSpan };
  };
  const rows: Row[] = [];
  let pending: (typeof shown)[number] | undefined;
  const flush = () => {
    if (pending) rows.push({ cells: [label(pending.label), cell(pending, 3)] });
    pending = undefined;
  };
  for (const row of shown) {
    if (isLong(row.raw)) {
      flush();
      rows.push({ cells: [label(row.label), cell(row, 3)] });
    } else if (pending) {
      rows.push({ cells: [label(pending.label), cell(pending, 1), label(row.label), cell(row, 1)] });
      pending = undefined;
    } else pending = row;
  }
  flush();
  return rows;
}

export const verification = defineForm({
  id: 'verification',
  title: '学历／学位在线查验结果单',
  fileName: '学历学位查验结果单',
  input: 'applicant-credential',
  fileSuffix: ({ credential }) => `${CREDENTIAL_KIND_LABELS[credential.kind]}-${credentialLevel(credential)}`,
  build(data) {
    const { credential, record } = data;
    const kind = CREDENTIAL_KIND_LABELS[credential.kind];
    const F = credential.kind === 'xueli' ? XUELI_FIELDS : XUEWEI_FIELDS;
    const qrUrl = reverifyUrl(record);
    const { status: _status, ...values } = sheetValues(data);
    const sheet = {
      ...values,
      level: credentialLevel(credential),
      date: credentialDate(credential),
      qrUrl,
    };
    const declared: Row[] = [
      { cells: [label(APPLICANT_FIELDS.name.label), value('applicant.name'), label(APPLICANT_FIELDS.idNumber.label), value('applicant.idNumber')] },
      { cells: [label(F.school.label), value('credential.school', { colSpan: 3 })] },
      { cells: [label(F.major.label), value('credential.major'), label(credentialLevelLabel(credential)), value('sheet.level')] },
      { cells: [label(F.certNo.label), value('credential.certNo'), label(credentialDateLabel(credential)), value('sheet.date', { format: 'date' })] },
    ];
    const qrCell: Cell = qrUrl
      ? { rowSpan: 4, blocks: [{ type: 'qr', text: { bind: 'sheet.qrUrl' }, size: 23, align: 'center', caption: '扫码复核' }], valign: 'middle' }
      : { rowSpan: 4, text: '' };
    const check: Row[] = [
      { cells: [label('查验单位'), value('sheet.unit', { colSpan: 3 }), qrCell] },
      { cells: [label('查验网站'), value('sheet.site'), label('在线验证码'), value('record.vcode')] },
      { cells: [label('查验时间'), value('record.capturedAt', { format: 'datetime', colSpan: 3 })] },
      { cells: [label('报告网址'), value('record.url', { colSpan: 3 })] },
      { cells: [label('页面指纹'), { text: ['SHA-256：', { bind: 'record.sha256' }], colSpan: 4 }] },
      { cells: [label('查验结论'), value('sheet.outcome', { colSpan: 4 })] },
      { cells: [label('比对情况'), value('sheet.comparison', { colSpan: 4 })], minHeight: 12 },
      ...(sheet.note ? [{ cells: [label('查验人说明'), value('sheet.note', { colSpan: 4 })], minHeight: 12 }] : []),
    ];
    return {
      title: `${kind}在线查验结果单`,
      page: A4,
      data: { ...data, sheet },
      body: [
        { type: 'title', text: `${kind}在线查验结果单`, spaceAfter: 3 },
        ...(record
          ? []
          : [{ type: 'paragraph' as const, text: '（尚未在线查验：请查验人按网页内容如实填写以下空白栏目）', style: { size: 10.5, align: 'center' as const }, spaceAfter: 2 }]),
        { type: 'paragraph', text: '一、申报信息', style: { size: 12, bold: true, lineHeight: 1.2 }, spaceAfter: 1.5, keepWithNext: true },
        { type: 'table', columns: [30, 55, 30, 55], rows: minRows(declared, 7), style: { lineHeight: 1.3 } },
        { type: 'paragraph', text: `二、网上查验结果（照录网页内容）`, style: { size: 12, bold: true, lineHeight: 1.2 }, spaceBefore: 3, spaceAfter: 1.5, keepWithNext: true },
        { type: 'table', columns: [30, 55, 30, 55], rows: minRows(resultRows(data), record ? 7 : 9), style: { lineHeight: 1.3 } },
        { type: 'paragraph', text: '三、查验信息', style: { size: 12, bold: true, lineHeight: 1.2 }, spaceBefore: 3, spaceAfter: 1.5, keepWithNext: true },
        // The seal and signatures never fall on a page of their own: the check table keeps them with it.
        { type: 'table', columns: [30, 40, 24, 50, 26], rows: minRows(check, 7), style: { lineHeight: 1.3 }, keepWithNext: true },
        {
          type: 'table',
          columns: [85, 85],
          rules: { outer: 0, inner: 0 },
          spaceBefore: 4,
          rows: [
            {
              cells: [
                {
                  blocks: [
                    { type: 'spacer', height: 6 },
                    { type: 'signatureLine', label: '查验人', align: 'left', lineWidth: 35, date: false },
                    { type: 'signatureLine', label: '单位', action: '盖章', align: 'left', lineWidth: 35, date: false },
                    { type: 'signatureLine', label: '日期', action: '', align: 'left', lineWidth: 0, date: true },
                  ],
                },
                { blocks: [{ type: 'sealBox', align: 'center' }] },
              ],
            },
          ],
        },
      ],
    };
  },
});
