import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../../shared/model';
import { sampleApplicant, SAMPLE_APPLICANTS } from '../../../shared/sample/applicants';
import { applicantIdFor, importRoster, RosterError, rosterPart } from '../../../shared/roster';
import { rosterTable } from '../../../shared/roster/export';
import { BROKEN_ROWS, TYPED_IDS } from '../../fixtures/roster/expected';
import { csv, fixture } from './helpers';
import { SAMPLE_NUMBER_WARNINGS } from '../../fixtures/roster/expected';

const ROSTER_PART = SAMPLE_APPLICANTS.map(rosterPart);

describe('importRoster: the fixture files', () => {
  it.each(['sample.xlsx', 'sample.csv', 'sample-gb18030.csv'])('%s gives the roster part of the whole sample', async (name) => {
    const r = await importRoster(fixture(name), name);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(SAMPLE_NUMBER_WARNINGS);
    expect(r.total).toBe(SAMPLE_APPLICANTS.length);
    expect(r.applicants).toEqual(ROSTER_PART);
  });

  it('the GB18030 file really is GB18030 (not valid UTF-8) and holds Extension A and B names', async () => {
    const bytes = fixture('sample-gb18030.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const names = (await importRoster(bytes, 'x.csv')).applicants.map((a) => a.name);
    expect(names).toContain('王䶮');
    expect(names).toContain('陈𠮷祥');
    expect(names).toContain('阿依古丽·买买提');
  });

  it('typed.xlsx: title row, own header spellings and order, Excel dates, spaced and full-width IDs, 大专', async () => {
    const r = await importRoster(fixture('typed.xlsx'), 'typed.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.applicants).toEqual(TYPED_IDS.map((id) => rosterPart(sampleApplicant(id))));
    // 备注 is unknown; 序号 is silently skipped.
    expect(r.warnings).toEqual(['第AQ列“备注”不是名册中的列，已忽略。']);
  });

  it('broken.xlsx: every row with a mistake is reported where Excel shows it; the rest are valid', async () => {
    const r = await importRoster(fixture('broken.xlsx'), 'broken.xlsx');
    expect(r.total).toBe(BROKEN_ROWS.length);
    for (const b of BROKEN_ROWS) {
      const errs = r.errors.filter((e) => e.row === b.row);
      if (!b.error) {
        expect(errs, `row ${b.row}`).toEqual([]);
        continue;
      }
      expect(errs, `row ${b.row}`).toHaveLength(1);
      expect(errs[0]!.column).toBe(b.error.column);
      expect(errs[0]!.message).toContain(b.error.says);
    }
    const valid = BROKEN_ROWS.filter((b) => !b.error).map((b) => b.from);
    expect(r.applicants.map((a) => a.idNumber)).toEqual(valid.map((id) => sampleApplicant(id).idNumber));
  });

  it('reports the bad cell value as read', async () => {
    const r = await importRoster(fixture('broken.xlsx'), 'broken.xlsx');
    expect(r.errors.find((e) => e.row === 8)!.value).toBe('中专');
    expect(r.errors.find((e) => e.row === 6)!.value).toBe('');
  });

  it('a missing required column is one error at the header row and nothing is imported', async () => {
    const r = await importRoster(fixture('missing-column.csv'), 'missing-column.csv');
    expect(r.applicants).toEqual([]);
    expect(r.total).toBe(2);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [1, '性别'],
      [1, '学历·层次'],
    ]);
    expect(r.errors[0]!.message).toContain('缺少必填列“性别”');
  });

  it.each([
    ['truncated.xlsx', '可能已损坏'],
    ['empty.csv', '文件是空的'],
  ])('%s is refused with a Chinese RosterError, not a crash', async (name, says) => {
    const err = await importRoster(fixture(name), name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RosterError);
    expect((err as RosterError).message).toContain(says);
    expect((err as RosterError).detail).not.toBe('');
  });
});

describe('importRoster: files it cannot read', () => {
  const refuse = async (data: Uint8Array, name: string) => {
    const err = await importRoster(data, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RosterError);
    return (err as RosterError).message;
  };

  it('random bytes named .xlsx', async () => {
    expect(await refuse(new Uint8Array(2000).map((_, i) => (i * 7919) % 251), '名册.xlsx')).toContain('不是有效的Excel');
  });

  it('a zip that is not a workbook', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    expect(await refuse(zip, 'x.xlsx')).toContain('不是Excel工作簿');
  });

  it('a legacy .xls', async () => {
    expect(await refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '名册.xls')).toContain('旧版Excel');
  });

  it('binary that is no table', async () => {
    expect(await refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.csv')).toContain('不是表格文件');
  });

  it('a file with only blank lines', async () => {
    expect(await refuse(new TextEncoder().encode('\uFEFF\r\n,,\r\n\r\n'), 'x.csv')).toContain('没有内容');
  });

  it('a table without a roster header', async () => {
    expect(await refuse(csv([['a', 'b'], ['1', '2']]), 'x.csv')).toContain('没有找到表头');
  });

  it('an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    expect(await refuse(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx')).toContain('没有内容');
  });
});

describe('importRoster: cells', () => {
  const a = sampleApplicant('a03');
  const { columns, rows } = rosterTable([a]);
  const headers = columns.map((c) => c.header);
  /** a03's row with some cells replaced. */
  const rowWith = (set: Record<string, string>) => {
    const row = [...rows[0]!];
    for (const [h, v] of Object.entries(set)) row[headers.indexOf(h)] = v;
    return row;
  };
  const one = async (set: Record<string, string>) => importRoster(csv([headers, rowWith(set)]), 'x.csv');

  it.each(['2008-07-01', '2008/7/1', '2008年7月1日', '2008.7.1', '２００８－０７－０１', '20080701'])('reads the date %s', async (d) => {
    const r = await one({ '学历·毕(结)业日期': d });
    expect(r.errors).toEqual([]);
    expect(r.applicants[0]!.credentials[0]).toMatchObject({ kind: 'xueli', gradDate: '2008-07-01' });
  });

  it.each([
    ['2015-07', '2015-07'],
    ['2015年7月', '2015-07'],
    ['2015.7', '2015-07'],
    ['2015/07/15', '2015-07'],
  ])('reads the month %s', async (m, want) => {
    const r = await one({ 参加工作时间: m });
    expect(r.applicants[0]!.workStart).toBe(want);
  });

  it('fills a blank 出生年月 from the ID number', async () => {
    const r = await one({ 出生年月: '' });
    expect(r.applicants[0]!.birthMonth).toBe(a.idNumber.slice(6, 10) + '-' + a.idNumber.slice(10, 12));
  });

  it('takes an ID number with spaces and a lower-case x', async () => {
    // a03's birth date and region with the first sequence whose check character is X, gender kept.
    const first17 = Array.from({ length: 100 }, (_, i) => a.idNumber.slice(0, 14) + String(i).padStart(2, '0') + a.idNumber[16])
      .find((f) => idCheckChar(f) === 'X')!;
    const spaced = `${first17.slice(0, 6)} ${first17.slice(6)}x`;
    const r = await one({ 身份证号: spaced });
    expect(r.errors).toEqual([]);
    expect(r.applicants[0]!.idNumber).toBe(`${first17}X`);
  });

  it('reads 境外 as 是/否 and takes the Chinese 评审结果 labels', async () => {
    const r = await one({ '学位·境外': '是', 评审结果: '未参评' });
    expect(r.applicants[0]!.credentials[1]).toMatchObject({ kind: 'xuewei', foreign: true });
    expect(r.applicants[0]!.result).toBe('absent');
    const bad = await one({ '学位·境外': '可能' });
    expect(bad.errors[0]!.message).toContain('应为“是”或“否”');
  });

  it('a wholly blank credential group means no such credential', async () => {
    const blankXuewei = Object.fromEntries(headers.filter((h) => h.startsWith('学位·')).map((h) => [h, '']));
    const r = await one(blankXuewei);
    expect(r.applicants[0]!.credentials.map((c) => c.kind)).toEqual(['xueli']);
  });

  it('ids come from the ID number, so a re-import yields the same ids', async () => {
    const first = await one({});
    const again = await one({ 工作单位: '改过的单位' });
    expect(first.applicants[0]!.id).toBe(applicantIdFor(a.idNumber));
    expect(again.applicants[0]!.id).toBe(first.applicants[0]!.id);
    expect(again.applicants[0]!.credentials.map((c) => c.id)).toEqual(first.applicants[0]!.credentials.map((c) => c.id));
    expect(first.applicants[0]!.id).not.toContain(a.idNumber);
  });

  it('headers match without regard to width, spaces and separators, in any order', async () => {
    const variant = headers.map((h) => h.replace('·', ' - ').replace('姓名', '姓　名').replace('(', '（').replace(')', '）'));
    const order = headers.map((_, j) => j).reverse();
    const r = await importRoster(csv([order.map((j) => variant[j]!), order.map((j) => rows[0]![j]!)]), 'x.csv');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.applicants).toEqual([rosterPart(a)]);
  });

  it('a numeric year-month from Excel that may have lost a 0 is read as January with a warning', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(headers);
    ws.addRow(rowWith({}).map((v, j) => (headers[j] === '参加工作时间' ? 2008.1 : v)));
    const r = await importRoster(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(r.applicants[0]!.workStart).toBe('2008-01');
    expect(r.warnings[0]).toContain('第2行“参加工作时间”');
    expect(r.warnings[0]).toContain('2008-10');
  });

  it('never writes: the roster module does not import the store', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../shared/roster/', import.meta.url);
    for (const f of readdirSync(dir)) expect(readFileSync(new URL(f, dir), 'utf8'), f).not.toMatch(/from '\.\.\/store/);
  });
});
