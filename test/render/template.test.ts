// An office's own template, filled for the sample through `zhicheng forms --template --pdf` (LibreOffice converts each
// filled DOCX) and read back with poppler: every placeholder replaced, the 学历学位 loop repeats per credential, a
// pending applicant's conclusion stays empty, names beyond the BMP (𠮷) survive.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_KIND_LABELS, credentialLevel } from '../../shared/model';
import { passedByVote } from '../../shared/rules';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { zhicheng } from '../cli';
import { officeTemplate } from '../template/office-template';
import { pdfText, squashSpace } from './docx-libreoffice';

/** 王䶮 (Extension A), 陈𠮷祥 (Extension B, passed), 刘建国 (long history), 黄磊 (pending). */
const PEOPLE = ['a03', 'a04', 'a05', 'a13'].map((id) => SAMPLE_APPLICANTS.find((a) => a.id === id)!);
const texts = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhicheng-template-render-'));
  const template = join(dir, '评定表模板.docx');
  writeFileSync(template, officeTemplate());
  const data = join(dir, 'backup.json');
  const records = SAMPLE_RECORDS.filter((r) => PEOPLE.some((p) => p.id === r.applicantId));
  writeFileSync(data, JSON.stringify({ schemaVersion: 1, app: 'zhicheng-desk', exportedAt: '2026-11-30T08:00:00+08:00', applicants: PEOPLE, records, settings: {} }));
  const r = await zhicheng('forms', '--template', template, '--data', data, '--out', join(dir, 'out'), '--pdf', '--publicity-from', '2026-11-02', '--json');
  expect(r.code, r.stderr).toBe(0);
  const files = JSON.parse(r.stdout).files as { path: string; format: string; applicantId: string }[];
  for (const f of files.filter((x) => x.format === 'pdf')) texts.set(f.applicantId, await pdfText(f.path));
}, 240_000);

describe('an office template filled and rendered by LibreOffice', () => {
  it('makes a PDF per applicant with every placeholder replaced', () => {
    expect([...texts.keys()].sort()).toEqual(PEOPLE.map((p) => p.id).sort());
    for (const [id, text] of texts) {
      expect(text, id).not.toMatch(/[{}]/);
      const a = PEOPLE.find((p) => p.id === id)!;
      expect(squashSpace(text)).toContain(`姓名：${a.name}`);
      expect(squashSpace(text)).toContain(`身份证号：${a.idNumber}`); // through the alias {身份证号码}
      expect(squashSpace(text)).toContain('公示期：5个工作日（2026年11月2日至2026年11月6日）');
    }
  });

  it('repeats the 学历学位 row once per credential', () => {
    for (const a of PEOPLE) {
      const text = squashSpace(texts.get(a.id)!);
      const rows = text.match(/(学历|学位)(?=[^类]{0,30}(学信网在线查验|学位在线查验|档案审查|待查验))/g) ?? [];
      expect(rows.length, a.name).toBe(a.credentials.length);
      for (const c of a.credentials) expect(text, a.name).toContain(`${CREDENTIAL_KIND_LABELS[c.kind]}${c.school}${credentialLevel(c)}`);
    }
  });

  it('prints the conclusion only for a pass the vote carries; a pending applicant’s stays empty', () => {
    for (const a of PEOPLE) {
      const text = squashSpace(texts.get(a.id)!);
      if (passedByVote(a)) expect(text, a.name).toMatch(new RegExp(`评定结论：经.*评审，${a.name}同志具备`));
      else {
        expect(text, a.name).toContain('评定结论：（待评审，不填写）');
        expect(text, a.name).not.toContain('同志具备');
      }
    }
    expect(PEOPLE.find((a) => a.id === 'a13')!.result).toBe('pending');
  });

  it('keeps Extension A and B characters (䶮, 𠮷)', () => {
    expect(texts.get('a03')).toContain('王䶮');
    expect(texts.get('a04')).toContain('陈𠮷祥');
  });
});
