// `zhicheng demo`, the README's first command: the whole job on the built-in sample, and what it leaves behind.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backup } from '../../shared/model';
import { zhicheng } from '../cli';

describe('zhicheng demo', () => {
  it('checks the sample roster, reads the sample pages into records, writes every form and a verified export', { timeout: 240_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhicheng-demo-')), 'demo');
    const r = await zhicheng('demo', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(true);
    expect(j.credentials.filter((c: { ok: boolean }) => !c.ok)).toHaveLength(2);

    // Pages: reports recorded against the right applicant, the deliberate mismatch flagged, refusals refused.
    const page = (file: string) => j.pages.find((p: { file: string }) => p.file === file);
    expect(page('xueli-report-items.html')).toMatchObject({ verdict: 'recorded', applicant: '陈𠮷祥', outcome: 'mismatch' });
    expect(page('xueli-report-items.html').problems[0]).toContain('专业不一致');
    expect(page('xuewei-report.html')).toMatchObject({ verdict: 'recorded', applicant: '王䶮', outcome: 'verified' });
    expect(page('archive-page.html').verdict).toBe('refused');
    expect(page('obfuscated.html').verdict).toBe('refused');
    const recorded = j.pages.filter((p: { verdict: string }) => p.verdict === 'recorded').length;
    expect(j.records).toBe(recorded);

    const backup = Backup.parse(JSON.parse(readFileSync(join(out, '查验记录备份.json'), 'utf8')));
    expect(backup.records).toHaveLength(recorded);
    expect(j.forms.files.length).toBeGreaterThan(100);
    for (const f of j.forms.files) expect(existsSync(f.path)).toBe(true);
    expect(j.export.applicants).toBe(20);
    expect(j.export.records).toBe(recorded);
    expect(j.verify).toMatchObject({ ok: true, problems: [] });
    expect(j.verify.verified).toBe(j.export.files - 1);

    // The paperwork's cases: each way, a vote, the clerk's 说明 on the mismatch, blocked dossiers named.
    const plan = (name: string) => j.plans.find((p: { name: string }) => p.name === name);
    expect(new Set(j.plans.map((p: { way: string }) => p.way))).toEqual(new Set(['评审', '考试', '认定']));
    expect(plan('黄磊')).toMatchObject({ way: '认定', titleName: '助理工程师', forms: expect.arrayContaining(['graduate-determination']) });
    expect(plan('高媛').forms).toContain('exam-registration');
    expect(plan('高媛').forms).not.toContain('evaluation');
    expect(plan('陈𠮷祥').states).toContain('学历（硕士研究生）不一致（已说明）');
    expect(backup.records.find((r) => r.resolution)?.resolution).toMatchObject({ action: 'explained', fields: ['major'] });
    expect(j.export.blocked.length).toBeGreaterThan(0);
    expect(j.export.blocked.map((b: { name: string }) => b.name)).toEqual(j.plans.filter((p: { blockers: string[] }) => p.blockers.length).map((p: { name: string }) => p.name));
    expect(backup.settings.unitName).toBe('');

    // Run again: the folder is not empty now, so nothing is replaced or deleted.
    const before = readFileSync(join(out, '评审材料.zip'));
    const again = await zhicheng('demo', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('不是空文件夹');
    expect(readFileSync(join(out, '评审材料.zip'))).toEqual(before);
  });

  it('never replaces a folder that is not a demo folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-demo-user-'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', '工作.txt'), 'keep');
    const r = await zhicheng('demo', '--out', join(dir, 'mine'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是空文件夹');
    expect(readFileSync(join(dir, 'mine', '工作.txt'), 'utf8')).toBe('keep');
  });
});
