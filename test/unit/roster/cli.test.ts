import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importRoster, rosterPart } from '../../../shared/roster';
import { SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { BROKEN_ROWS } from '../../fixtures/roster/expected';
import { FIXTURES } from './helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `node bin/zhicheng.mjs …` (async, so the CLI tests of a file run side by side). */
function zhicheng(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/zhicheng.mjs', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

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
    expect(Object.keys(out)).toEqual(['total', 'valid', 'errors', 'warnings', 'applicants']);
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
    expect(out).toMatchObject({ total: 20, valid: 20, errors: [], warnings: [] });
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
