import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../../../forms/template/docx';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { passedByVote } from '../../../shared/rules';
import { fieldRows } from '../../../forms/template/table';
import { ROOT, zhicheng, zhichengWithEnv, type CliResult } from '../../cli';
import { buildDocx, macroTemplate, officeTemplate, para, run } from '../../template/office-template';

const dir = mkdtempSync(join(tmpdir(), 'zhicheng-template-cli-'));
const file = (name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const ROSTER = join(ROOT, 'test/fixtures/roster/sample.csv');
let office: string;

beforeAll(() => {
  office = file('评定表模板.docx', officeTemplate());
});

/** The CLI with a PATH that holds node only (no soffice, which Debian puts beside node in /usr/bin). */
function withoutSoffice(...args: string[]): Promise<CliResult> {
  const bin = mkdtempSync(join(tmpdir(), 'zhicheng-path-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  return zhichengWithEnv({ ...process.env, PATH: bin }, ...args);
}

describe('zhicheng template-check', () => {
  it('lists what it found, marks the unknown name and exits 1', async () => {
    const r = await zhicheng('template-check', office);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ 字段 {身份证号码}（即{身份证号}）');
    expect(r.stdout).toContain('✗ 字段 {联系电话}：未知字段');
    const notPassed = SAMPLE_APPLICANTS.filter((a) => !passedByVote(a)).length;
    expect(r.stdout).toMatch(new RegExp(`\\{评定结论\\}（在\\{#评审通过\\}…\\{/评审通过\\}内）：.*等${notPassed}人`));
  });

  it('--json: a misspelt name gets its suggestion; a clean template exits 0', async () => {
    const bad = file('bad.docx', buildDocx({ body: para(run('{姓'), run('明}')) }));
    const r = await zhicheng('template-check', bad, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: false, file: bad, checkedApplicants: SAMPLE_APPLICANTS.length });
    expect(out.unknown[0]).toMatchObject({ name: '姓明', known: false, suggestions: expect.arrayContaining(['姓名']) });
    const good = file('good.docx', buildDocx({ body: para(run('{姓名}{#学历学位}{证书编号}{/学历学位}')) }));
    const ok = await zhicheng('template-check', good, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).placeholders).toHaveLength(3);
  });

  it('--form verification knows the credential’s names at the top', async () => {
    const sheet = file('sheet.docx', buildDocx({ body: para(run('{姓名}{证书编号}{查验结论}')) }));
    expect((await zhicheng('template-check', sheet)).code).toBe(1);
    expect((await zhicheng('template-check', sheet, '--form', 'verification')).code).toBe(0);
    expect((await zhicheng('template-check', sheet, '--form', 'publicity')).code).toBe(2);
  });

  it('refuses a macro document with exit 1 and a Chinese message', async () => {
    const r = await zhicheng('template-check', file('macro.docx', macroTemplate()));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('宏');
  });
});

describe('zhicheng template-fields', () => {
  it('writes 字段说明.xlsx with every row of the table', async () => {
    const out = join(dir, '字段说明.xlsx');
    const r = await zhicheng('template-fields', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, fields: fieldRows().length });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('字段说明')!;
    expect(ws.getCell(4, 1).value).toBe(fieldRows()[0]!.name);
    expect(ws.rowCount).toBe(3 + fieldRows().length);
    expect((await zhicheng('template-fields', '--out', out)).code).toBe(1); // never overwritten without --force
  });
});

describe('zhicheng forms --template', () => {
  it('writes one filled DOCX per applicant in their folder, with the template’s SHA-256', async () => {
    const out = join(dir, 'filled');
    const r = await zhicheng('forms', '--template', office, '--data', ROSTER, '--out', out, '--json');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.files).toHaveLength(SAMPLE_APPLICANTS.length);
    expect(res.template.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.warnings.join()).toContain('{联系电话}');
    const chen = res.files.find((f: { path: string }) => f.path.includes('陈𠮷祥'));
    const text = documentText(new Uint8Array(readFileSync(chen.path)));
    expect(text).toContain('姓名：陈𠮷祥');
    expect(text).not.toMatch(/[{}]/);
    expect(readdirSync(out)).toHaveLength(SAMPLE_APPLICANTS.length);
  });

  it('--pdf without LibreOffice says it is needed, and writes nothing', async () => {
    const out = join(dir, 'no-soffice');
    const r = await withoutSoffice('forms', '--template', office, '--data', ROSTER, '--out', out, '--pdf');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('需要 LibreOffice');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --template with --form', async () => {
    const r = await zhicheng('forms', '--template', office, '--form', 'evaluation', '--data', ROSTER, '--out', join(dir, 'x'));
    expect(r.code).toBe(2);
  });
});

describe('zhicheng export --template', () => {
  it('puts the office’s 评定表 in every dossier and its SHA-256 in the manifest', async () => {
    const zip = join(dir, 'export.zip');
    const r = await zhicheng('export', '--roster', ROSTER, '--template', `evaluation=${office}`, '--out', zip, '--allow-incomplete', '--json');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.templates).toEqual([{ form: 'evaluation', file: '评定表模板.docx', sha256: res.templates[0].sha256 }]);
    const evaluations = Object.keys(files).filter((p) => p.includes('专业技术资格评定表'));
    expect(evaluations.length).toBeGreaterThan(0);
    expect(evaluations.every((p) => p.endsWith('.docx'))).toBe(true); // ours (PDF and DOCX) replaced by the office's
    const chen = evaluations.find((p) => p.includes('陈𠮷祥'))!;
    expect(documentText(files[chen]!)).toContain('副主任医师（副高级）');
    expect((await zhicheng('verify-export', zip)).code).toBe(0);
  });

  it('refuses a committee form or a malformed --template', async () => {
    for (const spec of ['publicity=x.docx', 'evaluation', 'nosuch=x.docx']) {
      const r = await zhicheng('export', '--roster', ROSTER, '--template', spec, '--out', join(dir, 'y.zip'));
      expect(r.code, spec).toBe(2);
    }
  });
});
