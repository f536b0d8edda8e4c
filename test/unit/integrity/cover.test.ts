// The 导出封面 beside the ZIP: one page carrying the manifest's SHA-256 (the value verify-export prints), the file
// count and the applicants, for signing and stamping.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportRosterXlsx } from '../../../shared/roster';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { zhicheng } from '../../cli';
import { freshDir } from './helpers';

describe('导出封面', () => {
  it('prints the SHA-256 of manifest.json as verify-export does, the file count and every applicant, on one page', async () => {
    const dir = freshDir('cover');
    const roster = join(dir, 'roster.xlsx');
    const people = [sampleApplicant('a01'), sampleApplicant('a02')];
    writeFileSync(roster, await exportRosterXlsx(people));
    const out = join(dir, '评审材料.zip');
    const r = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--committee', '抚顺市示例评审委员会', '--out', out, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const manifest = unzipSync(new Uint8Array(readFileSync(out)))['manifest.json']!;
    const sha = createHash('sha256').update(manifest).digest('hex');
    expect(j).toMatchObject({ cover: join(dir, '评审材料-导出封面.pdf'), manifestSha256: sha });

    expect(execFileSync('pdfinfo', [j.cover], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', j.cover, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(sha);
    expect(text).toContain(`${j.files}个（含清单manifest.json）`);
    for (const a of people) expect(text).toContain(a.name);
    expect(text).toContain('抚顺市示例评审委员会');

    const v = await zhicheng('verify-export', out, '--json');
    expect(JSON.parse(v.stdout).manifestSha256).toBe(sha);
    // Not overwritten without --force, like the ZIP.
    const again = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', join(dir, 'other.zip'));
    expect(again.code).toBe(0);
    writeFileSync(join(dir, '三-导出封面.pdf'), 'mine');
    const refused = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', join(dir, '三.zip'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('三-导出封面.pdf 已存在，未覆盖');
  });
});
