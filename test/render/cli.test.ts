import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../forms/definitions/index';
import { pdftext, squash } from './poppler';
import { VOTE_PROBLEM_EFFECT } from '../../shared/rules';
import { SAMPLE_APPLICANTS, SETTINGS, recordFor, sampleApplicant } from './helpers';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zhicheng-forms-cli-'));
const zhicheng = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/zhicheng.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('zhicheng forms', () => {
  it('--list --json gives id, title and input of every form', () => {
    const r = zhicheng('forms', '--list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(FORMS.map((f) => ({ id: f.id, title: f.title, input: f.input })));
  });

  it('writes every form of a backup as PDF under <姓名>-<证件后4位>/, listing size and sha256', () => {
    const a = sampleApplicant('a04');
    const backup = {
      schemaVersion: 1,
      app: 'zhicheng-desk',
      exportedAt: '2026-10-12T10:00:00+08:00',
      applicants: [a, sampleApplicant('a03')],
      records: a.credentials.map((c) => recordFor(a, c)),
      settings: SETTINGS,
    };
    const data = join(dir, 'backup.json');
    writeFileSync(data, JSON.stringify(backup));
    const out = join(dir, 'out');
    const r = zhicheng('forms', '--form', 'all', '--data', data, '--out', out, '--pdf', '--json');
    expect(r.code, r.err).toBe(0);
    const { files, warnings } = JSON.parse(r.out) as { files: { path: string; form: string; size: number; sha256: string }[]; warnings: string[] };
    // a03 has not been looked up yet: the unit may not pledge for him, and the warning says why.
    expect(warnings).toEqual([expect.stringMatching(/^单位诚信承诺书（王䶮）未生成：材料尚未齐全，单位不能承诺：学历（本科）待查验；学位（学士）待查验$/)]);
    // Each: 评定表, a sheet per (online) credential, the personal pledge; the unit pledge for a04 only; 3 committee forms.
    expect(files.length).toBe(2 * 2 + a.credentials.length + sampleApplicant('a03').credentials.length + 1 + 3);
    for (const f of files) {
      const bytes = readFileSync(f.path);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(f.size).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(existsSync(join(out, `${a.name}-${a.idNumber.slice(-4)}`, '专业技术资格评定表.pdf'))).toBe(true);
    expect(existsSync(join(out, `${a.name}-${a.idNumber.slice(-4)}`, '学历学位查验结果单-学历-本科.pdf'))).toBe(true);
    expect(existsSync(join(out, '年度职称评审结果统计表.pdf'))).toBe(true);
  });

  it('takes a single applicant JSON', () => {
    const data = join(dir, 'one.json');
    writeFileSync(data, JSON.stringify(SAMPLE_APPLICANTS[0]));
    const r = zhicheng('forms', '--form', 'commitment-personal', '--data', data, '--out', join(dir, 'one'), '--pdf', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it('warns of a vote that contradicts the result, naming the applicant', () => {
    const a03 = sampleApplicant('a03');
    const data = join(dir, 'contradicted.json');
    writeFileSync(data, JSON.stringify({ ...a03, votesFor: '13', votesAgainst: '7', abstentions: '1' }));
    const r = zhicheng('forms', '--form', 'evaluation', '--data', data, '--out', join(dir, 'contradicted'), '--pdf', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).warnings).toEqual([`${a03.name}：评审结果为“通过”，但同意人数（13）不足出席人数（21）的三分之二（${VOTE_PROBLEM_EFFECT}）`]);
  });

  it('dates the 公示期 in a year the calendar lacks only with --schedule, and says so without it', () => {
    const data = join(dir, 'publicity.json');
    writeFileSync(data, JSON.stringify({ schemaVersion: 1, app: 'zhicheng-desk', exportedAt: '2026-12-01T10:00:00+08:00', applicants: [sampleApplicant('a03')], records: [], settings: SETTINGS }));
    const schedule = join(dir, '2027.json');
    writeFileSync(schedule, JSON.stringify({ '2027': { holidays: ['2027-01-01'], workdays: [] } }));
    const publicity = (out: string, ...more: string[]) => {
      const r = zhicheng('forms', '--form', 'publicity', '--data', data, '--out', join(dir, out), '--pdf', '--publicity-from', '2027-01-11', ...more, '--json');
      expect(r.code, r.err).toBe(0);
      const { files, warnings } = JSON.parse(r.out) as { files: { path: string }[]; warnings: string[] };
      return { warnings, text: squash(pdftext(files[0]!.path)) };
    };
    const without = publicity('no-schedule');
    expect(without.warnings).toEqual([expect.stringMatching(/^公示期的起止日期留空，须手写：2027年度的节假日安排尚未收录.*；或用 --schedule 指定该年度安排的JSON文件$/)]);
    expect(without.text).toContain(squash('5个工作日（自　　　　年　　月　　日至'));
    const withIt = publicity('schedule', '--schedule', schedule);
    expect(withIt.warnings).toEqual([]);
    expect(withIt.text).toContain(squash('5个工作日（2027年1月11日至2027年1月15日）'));
  });

  it('refuses bad calls (exit 2) and bad data (exit 1) in Chinese', () => {
    const unknown = zhicheng('forms', '--form', 'nope', '--data', 'x.json', '--out', dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有编号为“nope”的表格');
    expect(zhicheng('forms', '--form', 'evaluation').code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...SAMPLE_APPLICANTS[0], idNumber: '123' }));
    const r = zhicheng('forms', '--form', 'evaluation', '--data', bad, '--out', join(dir, 'bad'), '--pdf');
    expect(r.code).toBe(1);
    expect(r.err).toContain('身份证号');
    const missing = zhicheng('forms', '--form', 'evaluation', '--data', join(dir, 'none.json'), '--out', join(dir, 'x'), '--pdf');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('文件不存在');
  });
});
