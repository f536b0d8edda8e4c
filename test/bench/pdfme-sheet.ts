// The verification sheet (forms/definitions/verification.ts) as a @pdfme template, for a like-for-like speed and size
// comparison: A4, same three tables with the same columns and 7.5 mm rows, same labels and values, QR code for the
// re-verification URL, signature lines and a seal box. Cells are bordered text boxes (pdfme has no row/col spans, so
// the grid is placed by hand). One template per set of result fields, as a pdfme user would keep one per report kind.
import type { Font, Schema, Template } from '@pdfme/common';
import { barcodes, rectangle, text } from '@pdfme/schemas';
import type { ApplicantCredentialData } from '../../forms/definitions/form';
import { reverifyUrl, sheetValues } from '../../forms/definitions/verification';
import { formatValue } from '../../forms/document/resolve';
import {
  APPLICANT_FIELDS,
  REPORT_FIELDS,
  REPORT_FIELD_KEYS,
  XUELI_FIELDS,
  XUEWEI_FIELDS,
  credentialLevel,
  type ReportFieldKey,
} from '../../shared/model';
import { XUELI_KEYS, XUEWEI_KEYS } from '../../shared/rules';

export const PDFME_PLUGINS = { text, rectangle, qrcode: barcodes.qrcode };

/** The CJK font the way pdfme's docs say: TTF bytes under a name, `fallback: true` (subset by default). */
// (Copied once: pdfme's type wants an ArrayBuffer-backed array, the loader's may be any ArrayBufferLike.)
export const pdfmeFont = (ttf: Uint8Array): Font => ({ NotoSerifSC: { data: new Uint8Array(ttf), fallback: true } });

const LEFT = 20;
const ROW = 7.5;
type Cell = { w: number; h?: number; label?: string; field?: string };

/** The sheet's layout and its field values (pdfme inputs) for one credential. */
export function pdfmeSheet(data: ApplicantCredentialData): { template: Template; input: Record<string, string> } {
  const { applicant, credential, record } = data;
  const xueli = credential.kind === 'xueli';
  const keys: ReportFieldKey[] = record ? REPORT_FIELD_KEYS.filter((k) => record.fields[k]) : [...(xueli ? XUELI_KEYS : XUEWEI_KEYS)];
  const qrUrl = reverifyUrl(record);
  const sheet = sheetValues(data);
  const input: Record<string, string> = {
    name: applicant.name,
    idNumber: applicant.idNumber,
    school: credential.school,
    major: credential.major,
    level: credentialLevel(credential),
    certNo: credential.certNo,
    date: formatValue(xueli ? credential.gradDate : credential.degreeDate, 'date'),
    unit: sheet.unit,
    site: sheet.site,
    vcode: record?.vcode ?? '',
    time: record ? formatValue(record.capturedAt, 'datetime') : '',
    url: record?.url ?? '',
    sha: record ? `SHA-256：${record.sha256}` : 'SHA-256：',
    outcome: sheet.outcome,
    comparison: sheet.comparison,
    ...Object.fromEntries(keys.map((k) => [`r_${k}`, record?.fields[k]?.raw ?? ''])),
  };
  if (qrUrl) input.qr = qrUrl;
  const cacheKey = `${credential.kind}|${keys.join(',')}|${qrUrl ? 'qr' : ''}`;
  let template = templates.get(cacheKey);
  if (!template) templates.set(cacheKey, (template = buildTemplate(credential.kind, keys, !!qrUrl, !record)));
  return { template, input };
}

const templates = new Map<string, Template>();

function buildTemplate(kind: 'xueli' | 'xuewei', keys: ReportFieldKey[], qr: boolean, blank: boolean): Template {
  const xueli = kind === 'xueli';
  const F = xueli ? XUELI_FIELDS : XUEWEI_FIELDS;
  const schemas: Schema[] = [];
  let n = 0;
  const box = (x: number, y: number, w: number, h: number, extra: Record<string, unknown>) =>
    schemas.push({ name: `s${n++}`, type: 'text', position: { x, y }, width: w, height: h, fontSize: 10.5, lineHeight: 1.3, alignment: 'left', verticalAlignment: 'middle', characterSpacing: 0, fontColor: '#000000', backgroundColor: '', ...extra } as Schema);
  const heading = (y: number, t: string, size = 12, h = 6, align = 'left') => box(LEFT, y, 170, h, { readOnly: true, content: t, fontSize: size, alignment: align });
  /** A table: rows of cells left to right; returns the y below it. */
  const table = (y: number, rows: Cell[][]) => {
    for (const row of rows) {
      let x = LEFT;
      const rowH = Math.max(...row.map((c) => c.h ?? ROW));
      for (const c of row) {
        const border = { borderWidth: { top: 0.2, right: 0.2, bottom: 0.2, left: 0.2 }, borderColor: '#000000', padding: { top: 1, bottom: 1, left: 1.5, right: 1.5 } };
        if (c.label !== undefined) box(x, y, c.w, rowH, { ...border, readOnly: true, content: c.label, alignment: 'center' });
        else {
          box(x, y, c.w, rowH, border);
          schemas[schemas.length - 1]!.name = c.field!;
        }
        x += c.w;
      }
      y += rowH;
    }
    return y;
  };

  let y = 25;
  heading(y, `${xueli ? '学历' : '学位'}在线查验结果单`, 22, 10, 'center');
  y += 13;
  if (blank) {
    heading(y, '（尚未在线查验：请查验人按网页内容如实填写以下空白栏目）', 10.5, 5, 'center');
    y += 7;
  }
  heading(y, '一、申报信息');
  y = table(y + 7.5, [
    [{ w: 30, label: APPLICANT_FIELDS.name.label }, { w: 55, field: 'name' }, { w: 30, label: APPLICANT_FIELDS.idNumber.label }, { w: 55, field: 'idNumber' }],
    [{ w: 30, label: F.school.label }, { w: 140, field: 'school' }],
    [{ w: 30, label: F.major.label }, { w: 55, field: 'major' }, { w: 30, label: xueli ? XUELI_FIELDS.level.label : XUEWEI_FIELDS.degree.label }, { w: 55, field: 'level' }],
    [{ w: 30, label: F.certNo.label }, { w: 55, field: 'certNo' }, { w: 30, label: xueli ? XUELI_FIELDS.gradDate.label : XUEWEI_FIELDS.degreeDate.label }, { w: 55, field: 'date' }],
  ]);
  heading(y + 3, '二、网上查验结果（照录网页内容）');
  const pairs: Cell[][] = [];
  for (let i = 0; i < keys.length; i += 2) {
    const [a, b] = [keys[i]!, keys[i + 1]];
    pairs.push(
      b
        ? [{ w: 30, label: REPORT_FIELDS[a].label }, { w: 55, field: `r_${a}` }, { w: 30, label: REPORT_FIELDS[b].label }, { w: 55, field: `r_${b}` }]
        : [{ w: 30, label: REPORT_FIELDS[a].label }, { w: 140, field: `r_${a}` }],
    );
  }
  y = table(y + 3 + 7.5, pairs);
  heading(y + 3, '三、查验信息');
  const top = y + 3 + 7.5;
  y = table(top, [
    [{ w: 30, label: '查验单位' }, { w: 114, field: 'unit' }],
    [{ w: 30, label: '查验网站' }, { w: 40, field: 'site' }, { w: 24, label: '在线验证码' }, { w: 50, field: 'vcode' }],
    [{ w: 30, label: '查验时间' }, { w: 114, field: 'time' }],
    [{ w: 30, label: '报告网址', h: 10.5 }, { w: 114, field: 'url', h: 10.5 }],
    [{ w: 30, label: '页面指纹', h: 10.5 }, { w: 140, field: 'sha', h: 10.5 }],
    [{ w: 30, label: '查验结论' }, { w: 140, field: 'outcome' }],
    [{ w: 30, label: '比对情况', h: 12 }, { w: 140, field: 'comparison', h: 12 }],
  ]);
  // The QR cell spans the first four rows of 三 (26 mm wide), as in ours: the code and its caption.
  schemas.push({ name: 'qrCell', type: 'rectangle', position: { x: LEFT + 144, y: top }, width: 26, height: 3 * ROW + 10.5, borderWidth: 0.2, borderColor: '#000000', color: '', readOnly: true } as Schema);
  if (qr) {
    schemas.push({ name: 'qr', type: 'qrcode', position: { x: LEFT + 147.5, y: top + 0.5 }, width: 19, height: 19, backgroundColor: '#ffffff', barColor: '#000000' } as Schema);
    box(LEFT + 144, top + 20, 26, 5, { readOnly: true, content: '扫码复核', alignment: 'center', fontSize: 9 });
  }
  y += 10;
  for (const line of ['查验人（签字）：________________', '单位（盖章）：________________', '日期：　　　　年　　月　　日']) {
    heading(y, line, 12, 8);
    y += 10;
  }
  schemas.push({ name: 'seal', type: 'rectangle', position: { x: LEFT + 110, y: y - 32 }, width: 40, height: 30, borderWidth: 0.2, borderColor: '#000000', color: '', readOnly: true } as Schema);
  return { basePdf: { width: 210, height: 297, padding: [0, 0, 0, 0] }, schemas: [schemas] };
}
