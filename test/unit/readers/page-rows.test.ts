// The page's own order of its fields and extras: kept by the readers, stored with the record, printed by the sheet.
import { describe, expect, it } from 'vitest';
import { pageRows, VerificationRecord, type ReadField } from '../../../shared/model';
import { readPage } from '../../../extension/readers';
import { fixtureHtml, parsePage } from './fixtures';

const f = (label: string, raw: string): ReadField => ({ label, raw, value: raw, image: false });

describe('pageRows', () => {
  it('gives fields and extras in the page order', () => {
    const rows = pageRows({
      fields: { certNo: f('证书编号', '1'), name: f('姓名', '陈某') },
      extra: [{ label: '入学方式', raw: '普通高考' }],
      order: ['fields.name', 'extra.0', 'fields.certNo'],
    });
    expect(rows.map((r) => [r.label, r.raw, r.path])).toEqual([
      ['姓名', '陈某', 'fields.name'],
      ['入学方式', '普通高考', 'extra.0'],
      ['证书编号', '1', 'fields.certNo'],
    ]);
    expect(rows.map((r) => r.key)).toEqual(['name', undefined, 'certNo']);
  });
  it('puts what the order does not name (records made before it) in the model order, extras last', () => {
    const rows = pageRows({ fields: { certNo: f('证书编号', '1'), name: f('姓名', '陈某') }, extra: [{ label: '备注', raw: '无' }] });
    expect(rows.map((r) => r.path)).toEqual(['fields.name', 'fields.certNo', 'extra.0']);
  });
  it('ignores order entries that point at nothing', () => {
    expect(pageRows({ fields: {}, extra: [], order: ['fields.name', 'extra.3', 'fields.nope'] })).toEqual([]);
  });
});

/** The 照录 part of the verification sheet built from a fixture read and stored as a record. */
async function sheetOf(file: string, url: string, credentialId: string) {
  const read = readPage(parsePage(fixtureHtml(file)), url);
  const { sampleCredential } = await import('../../../shared/sample/applicants');
  const { applicant, credential } = sampleCredential(credentialId);
  const record = VerificationRecord.parse({
      schemaVersion: 1, id: 'r1', applicantId: applicant.id, credentialId: credential.id, site: 'chsi', pageKind: read.kind,
      pageOutcome: read.outcome, url, capturedAt: '2026-11-25T10:00:00Z', fields: read.fields, extra: read.extra, order: read.order,
      vcode: read.vcode, sha256: 'a'.repeat(64), outcome: 'verified', comparison: [], confirmedByEye: [], warnings: [],
  });
  const { buildDocument } = await import('../../../forms/render');
  const doc = buildDocument('verification', { applicant, credential, record, settings: { unitName: '示例单位' } } as never);
  const all = JSON.stringify(doc.body);
  return { record, body: all.slice(all.indexOf('二、网上查验结果'), all.indexOf('三、查验信息')) };
}

describe('the verification sheet prints the page in its order', () => {
  it('prints every row of the read page, the extra included, where the page shows it', async () => {
    const { record, body } = await sheetOf('xueli-report-mobile-2024.html', 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A5C9E2G6J3L8N1Q4', 'a11-xl1');
    const at = (s: string) => body.indexOf(s);
    const labels = pageRows(record).map((r) => `"${r.label}"`);
    expect(labels).toContain('"入学方式"');
    for (const l of labels) expect(at(l), l).toBeGreaterThan(0);
    // In the page's order: each label after the one before it, the extra between 入学日期 and 毕(结)业日期.
    for (let i = 1; i < labels.length; i++) expect(at(labels[i]!), labels[i]).toBeGreaterThan(at(labels[i - 1]!));
    expect(body).toContain('"bind":"record.extra.0.raw"');
  });
  it('prints the report\'s 报告日期 and 验证期至 where the page shows them, and the record keeps them', async () => {
    const { record, body } = await sheetOf('xueli-report-2017.html', 'https://www.chsi.com.cn/xlcx/bg.do?vcode=602133845172', 'a01-xl2');
    expect(record.fields.validUntil).toEqual({ label: '验证期至', raw: '2017年11月12日', value: '2017-11-12', image: false });
    expect(body.indexOf('"验证期至"')).toBeGreaterThan(body.indexOf('"报告日期"'));
    expect(body.indexOf('"姓名"')).toBeGreaterThan(body.indexOf('"验证期至"'));
    expect(body).toContain('"bind":"record.fields.validUntil.raw"');
  });
});
