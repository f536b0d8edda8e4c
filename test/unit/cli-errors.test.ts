// How the CLI refuses, for every command alike (forms/cli/main.ts): in Chinese, with what was probably meant, and with
// --json as one JSON document on stdout, so a script never parses an empty output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, zhicheng } from '../cli';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';

const dir = mkdtempSync(join(tmpdir(), 'zhicheng-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI refuses', () => {
  it('an unknown option in Chinese, naming the one meant (node\'s English never shown)', async () => {
    const r = await zhicheng('import', 'x.xlsx', '--jsn');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^没有选项 --jsn，是不是 --json？\n/);
    expect(r.stderr).not.toMatch(/Unknown option|positional/);
  });

  it('an option without its value, and a flag given one', async () => {
    const missing = await zhicheng('template', '--out');
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, '选项 --out 后面缺少值']);
    // The next word an option, node calls it "ambiguous": still a missing value, not a flag given one.
    const ambiguous = await zhicheng('export', '--roster', '--records', 'b.json');
    expect([ambiguous.code, ambiguous.stderr.split('\n')[0]]).toEqual([2, '选项 --roster 后面缺少值']);
    const valued = await zhicheng('workdays', '2026-10-12', '1', '--json=yes');
    expect([valued.code, valued.stderr.split('\n')[0]]).toEqual([2, '选项 --json 不带值']);
  });

  it('a misspelt command, naming the command meant', async () => {
    const r = await zhicheng('imprt', 'x.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('未知命令：imprt，是不是 import？');
    expect((await zhicheng('frobnicate')).stderr.split('\n')[0]).toBe('未知命令：frobnicate');
  });

  it('with --json, as {ok: false, message} on stdout, with the same exit codes', async () => {
    const wrongCall = await zhicheng('route', '--kind', 'xueli', '--date', '20150701', '--json');
    expect(wrongCall.code).toBe(2);
    expect(JSON.parse(wrongCall.stdout)).toEqual({ ok: false, message: expect.stringContaining('--date 应为YYYY-MM-DD格式') });
    const badInput = await zhicheng('import', 'no-such-roster.xlsx', '--json');
    expect(badInput.code).toBe(1);
    expect(JSON.parse(badInput.stdout)).toEqual({ ok: false, message: '无法读取名册“no-such-roster.xlsx”：文件不存在' });
  });

  it('`help <command>` as `<command> --help`', async () => {
    const [a, b] = await Promise.all([zhicheng('help', 'import'), zhicheng('import', '--help')]);
    expect(a).toEqual(b);
    expect(a.stdout).toMatch(/^zhicheng import — /);
    // A note under the usage lines is not printed as a way to call the command.
    const notes = (await zhicheng('read-page', '--help')).stdout.split('\n').filter((l) => l.includes('地址栏'));
    expect(notes).toEqual(['  （--url 是打开该页面时浏览器地址栏中的网址；只读取本机文件，不联网）']);
  });

  it('a data file that is not JSON, saying what it is instead, and JSON that is no applicant', async () => {
    const file = (name: string, body: string | Uint8Array) => {
      writeFileSync(join(dir, name), body);
      return join(dir, name);
    };
    const cases: [string, string][] = [
      [file('empty.json', ''), '不是有效的 JSON：文件是空的'],
      [file('export.json', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), '不是有效的 JSON：这是一个压缩包（ZIP，或 .xlsx/.docx 文件），不是 JSON'],
      [file('printed.json', '%PDF-1.7\n'), '不是有效的 JSON：这是一个 PDF 文件，不是 JSON'],
      [file('other.json', '{"foo": 1}'), '数据文件不是申报人或备份数据：应为本工具导出的备份文件（.json）或申报人 JSON，或者 .xlsx/.csv 名册'],
    ];
    for (const [data, message] of cases) {
      const r = await zhicheng('forms', '--form', 'all', '--data', data, '--out', join(dir, 'out'));
      expect(r.code, data).toBe(1);
      expect(r.stderr, data).toContain(message);
      expect(r.stderr, data).not.toMatch(/Unexpected|JSON input|expected/);
    }
  });

  it('a word besides the options of a command that takes none, as every such command does', async () => {
    for (const args of [['demo', 'extra'], ['route', '--kind', 'xueli', '--date', '2015-07-01', 'extra'], ['forms', '--list', 'extra'], ['template', 'extra']]) {
      const r = await zhicheng(...args);
      expect([r.code, r.stderr.split('\n')[0]], args.join(' ')).toEqual([2, '多余的参数：extra']);
    }
  });

  it('a file where forms wants a folder, and a backup given to export as its roster', async () => {
    const data = join(dir, 'one.json');
    writeFileSync(data, JSON.stringify(SAMPLE_APPLICANTS[0]));
    const outFile = join(dir, 'not-a-folder.xlsx');
    writeFileSync(outFile, 'keep');
    const forms = await zhicheng('forms', '--form', 'commitment-personal', '--data', data, '--out', outFile);
    expect([forms.code, forms.stderr.trim()]).toEqual([1, `错误：--out 应为输出目录，而“${outFile}”是一个文件`]);
    const exported = await zhicheng('export', '--roster', data, '--out', join(dir, 'x.zip'));
    expect([exported.code, exported.stderr.split('\n')[0]]).toEqual([2, `--roster 应为名册（.xlsx 或 .csv），“${data}”是 JSON；查验记录备份请用 --records 指定`]);
  });

  it('two whole certificate numbers as two, not one joined number; a roster with a number beside it', async () => {
    const two = await zhicheng('check', '190011200702000331', '1900132007000118');
    expect([two.code, two.stderr.split('\n')[0]]).toEqual([2, '一次检查一个证书编号，实际给出了多个：190011200702000331 1900132007000118；多个编号请分别检查，或写入名册后用 check <名册.xlsx>']);
    // Groups of four, as CHSI prints them, are still one number.
    const grouped = await zhicheng('check', '1900', '1120', '0702', '0003', '31', '--json');
    expect(JSON.parse(grouped.stdout)).toMatchObject({ valid: true });
    const mixed = await zhicheng('check', '名册.xlsx', '190011200702000331');
    expect([mixed.code, mixed.stderr.split('\n')[0]]).toEqual([2, '多余的参数：190011200702000331（给出名册时只检查名册）']);
    const after = await zhicheng('check', '1900', '1120', '0702', '0003', '31', '名册.xlsx');
    expect([after.code, after.stderr.split('\n')[0]]).toEqual([2, '多余的参数：1900 1120 0702 0003 31（给出名册时只检查名册）']);
  });

  it('a holiday schedule with a wrong date, before any work (it ended an export as an internal error)', async () => {
    const schedule = join(dir, 'bad-2031.json');
    writeFileSync(schedule, JSON.stringify({ '2031': { holidays: ['2031-10-01', '2030-10-02'], workdays: [] } }));
    const r = await zhicheng('export', '--roster', join(ROOT, 'test/fixtures/roster/sample.xlsx'), '--meeting', '2031-10-13', '--schedule', schedule, '--out', join(dir, 's.zip'), '--allow-incomplete', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, message: '节假日安排（2031年度）有误：日期“2030-10-02（不属于2031年度）”无效，应为YYYY-MM-DD格式的有效日期' });
  });
});
