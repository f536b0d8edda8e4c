// Issue 12, item 15 (the smaller ones not covered elsewhere): the snapshot sanitiser, the record URL on restore, the
// canonical URL, and a write failure's message.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { writeProblem } from '../../../forms/cli/safe-write';
import { snapshotHtml } from '../../../extension/content/snapshot';
import { canonicalReportUrl } from '../../../extension/readers/url';
import { SCHEMA_VERSION } from '../../../shared/model';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { parseBackup } from '../../../shared/store/backup-file';
import { record } from '../export/helpers';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('smaller holes', () => {
  it('the snapshot drops <base> and javascript: URLs however they are spelt (tab, newline, leading controls)', () => {
    const html = snapshotHtml(
      doc(`<html><head><base href="https://evil.example/"></head><body>
        <a id="t" href="java&#9;script:alert(1)">t</a><a id="n" href="java&#10;script:alert(1)">n</a>
        <a id="c" href="&#1; javascript:alert(1)">c</a><a id="ok" href="/xlcx/bg.do?vcode=1">ok</a></body></html>`),
    );
    expect(html).not.toContain('<base');
    expect(html).not.toMatch(/script:alert/);
    expect(html).toContain('href="/xlcx/bg.do?vcode=1"');
  });

  it('restore refuses a record whose URL is on another host (it would be printed as 报告网址)', () => {
    const a = sampleApplicant('a01');
    const r = { ...record(a.id, a.credentials[0]!.id, 'verified', '2026-10-12T10:00:00+08:00'), url: 'https://www.chsi.com.cn.evil.example/xlcx/bg.do?vcode=X' };
    const backup = { schemaVersion: SCHEMA_VERSION, app: 'zhicheng-desk', exportedAt: '2026-10-12T10:00:00+08:00', applicants: [a], records: [r], settings: {} };
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(/查验记录第1条的url：不是学信网或学位网的网址/);
  });

  it('the canonical URL drops user:password@ and ;jsessionid, keeping the report parameters', () => {
    expect(canonicalReportUrl('https://user:secret@www.chsi.com.cn/xlcx/bg.do;jsessionid=ABC123?vcode=ABCDEFGH12345678&srcid=x#top')).toBe(
      'https://www.chsi.com.cn/xlcx/bg.do?vcode=ABCDEFGH12345678',
    );
  });

  it('a write failure says 没有写入权限, not 没有读取权限', () => {
    expect(writeProblem(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('没有写入权限');
    expect(writeProblem(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('空间不足');
  });
});
