// Issue 12, item 10 (and --committee of item 15): characters no font has are listed per applicant and file, and
// the export is refused unless --allow-missing-glyphs; the committee's name is capped like the settings' field.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Applicant } from '../../../shared/model';
import { exportRosterXlsx } from '../../../shared/roster';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { zhicheng } from '../../cli';
import { freshDir } from './helpers';

describe('missing glyphs in export', () => {
  it('lists each file with 〓 and its characters; exit 1 and no file unless --allow-missing-glyphs', async () => {
    const dir = freshDir('glyphs');
    const roster = join(dir, 'roster.xlsx');
    const a = Applicant.parse({ ...sampleApplicant('a01'), name: '王😀明', employer: '抚顺시医院' });
    writeFileSync(roster, await exportRosterXlsx([a, sampleApplicant('a02')]));
    const out = join(dir, 'x.zip');
    const refused = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('没有可用字体（会印为〓），未导出');
    expect(refused.stderr).toMatch(/001-王😀明-\d{4}\/[^：]+\.pdf：字符“😀”（U\+1F600）/);
    expect(existsSync(out)).toBe(false);

    const allowed = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', out, '--allow-missing-glyphs', '--json');
    expect(allowed.code).toBe(0);
    const j = JSON.parse(allowed.stdout);
    expect(j.missingGlyphs.length).toBeGreaterThan(2);
    for (const g of j.missingGlyphs) {
      expect(g.path).toMatch(/\.pdf$/);
      expect(g.chars.every((c: string) => c === '😀' || c === '시')).toBe(true);
    }
    expect(j.missingGlyphs.filter((g: { applicant: string | null }) => g.applicant?.startsWith('001-王😀明'))).not.toEqual([]);
    expect(j.missingGlyphs.filter((g: { applicant: string | null }) => g.applicant?.startsWith('002-'))).toEqual([]);
    expect(j.warnings.some((w: string) => w.includes('U+C2DC'))).toBe(true);
  });

  it('--committee over 100 characters is a wrong call', async () => {
    const r = await zhicheng('export', '--allow-incomplete', '--roster', 'test/fixtures/roster/sample.xlsx', '--committee', '委'.repeat(101), '--out', join(freshDir('c'), 'x.zip'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不超过100个字');
  });
});
