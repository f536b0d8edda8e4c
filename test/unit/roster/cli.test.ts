import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhicheng } from '../../cli';
import { importRoster, rosterPart } from '../../../shared/roster';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { BROKEN_ROWS } from '../../fixtures/roster/expected';
import { FIXTURES } from './helpers';
import { SAMPLE_NUMBER_WARNINGS } from '../../fixtures/roster/expected';

const fx = (name: string) => join(FIXTURES, name);

describe('zhicheng import', () => {
  it('prints a summary and exits 0 for a clean roster', async () => {
    const r = await zhicheng('import', fx('sample.xlsx'));
    const credentials = SAMPLE_APPLICANTS.flatMap((a) => a.credentials);
    const xueli = credentials.filter((c) => c.kind === 'xueli').length;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`共${SAMPLE_APPLICANTS.length}人；学历${xueli}条，学位${credentials.length - xueli}条`);
  });

  it('lists 行 列 值 问题 and exits 1 when any row is wrong', async () => {
    const r = await zhicheng('import', fx('broken.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('行\t列\t值\t问题');
    expect(r.stdout).toContain('8\t学历·层次\t中专\t“中专”不是可选的值');
    expect(r.stdout).toContain('校验位错误');
    expect(r.stdout).toContain('“备注”不是名册中的列');
  });

  it('--json gives the public shape with the full valid applicants', async () => {
    const r = await zhicheng('import', fx('broken.xlsx'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['total', 'valid', 'errors', 'warnings', 'applicants', 'errorRows', 'omittedErrors']);
    expect(out.total).toBe(BROKEN_ROWS.length);
    expect(out.valid).toBe(out.applicants.length);
    expect(out.errors[0]).toEqual({ row: 3, column: '身份证号', value: expect.any(String), message: expect.stringContaining('校验位错误') });
    const direct = await importRoster(new Uint8Array(readFileSync(fx('broken.xlsx'))), 'broken.xlsx');
    expect(out.applicants).toEqual(direct.applicants);
  });

  it('--json on a clean CSV in GB18030', async () => {
    const r = await zhicheng('import', fx('sample-gb18030.csv'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ total: 20, valid: 20, errors: [], warnings: SAMPLE_NUMBER_WARNINGS });
    expect(out.applicants).toEqual(SAMPLE_APPLICANTS.map(rosterPart));
  });

  it('a file that cannot be read is exit 1 with a Chinese message; a wrong call is exit 2', async () => {
    const corrupt = await zhicheng('import', fx('truncated.xlsx'));
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toContain('可能已损坏');
    expect(corrupt.stderr).not.toContain('Internal error');
    const missing = await zhicheng('import', fx('no-such.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件不存在');
    const usage = await zhicheng('import');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('请给出一个名册文件');
  });
});

describe('zhicheng template', () => {
  it('writes the template, refuses to overwrite without --force, and checks --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-template-'));
    const out = join(dir, '名册模板.xlsx');
    const r = await zhicheng('template', '--out', out, '--json');
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(JSON.parse(r.stdout)).toEqual({ out, bytes: bytes.length });
    const imported = await importRoster(new Uint8Array(bytes), out);
    expect(imported.warnings[0]).toContain('模板自带的示例');

    writeFileSync(out, 'keep me');
    const again = await zhicheng('template', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await zhicheng('template', '--out', out, '--force')).code).toBe(0);

    expect((await zhicheng('template')).code).toBe(2);
    expect((await zhicheng('template', '--out', join(dir, 'x.csv'))).code).toBe(2);
  });
});

describe('zhicheng check <roster>', () => {
  it('checks every credential against its own dates and gives its route; exit 1 when a number is wrong', async () => {
    const r = await zhicheng('check', fx('sample.xlsx'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { credentials: { name: string; kind: string; certNo: string; ok: boolean; check: { valid: boolean; reasons: string[] }; route: { route: string; reason: string } }[]; rowErrors: unknown[] };
    expect(out.rowErrors).toEqual([]);
    expect(out.credentials).toHaveLength(SAMPLE_APPLICANTS.flatMap((a) => a.credentials).length);
    // The sample's two numbers that contradict their own credential (year; degree level), each with its reason.
    const bad = out.credentials.filter((c) => !c.ok);
    expect(bad.map((c) => [c.name, c.certNo])).toEqual([
      ['周海涛', '190031201505006610'],
      ['吴静', '1900332017007023'],
    ]);
    expect(bad[0]!.check.reasons[0]).toContain('毕业年份为2015');
    expect(bad[1]!.check.reasons[0]).toContain('学位级别为3');
    for (const c of out.credentials) {
      expect(['chsi-online', 'degree-online', 'archive-review']).toContain(c.route.route);
      expect(c.route.reason).toMatch(/[\u4e00-\u9fff]/);
      if (c.certNo === '') expect(c.route.route).toBe('archive-review');
    }
  });

  it('prints a table with a summary by route for people', async () => {
    const r = await zhicheng('check', fx('sample.xlsx'));
    expect(r.stdout).toContain('姓名\t类别\t证书编号\t编号检查\t查验途径');
    expect(r.stdout).toContain('周海涛\t学历\t190031201505006610\t编号有误\t学信网在线查验');
    expect(r.stdout).toMatch(/共46项学历学位：编号有误2项；学信网在线查验\d+项，学位在线查验\d+项，档案审查\d+项。/);
  });

  it('reports the rows it could not check, and a missing roster is exit 1', async () => {
    const r = await zhicheng('check', fx('broken.xlsx'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).rowErrors.length).toBeGreaterThan(0);
    const missing = await zhicheng('check', fx('no-such.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件不存在');
  });
});
