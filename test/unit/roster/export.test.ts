import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { exportRosterCsv, exportRosterXlsx, importRoster, isFormulaLike, rosterPart, safeCell } from '../../../shared/roster';
import { SAMPLE_NUMBER_WARNINGS } from '../../fixtures/roster/expected';
import { VOTE_PROBLEM_EFFECT } from '../../../shared/rules';

const ROSTER_PART = SAMPLE_APPLICANTS.map(rosterPart);
const INJECTIONS = ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1+1', '-2+3', ' =1+1', '\t=1', '\r=1'];

describe('safeCell', () => {
  it.each(INJECTIONS)('quotes formula-like text %j', (t) => {
    expect(isFormulaLike(t)).toBe(true);
    expect(safeCell(t)).toBe(`'${t}`);
  });

  it.each(['张三', '2019-07-01', '北辰理工大学（虚构）', 'a=b', '中-英', ''])('leaves plain text %j alone', (t) => {
    expect(isFormulaLike(t)).toBe(false);
    expect(safeCell(t)).toBe(t);
  });

  it('keeps long digit runs as text for Excel with a leading tab', () => {
    expect(safeCell('210402197603143138')).toBe('\t210402197603143138');
    expect(safeCell('12345678901')).toBe('12345678901');
  });
});

describe('export → import', () => {
  it('XLSX round trip gives the roster part of the whole sample', async () => {
    const r = await importRoster(await exportRosterXlsx(SAMPLE_APPLICANTS), 'x.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(SAMPLE_NUMBER_WARNINGS);
    expect(r.applicants).toEqual(ROSTER_PART);
  });

  it('the same XLSX re-packed by Python’s zipfile (as openpyxl and pandas write: permission bits, no file type) imports the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-pyzip-'));
    try {
      writeFileSync(join(dir, 'in.xlsx'), await exportRosterXlsx(SAMPLE_APPLICANTS));
      const py = `import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    for n in src.namelist(): out.writestr(n, src.read(n))`;
      execFileSync('python3', ['-c', py, join(dir, 'in.xlsx'), join(dir, 'py.xlsx')]);
      const repacked = new Uint8Array(readFileSync(join(dir, 'py.xlsx')));
      // What makes it differ: made on Unix, mode 0600 with no S_IFREG.
      const cen = Buffer.from(repacked).indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      expect([repacked[cen + 5], Buffer.from(repacked).readUInt32LE(cen + 38) >>> 16]).toEqual([3, 0o600]);
      const r = await importRoster(repacked, 'py.xlsx');
      expect(r.errors).toEqual([]);
      expect(r.applicants).toEqual(ROSTER_PART);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a row whose vote contradicts its result, and says so in a warning naming the row and the applicant', async () => {
    const a03 = sampleApplicant('a03');
    const text = exportRosterCsv([{ ...a03, votesFor: '13', votesAgainst: '7', abstentions: '1' }]);
    const r = await importRoster(new TextEncoder().encode(text), 'x.csv');
    expect(r.errors).toEqual([]);
    expect(r.applicants.map((a) => a.votesFor)).toEqual(['13']);
    expect(r.warnings).toContain(`第2行 ${a03.name}：评审结果为“通过”，但同意人数（13）不足出席人数（21）的三分之二（${VOTE_PROBLEM_EFFECT}）`);
  });

  it('CSV round trip gives the roster part of the whole sample', async () => {
    const text = exportRosterCsv(SAMPLE_APPLICANTS);
    const r = await importRoster(new TextEncoder().encode(text), 'x.csv');
    expect(r.errors).toEqual([]);
    expect(r.applicants).toEqual(ROSTER_PART);
  });

  it('the roster part keeps every credential of the sample', () => {
    for (const [i, a] of SAMPLE_APPLICANTS.entries()) {
      expect(ROSTER_PART[i]!.credentials.map((c) => c.certNo).sort()).toEqual(a.credentials.map((c) => c.certNo).sort());
    }
  });

  it('CSV is UTF-8 with a BOM and CRLF, for Excel', () => {
    const text = exportRosterCsv([sampleApplicant('a02')]);
    expect(text.startsWith('\uFEFF姓名,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });
});

describe('formula injection', () => {
  const evil = INJECTIONS.slice(0, 2).map((name, i) => ({ ...sampleApplicant(i ? 'a03' : 'a02'), name, employer: `-${i}+单位` }));

  it('CSV: every formula-like cell starts with a single quote, and reads back as written', async () => {
    const text = exportRosterCsv(evil);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[2]![0]).toBe(`'@SUM(1)`);
    expect(rows[1]![5]).toBe(`'-0+单位`);
    // No cell can run: the only ones that start with a tab are digit runs kept as text.
    for (const row of rows) for (const cell of row) expect(cell.startsWith('\t') ? /^\t\d+$/.test(cell) : !isFormulaLike(cell)).toBe(true);
    const back = await importRoster(new TextEncoder().encode(text), 'x.csv');
    expect(back.applicants.map((a) => a.name)).toEqual(evil.map((a) => a.name));
  });

  it('XLSX: such text is a string cell, never a formula, and reads back as written', async () => {
    const data = await exportRosterXlsx(evil);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('名册')!;
    for (const r of [2, 3]) {
      const cell = ws.getCell(r, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(ws.getCell(2, 1).value).toBe('=HYPERLINK("http://x","y")');
    // Nothing in the file is a formula.
    const { unzipSync, strFromU8 } = await import('fflate');
    const sheet = strFromU8(unzipSync(data)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    const back = await importRoster(data, 'x.xlsx');
    expect(back.applicants.map((a) => a.name)).toEqual(evil.map((a) => a.name));
  });
});
