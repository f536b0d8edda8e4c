// Issue 12, items 5, 8, 9: bounded work on hostile input — size caps on every file read, a workbook bomb refused
// before exceljs sees it, duplicate ID numbers in linear time with short messages, a backup of 300,000 bad records
// refused after a handful of issues.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ERROR_ROWS, MAX_ROSTER_BYTES } from '../../../shared/limits';
import { SCHEMA_VERSION } from '../../../shared/model';
import { exportRosterCsv, exportRosterXlsx, importRoster, RosterError } from '../../../shared/roster';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { parseBackup } from '../../../shared/store/backup-file';
import { StoreError } from '../../../shared/store/errors';
import { zhicheng } from '../../cli';
import { freshDir } from './helpers';
import { craftZip, zeroBomb, type CraftEntry } from './zip-craft';

const noInternalError = (stderr: string) => expect(stderr).not.toMatch(/内部错误|\n\s+at /);

/** The sample roster's workbook as entries, plus `extra`: the way a real workbook carries an unused member. */
async function workbookWith(extra: CraftEntry): Promise<Uint8Array> {
  const xlsx = await exportRosterXlsx([sampleApplicant('a01')]);
  const entries: CraftEntry[] = Object.entries(unzipSync(xlsx))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data, os: 0, mode: 0 }));
  return craftZip([...entries, extra]);
}

describe('size caps on what is read', () => {
  it('import /dev/urandom returns at once: not a regular file', async () => {
    const r = await zhicheng('import', '/dev/urandom');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('这不是普通文件');
    noInternalError(r.stderr);
  });

  it('a roster over the cap is refused without being read (a sparse file of 300 MB)', async () => {
    const file = join(freshDir('huge'), '名册.csv');
    writeFileSync(file, '');
    truncateSync(file, 300 * 1024 * 1024);
    const r = await zhicheng('import', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`有 300 MB，超过上限 ${MAX_ROSTER_BYTES / 1048576} MB，未读取`);
    for (const [cmd, opt] of [['export', '--records'], ['forms', '--data']] as const) {
      const big = join(freshDir(cmd), 'backup.json');
      writeFileSync(big, '');
      truncateSync(big, 300 * 1024 * 1024);
      const args = cmd === 'export' ? ['--roster', 'test/fixtures/roster/sample.xlsx', opt, big, '--out', join(freshDir('o'), 'x.zip')] : ['--form', 'all', opt, big, '--out', freshDir('f')];
      const x = await zhicheng(cmd, ...args);
      expect(x.code).toBe(1);
      expect(x.stderr).toContain('超过上限 256 MB，未读取');
    }
  });

  it('an XLSX with an unused 1 GB member is refused before exceljs inflates it', async () => {
    const bomb = zeroBomb(1024);
    const declared = await workbookWith({ name: 'xl/media/unused.bin', data: new Uint8Array(0), raw: bomb, size: 1024 * 1024 * 1024, crc: 0, method: 8 });
    expect(declared.length).toBeLessThan(3 * 1024 * 1024);
    const err = await importRoster(declared, '名册.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RosterError);
    expect((err as Error).message).toContain('“xl/media/unused.bin”解压后有 1073741824 字节，超过上限');

    // Declared small, inflating to 1 GB: stopped after the first slice past the declared size.
    const lying = await workbookWith({ name: 'xl/media/unused.bin', data: new Uint8Array(1000), raw: bomb, method: 8 });
    const err2 = await importRoster(lying, '名册.xlsx').catch((e: unknown) => e);
    expect((err2 as Error).message).toContain('“xl/media/unused.bin”解压后比目录记载的 1000 字节更长');
  });
});

describe('duplicate ID numbers (Excel fill-down)', () => {
  it('8,000 rows sharing one ID: every row refused with a short message, 200 rows listed, the rest counted', async () => {
    const a = sampleApplicant('a01');
    // CSV written as a user's spreadsheet would: the ID number as plain text.
    const csv = exportRosterCsv(Array.from({ length: 8000 }, () => a)).replaceAll('\t', '');
    const r = await importRoster(new TextEncoder().encode(csv), '名册.csv');
    expect(r.total).toBe(8000);
    expect(r.applicants).toEqual([]);
    expect(r.errorRows).toBe(8000);
    expect(new Set(r.errors.map((e) => e.row)).size).toBe(MAX_LISTED_ERROR_ROWS);
    expect(r.omittedErrors).toBe(8000 - MAX_LISTED_ERROR_ROWS);
    expect(r.errors[0]!.message).toBe('身份证号与第3行、第4行、第5行、第6行、第7行等共7999行重复：同一人只能占一行；请合并为一行或删去多余的行');
    expect(Math.max(...r.errors.map((e) => e.message.length))).toBeLessThan(100);
  });
});

describe('a backup of 300,000 empty records', () => {
  const backup = () =>
    JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      app: 'zhicheng-desk',
      exportedAt: '2026-10-12T10:00:00+08:00',
      applicants: [],
      records: Array.from({ length: 300_000 }, () => ({})),
      settings: {},
    });

  it('is refused after a few issues, with a short Chinese message', () => {
    const err = (() => {
      try {
        parseBackup(backup());
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('invalid');
    expect((err as Error).message).toMatch(/^备份文件不能使用，数据未改动：查验记录第1条的/);
    expect((err as Error).message).toContain('可能还有更多问题');
    expect((err as Error).message.length).toBeLessThan(600);
    expect((err as StoreError).detail.length).toBeLessThan(600);
  });

  it('export --records with it exits 1 in Chinese (no 内部错误)', async () => {
    const file = join(freshDir('backup'), 'backup.json');
    writeFileSync(file, backup());
    const r = await zhicheng('export', '--allow-incomplete', '--roster', 'test/fixtures/roster/sample.xlsx', '--records', file, '--out', join(freshDir('out'), 'x.zip'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('备份文件不能使用，数据未改动');
    noInternalError(r.stderr);
  });
});
