import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function zhicheng(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/zhicheng.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('zhicheng check', () => {
  it('prints the decoded number as JSON and exits 0 when valid', () => {
    const r = zhicheng('check', '1044 6120 1905 0042 20', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'xueli', valid: true, reasons: [], year: 2019, level: '本科', schoolCode: '10446' });
  });

  it('joins a number pasted unquoted in groups of four', () => {
    const r = zhicheng('check', '1044', '6120', '1905', '0042', '20', '--json');
    expect(JSON.parse(r.stdout).normalised).toBe('104461201905004220');
  });

  it('exits 1 with Chinese reasons when invalid, and checks --kind', () => {
    const bad = zhicheng('check', '1044652019001234', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ kind: 'xuewei', valid: false });
    expect(JSON.parse(bad.stdout).reasons[0]).toContain('学位级别');
    const wrongKind = zhicheng('check', '1044642019001234', '--kind', 'xueli', '--json');
    expect(wrongKind.code).toBe(1);
    expect(JSON.parse(wrongKind.stdout).reasons[0]).toContain('所查的是学历');
  });

  it('prints a readable Chinese summary without --json', () => {
    const r = zhicheng('check', 'Z1044632019001234');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('学位证书编号');
    expect(r.stdout).toContain('格式正确');
    expect(r.stdout).toContain('专业学位');
  });

  it('exits 2 on usage errors', () => {
    expect(zhicheng('check').code).toBe(2);
    const r = zhicheng('check', '1044642019001234', '--kind', 'diploma');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind');
  });
});

describe('zhicheng route', () => {
  it('routes by kind and date', () => {
    const a = zhicheng('route', '--kind', 'xueli', '--date', '2002-07-01', '--json');
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.stdout);
    expect(Object.keys(ja).sort()).toEqual(['reason', 'route']);
    expect(ja.route).toBe('chsi-online');
    expect(JSON.parse(zhicheng('route', '--kind', 'xuewei', '--date', '2008-08-31', '--json').stdout).route).toBe('archive-review');
    expect(JSON.parse(zhicheng('route', '--kind', 'xuewei', '--date', '2008-09-01', '--json').stdout).route).toBe('degree-online');
  });

  it('exits 2 without a valid kind or date', () => {
    expect(zhicheng('route', '--kind', 'xueli').code).toBe(2);
    expect(zhicheng('route', '--kind', 'xueli', '--date', '2002-02-30').code).toBe(2);
    expect(zhicheng('route', '--date', '2002-07-01').code).toBe(2);
  });
});

describe('zhicheng workdays', () => {
  it('counts back over National Day with a bare negative number', () => {
    const r = zhicheng('workdays', '2026-10-12', '-5', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ date: '2026-09-29' });
  });

  it('counts forward', () => {
    expect(JSON.parse(zhicheng('workdays', '2026-09-30', '1', '--json').stdout)).toEqual({ date: '2026-10-08' });
    expect(zhicheng('workdays', '2026-09-30', '+1').stdout).toContain('2026-10-08');
  });

  it('exits 1 with the Chinese message for a year the calendar does not know', () => {
    const r = zhicheng('workdays', '2027-03-01', '3', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, message: expect.stringContaining('2027年度的节假日安排尚未收录') });
    expect(r.stderr).toContain('2027年度的节假日安排尚未收录');
  });

  it('counts in a year the calendar does not know once the office gives that year\'s schedule as data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-schedule-'));
    // A made-up 2027 schedule: 1–3 March off, Saturday 6 March worked.
    const schedule = { '2027': { holidays: ['2027-03-01', '2027-03-02', '2027-03-03'], workdays: ['2027-03-06'] } };
    writeFileSync(join(dir, 'schedule.json'), JSON.stringify(schedule));
    const r = zhicheng('workdays', '2027-02-26', '3', '--schedule', join(dir, 'schedule.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ date: '2027-03-06' });
    // The same schedule inside a backup file's settings.
    writeFileSync(join(dir, 'backup.json'), JSON.stringify({ settings: { extraHolidayYears: schedule } }));
    expect(JSON.parse(zhicheng('workdays', '2027-02-26', '3', '--schedule', join(dir, 'backup.json'), '--json').stdout)).toEqual({ date: '2027-03-06' });
    // A broken file is a clear error, not a guess.
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ '2027': { holidays: '2027-03-01' } }));
    const bad = zhicheng('workdays', '2027-02-26', '3', '--schedule', join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('格式不对');
  });

  it('exits 2 on bad arguments', () => {
    expect(zhicheng('workdays', '2026-10-12').code).toBe(2);
    expect(zhicheng('workdays', '2026-10-32', '1').code).toBe(2);
    expect(zhicheng('workdays', '2026-10-12', 'five').code).toBe(2);
  });
});
