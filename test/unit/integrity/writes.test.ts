// Issue 12, items 1, 2, 6, 12: every file the CLI writes is whole or absent, never through a symlink, never over
// something it was not told to replace.
import { existsSync, mkdirSync, readFileSync, readdirSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../forms/cli/command';
import { writeFileSafely } from '../../../forms/cli/safe-write';
import { exportRosterXlsx } from '../../../shared/roster';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { zhicheng } from '../../cli';
import { freshDir, listFiles, namesakes, smallDisk } from './helpers';

const noStack = (stderr: string) => {
  expect(stderr).not.toContain('内部错误');
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('safe writes with an injected failing file handle', () => {
  /** A real handle whose writes stop after `room` bytes, as a full disk's do (short, then nothing). */
  const filling = (room: number) => async (path: string, flags: number, mode: number): Promise<FileHandle> => {
    const fh = await open(path, flags, mode);
    let left = room;
    return new Proxy(fh, {
      get(target, key) {
        if (key === 'write') {
          return async (buf: Uint8Array, off: number, len: number) => {
            const n = Math.min(len, left, 1000);
            left -= n;
            return n ? target.write(buf, off, n) : { bytesWritten: 0, buffer: buf };
          };
        }
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  };

  it('checks every write: a short write is retried, no progress is 空间不足, and nothing is left behind', async () => {
    const dir = freshDir('short');
    const target = join(dir, '导出.zip');
    const data = new Uint8Array(10_000).fill(7);
    await writeFileSafely(target, data, { overwrite: false, open: filling(20_000) });
    expect(readFileSync(target)).toEqual(Buffer.from(data));

    const other = join(dir, '第二个.zip');
    const err = await writeFileSafely(other, data, { overwrite: false, open: filling(4_000) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`无法写入“${other}”：空间不足。未留下不完整的文件。`);
    expect(readdirSync(dir)).toEqual(['导出.zip']);
  });

  it('refuses, without overwrite, a file that appeared after the check', async () => {
    const dir = freshDir('appeared');
    const target = join(dir, 'a.xlsx');
    writeFileSync(target, 'mine');
    const err = await writeFileSafely(target, new Uint8Array([1, 2, 3]), { overwrite: false }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('文件已存在');
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });
});

describe('a full disk (small tmpfs)', () => {
  let disk: ReturnType<typeof smallDisk>;
  let roster: string;
  beforeAll(async () => {
    disk = smallDisk(96 * 1024);
    roster = join(freshDir('roster'), 'roster.xlsx');
    writeFileSync(roster, await exportRosterXlsx([sampleApplicant('a01'), sampleApplicant('a02')]));
  });
  afterAll(() => disk.unmount());

  it('export exits 1 with 空间不足 and the path, leaving no file', async () => {
    const out = join(disk.dir, '导出.zip');
    const r = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('已导出');
    expect(r.stderr).toContain(`无法写入“${out}”：空间不足`);
    noStack(r.stderr);
    expect(listFiles(disk.dir)).toEqual([]);
  });

  it('forms exits 1 with 空间不足; every file left is whole (no temporary file, no truncated PDF)', async () => {
    const out = join(disk.dir, '表格');
    const r = await zhicheng('forms', '--form', 'all', '--data', roster, '--out', out, '--pdf');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('空间不足');
    noStack(r.stderr);
    const left = listFiles(disk.dir);
    expect(left.filter((f) => !f.path.endsWith('.pdf'))).toEqual([]);
    for (const f of left) expect(readFileSync(join(disk.dir, f.path)).subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('template exits 1 with 空间不足 when even the template does not fit', async () => {
    const filler = join(disk.dir, 'filler');
    const { bavail, bsize } = statfsSync(disk.dir);
    writeFileSync(filler, new Uint8Array(Math.max(0, bavail * bsize - 4096)));
    const r = await zhicheng('template', '--out', join(disk.dir, 't.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('空间不足');
    noStack(r.stderr);
    expect(existsSync(join(disk.dir, 't.xlsx'))).toBe(false);
  });
});

describe('symlinks and existing files', () => {
  it('a symlink at <out>.part or at <out> itself never redirects the export onto its target', async () => {
    const dir = freshDir('links');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const roster = join(dir, 'roster.xlsx');
    writeFileSync(roster, await exportRosterXlsx([sampleApplicant('a01')]));
    const out = join(dir, 'out.zip');
    symlinkSync(victim, `${out}.part`);
    expect((await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', out)).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');

    const linked = join(dir, 'linked.zip');
    symlinkSync(victim, linked);
    const refused = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', linked);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('已存在');
    expect((await zhicheng('export', '--allow-incomplete', '--roster', roster, '--out', linked, '--force')).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(linked).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  });

  it('forms gives namesakes (same name, same last four ID digits) a folder each, and overwrites only with --force', async () => {
    const dir = freshDir('namesakes');
    const roster = join(dir, 'roster.xlsx');
    writeFileSync(roster, await exportRosterXlsx(namesakes()));
    const out = join(dir, 'out');
    const first = await zhicheng('forms', '--form', 'commitment-personal', '--data', roster, '--out', out, '--pdf', '--json');
    expect(first.code).toBe(0);
    const files = JSON.parse(first.stdout).files as { path: string; applicantId: string }[];
    const folders = new Map(files.map((f) => [f.applicantId, join(f.path, '..')]));
    expect(folders.size).toBe(2);
    expect(new Set(folders.values()).size).toBe(2);

    writeFileSync(files[0]!.path, 'edited by hand');
    const again = await zhicheng('forms', '--form', 'commitment-personal', '--data', roster, '--out', out, '--pdf');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(files[0]!.path, 'utf8')).toBe('edited by hand');
    expect((await zhicheng('forms', '--form', 'commitment-personal', '--data', roster, '--out', out, '--pdf', '--force')).code).toBe(0);
    expect(readFileSync(files[0]!.path).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('zhicheng demo writes only into a new or empty folder', () => {
  it('never deletes a folder that holds a file named 示例名册.xlsx, nor anything else in it', async () => {
    const dir = freshDir('user');
    writeFileSync(join(dir, '示例名册.xlsx'), 'not the demo');
    mkdirSync(join(dir, '工作'));
    writeFileSync(join(dir, '工作', '总结.docx'), 'keep');
    const r = await zhicheng('demo', '--out', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是空文件夹，未改动');
    expect(listFiles(dir).map((f) => f.path).sort()).toEqual(['工作/总结.docx', '示例名册.xlsx']);
    expect(readFileSync(join(dir, '工作', '总结.docx'), 'utf8')).toBe('keep');
  });
});
