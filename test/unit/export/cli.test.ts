// `zhicheng export` and `zhicheng verify-export` end to end: real roster files in, a real ZIP out, checked with tools
// that share no code with the export (fflate's own unzip, node:crypto, exceljs, poppler).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, zhicheng } from '../../cli';
import { Manifest } from '../../../forms/export/manifest';
import { ROSTER_FILE } from '../../../forms/export/committee';
import { bytesSource, listZip } from '../../../shared/zip/reader';
import { Applicant, SCHEMA_VERSION, Settings, type Backup } from '../../../shared/model';
import { exportRosterCsv, exportRosterXlsx } from '../../../shared/roster';
import { route } from '../../../shared/rules';
import { beijingDateTime } from '../../../shared/text/beijing-time';
import { SAMPLE_APPLICANTS, sampleApplicant } from '../../../shared/sample/applicants';
import { pdftext, savePdf, squash } from '../../render/poppler';
import { recordFor } from '../../render/helpers';

const tmp = mkdtempSync(join(tmpdir(), 'zhicheng-export-cli-'));
const SAMPLE_ROSTER = join(ROOT, 'test/fixtures/roster/sample.xlsx');

/** Text in content-stream order: a cell's lines stay together however the table wraps them. */
const rawText = (file: string) => squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function readManifest(files: Record<string, Uint8Array>): Manifest {
  return Manifest.parse(JSON.parse(strFromU8(files['manifest.json']!)));
}

async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe('zhicheng export (sample roster with captured records)', () => {
  const out = join(tmp, 'sample.zip');
  let run: Awaited<ReturnType<typeof zhicheng>>;
  let files: Record<string, Uint8Array>;

  beforeAll(async () => {
    // A backup as the extension writes it: the sample applicants (other ids than the roster import gives them) and
    // a record for every credential checked online.
    const records = SAMPLE_APPLICANTS.flatMap((a) => a.credentials.filter((c) => route(c).route !== 'archive-review').map((c) => recordFor(a, c)));
    const backup: Backup = {
      schemaVersion: SCHEMA_VERSION,
      app: 'zhicheng-desk',
      exportedAt: '2026-10-12T10:00:00+08:00',
      applicants: SAMPLE_APPLICANTS,
      records,
      settings: Settings.parse({ unitName: '抚顺市示例单位（人事科）', checker: '李查验', committee: '抚顺市示例评审委员会' }),
    };
    writeFileSync(join(tmp, 'backup.json'), JSON.stringify(backup));
    run = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--records', join(tmp, 'backup.json'), '--meeting', '2026-10-12', '--out', out, '--allow-incomplete', '--json');
    files = existsSync(out) ? unzipSync(new Uint8Array(readFileSync(out))) : {};
  }, 300_000);

  it('exits 0 and reports what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ ok: true, out, applicants: SAMPLE_APPLICANTS.length, meeting: '2026-10-12', unmatchedRecords: 0, formats: ['pdf', 'docx'] });
    expect(summary.records).toBeGreaterThan(20);
    expect(summary.files).toBe(Object.keys(files).length);
    expect(summary.bytes).toBe(readFileSync(out).length);
    expect(existsSync(`${out}.part`)).toBe(false);
    // Every online credential has a matching record; a02's, a05's and a07's archive statements are not in yet.
    expect(summary.blocked.map((b: { name: string }) => b.name)).toEqual(['a02', 'a05', 'a07'].map((id) => sampleApplicant(id).name));
    expect(summary.blocked[2].reasons).toEqual(['学历（本科）需档案审查，尚未取得《个人学历、学位信息审查情况材料》']);
  });

  it('withholds the unit pledge of a blocked applicant and lists why in the 材料核对清单 (PDF and XLSX)', async () => {
    const a07 = sampleApplicant('a07');
    const dir = Object.keys(files).find((p) => p.includes(a07.name))!.split('/')[0]!;
    expect(files[`${dir}/单位诚信承诺书.pdf`]).toBeUndefined();
    expect(files[`${dir}/个人诚信承诺书.pdf`]).toBeDefined();
    const text = squash(pdftext(savePdf('checklist', files['材料核对清单.pdf']!)));
    expect(text).toContain(`共${SAMPLE_APPLICANTS.length}人，材料齐全${SAMPLE_APPLICANTS.length - 3}人，未齐全3人`);
    expect(text).toContain('尚未取得《个人学历、学位信息审查情况材料》');
    const sheet = await sheetOf(files['材料核对清单.xlsx']!);
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain(a07.name);
    expect(cells.filter((c) => c === '未齐全')).toHaveLength(3);
  });

  it('without --allow-incomplete exits 1, writes nothing and names each blocked applicant', async () => {
    const refused = join(tmp, 'refused.zip');
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--records', join(tmp, 'backup.json'), '--out', refused, '--json');
    expect(r.code).toBe(1);
    expect(existsSync(refused)).toBe(false);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.blocked.map((b: { applicantId: string }) => b.applicantId)).toHaveLength(3);
    const text = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--records', join(tmp, 'backup.json'), '--out', refused);
    expect(text.stderr).toContain(`${sampleApplicant('a07').name}：学历（本科）需档案审查`);
  });

  it('lists every file in manifest.json with the size and SHA-256 an independent unzip finds', () => {
    const m = readManifest(files);
    expect(m.schemaVersion).toBe(SCHEMA_VERSION);
    expect(m.app).toBe('zhicheng-desk');
    expect(m.meeting).toBe('2026-10-12');
    expect(m.files.map((f) => f.path).sort()).toEqual(Object.keys(files).filter((p) => p !== 'manifest.json').sort());
    for (const f of m.files) {
      expect(files[f.path]!.length, f.path).toBe(f.size);
      expect(sha256(files[f.path]!), f.path).toBe(f.sha256);
    }
  });

  it('has one folder per applicant with the 评定表, verification or archive sheets and both commitments, PDF and DOCX', () => {
    const folders = [...new Set(Object.keys(files).filter((p) => p.includes('/')).map((p) => p.split('/')[0]!))];
    expect(folders).toHaveLength(SAMPLE_APPLICANTS.length);
    expect(folders[0]).toMatch(/^001-.+-[0-9X]{4}$/);
    // 张伟民 (a01): pre-2002 diploma and pre-2008 degree go to archive review; his 2007 master's diploma is online.
    const a01 = sampleApplicant('a01');
    const dir = folders.find((f) => f.includes(a01.name))!;
    const names = Object.keys(files).filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1)).sort();
    expect(names).toEqual(
      [
        '专业技术资格评定表',
        '个人学历学位信息审查情况材料',
        '个人诚信承诺书',
        '单位诚信承诺书',
        '学历学位查验结果单-学历-硕士研究生',
      ]
        .flatMap((n) => [`${n}.docx`, `${n}.pdf`])
        .sort(),
    );
    for (const p of Object.keys(files).filter((x) => x.endsWith('.pdf'))) expect(strFromU8(files[p]!.subarray(0, 5)), p).toBe('%PDF-');
    for (const p of Object.keys(files).filter((x) => x.endsWith('.docx'))) expect(unzipSync(files[p]!)['word/document.xml'], p).toBeDefined();
  });

  it('prints the captured result on the verification sheet (records followed the applicants by ID number)', () => {
    const a02 = sampleApplicant('a02');
    const path = Object.keys(files).find((p) => p.includes(a02.name) && p.endsWith('学历学位查验结果单-学历-本科.pdf'))!;
    const text = squash(pdftext(savePdf('a02-verification', files[path]!)));
    const rec = recordFor(a02, a02.credentials[0]!);
    expect(text).toContain(rec.vcode);
  });

  it('holds the roster, 公示名单, the statistics table as XLSX and PDF, and the deadlines', async () => {
    for (const p of [ROSTER_FILE, '评审通过人员公示名单.pdf', '评审通过人员公示名单.docx', '年度职称评审结果统计表.pdf', '年度职称评审结果统计表.xlsx', '评审工作时限.txt']) {
      expect(files[p], p).toBeDefined();
    }
    const roster = await sheetOf(files[ROSTER_FILE]!);
    expect(roster.rowCount).toBeGreaterThanOrEqual(SAMPLE_APPLICANTS.length + 1);
    const m = readManifest(files);
    expect(m.deadlines.map((d) => d.key)).toEqual(['request', 'passedList', 'objections', 'filing', 'higherDocuments', 'evaluationsDone']);
    expect(m.deadlines.find((d) => d.key === 'passedList')?.date).toBe('2026-10-15');
    expect(strFromU8(files['评审工作时限.txt']!)).toContain('2026年10月15日（星期四）');
  });

  it('verify-export passes the untouched file', async () => {
    const r = await zhicheng('verify-export', out, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ ok: true, problems: [] });
    expect(j.verified).toBe(Object.keys(files).length - 1);
    // The same count as the export and its cover (the manifest included), and the time as the cover prints it.
    const text = await zhicheng('verify-export', out);
    expect(text.stdout).toContain(`核对通过：清单所列 ${j.verified} 个文件的大小和 SHA-256 均一致（压缩包共 ${Object.keys(files).length} 个文件，含清单 manifest.json，导出时间 ${beijingDateTime(j.createdAt)}）`);
    expect(beijingDateTime(j.createdAt)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）$/);
  });

  it('verify-export names the file in which one byte was changed, and exits 1', async () => {
    const zip = new Uint8Array(readFileSync(out));
    const entries = await listZip(bytesSource(zip));
    const target = entries.find((e) => e.path.endsWith('个人诚信承诺书.pdf') && e.method === 0)!;
    const start = target.localHeaderOffset + 30 + Buffer.byteLength(target.path) + 0;
    const at = start + Math.floor(target.compressedSize / 2);
    zip[at] = zip[at]! ^ 0x01;
    const bad = join(tmp, 'changed.zip');
    writeFileSync(bad, zip);
    const r = await zhicheng('verify-export', bad, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.problems).toEqual([expect.objectContaining({ kind: 'hash', path: target.path })]);
    const text = await zhicheng('verify-export', bad);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`文件已被改动：${target.path}`);
  });
});

describe('hostile names in the roster', () => {
  const NAMES = ['=HYPERLINK("http://x","y")', '@SUM(1)', '<img src=x onerror=alert(1)>'];
  const hostile = NAMES.map((name, i) =>
    Applicant.parse({ ...sampleApplicant(['a03', 'a07', 'a17'][i]!), name, result: 'passed' }),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    it(`stay inert text in every XLSX of the export and print as text in the forms (${format} roster)`, async () => {
      const input = join(tmp, `hostile.${format}`);
      writeFileSync(input, format === 'csv' ? exportRosterCsv(hostile) : await exportRosterXlsx(hostile));
      const out = join(tmp, `hostile-${format}.zip`);
      const r = await zhicheng('export', '--roster', input, '--out', out, '--allow-incomplete', '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const files = unzipSync(new Uint8Array(readFileSync(out)));

      // No formula anywhere in the workbooks; the names are string cells, exactly as typed.
      for (const p of Object.keys(files).filter((x) => x.endsWith('.xlsx'))) {
        const parts = unzipSync(files[p]!);
        for (const [part, xml] of Object.entries(parts)) if (part.startsWith('xl/worksheets/')) expect(strFromU8(xml), `${p}:${part}`).not.toMatch(/<f[ >]/);
      }
      const roster = await sheetOf(files[ROSTER_FILE]!);
      const nameCol = (roster.getRow(1).values as unknown[]).indexOf('姓名');
      const cells = NAMES.map((_, i) => roster.getCell(i + 2, nameCol));
      expect(cells.map((c) => c.value)).toEqual(NAMES);
      for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);

      // Folders keep the names readable but cannot leave the archive or hide.
      const folders = [...new Set(Object.keys(files).filter((p) => p.includes('/')).map((p) => p.split('/')[0]!))];
      expect(folders).toHaveLength(3);
      for (const f of folders) expect(f).not.toMatch(/[<>:"\\|?*]/);

      // Printed as the characters they are, in the 评定表 and the 公示名单.
      const publicity = rawText(savePdf(`publicity-${format}`, files['评审通过人员公示名单.pdf']!));
      for (const n of NAMES) expect(publicity).toContain(squash(n));
      const img = folders.find((f) => f.startsWith('003-'))!;
      const evaluation = rawText(savePdf(`evaluation-${format}`, files[`${img}/专业技术资格评定表.pdf`]!));
      expect(evaluation).toContain(squash(NAMES[2]!));
    });
  }
});

describe('zhicheng export: wrong calls and bad input', () => {
  it('exits 2 without --roster or --out, or with a meeting date that is not a date', async () => {
    for (const args of [
      ['--out', join(tmp, 'x.zip')],
      ['--roster', SAMPLE_ROSTER],
      ['--roster', SAMPLE_ROSTER, '--out', join(tmp, 'x.zip'), '--meeting', '2026-02-30'],
      ['--roster', SAMPLE_ROSTER, '--out', join(tmp, 'x.txt')],
      ['--roster', SAMPLE_ROSTER, '--out', join(tmp, 'x.zip'), '--formats', 'pdf,odt'],
      ['--roster', SAMPLE_ROSTER, '--out', join(tmp, 'x.zip'), '--formats', ''],
    ]) {
      const r = await zhicheng('export', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--roster|--out|--meeting|--formats/);
    }
  });

  it('--formats pdf: each dossier in PDF only, the committee’s tables still PDF and XLSX', async () => {
    const out = join(tmp, 'pdf-only.zip');
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--out', out, '--formats', 'pdf', '--allow-incomplete', '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.formats).toEqual(['pdf']);
    const paths = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
    expect(j.files).toBe(paths.length);
    expect(paths.filter((p) => p.endsWith('.docx'))).toEqual([]);
    expect(paths.filter((p) => p.includes('/') && p.endsWith('.pdf')).length).toBeGreaterThan(SAMPLE_APPLICANTS.length * 2);
    expect(paths.filter((p) => p.endsWith('.xlsx')).length).toBe(3);
  });

  it('exits 1 and writes nothing for a roster with row errors, listing them', async () => {
    const out = join(tmp, 'broken.zip');
    const r = await zhicheng('export', '--roster', join(ROOT, 'test/fixtures/roster/broken.xlsx'), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第3行“身份证号”');
    expect(existsSync(out)).toBe(false);
  });

  it('exports with a meeting in a year without a holiday schedule: those deadlines are 待补充, with why', async () => {
    const out = join(tmp, 'future.zip');
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--meeting', '2031-10-13', '--out', out, '--allow-incomplete', '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const filing = j.deadlines.find((d: { key: string }) => d.key === 'filing');
    expect(filing).toMatchObject({ date: '', pending: expect.stringContaining('2031年度的节假日安排尚未收录') });
    expect(j.deadlines.find((d: { key: string }) => d.key === 'evaluationsDone').date).toBe('2031-11-30');
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(strFromU8(files['评审工作时限.txt']!)).toContain('评审结果审核备案：待补充（2031年度的节假日安排尚未收录');
    expect(Manifest.parse(JSON.parse(strFromU8(files['manifest.json']!))).deadlines).toEqual(j.deadlines);
  });

  it('dates those deadlines from a --schedule file (the year as the State Council publishes it), and says to use one', async () => {
    const schedule = join(tmp, '2031.json');
    // A made-up 2031: 国庆 1–7 October off, Saturday 11 October worked.
    writeFileSync(schedule, JSON.stringify({ '2031': { holidays: ['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-06', '2031-10-07'], workdays: ['2031-10-11'] } }));
    const out = join(tmp, 'scheduled.zip');
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--meeting', '2031-10-13', '--schedule', schedule, '--formats', 'pdf', '--out', out, '--allow-incomplete', '--json');
    expect(r.code, r.stderr).toBe(0);
    const dates = Object.fromEntries(JSON.parse(r.stdout).deadlines.map((d: { key: string; date: string }) => [d.key, d.date]));
    // Five working days before Monday 13 October: the worked Saturday 11th, then 10, 9, 8 October and 30 September.
    expect(dates).toMatchObject({ request: '2031-09-30', passedList: '2031-10-16', filing: '2031-11-10' });
    const text = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--meeting', '2031-10-13', '--formats', 'pdf', '--out', join(tmp, 'unscheduled.zip'), '--allow-incomplete');
    expect(text.stdout).toContain('（或用 --schedule 指定该年度安排的JSON文件，重新导出）');
  });

  it('does not overwrite an existing file without --force', async () => {
    const out = join(tmp, 'exists.zip');
    writeFileSync(out, 'keep me');
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('a folder that does not exist is a Chinese error, not an internal one', async () => {
    const r = await zhicheng('export', '--roster', SAMPLE_ROSTER, '--out', join(tmp, 'no-such-dir', 'x.zip'), '--allow-incomplete');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('所在文件夹不存在');
    expect(r.stderr).not.toContain('Internal error');
  });

  it('verify-export: exit 2 without a file, exit 1 for a file that is not a ZIP', async () => {
    expect((await zhicheng('verify-export')).code).toBe(2);
    const notZip = join(tmp, 'not.zip');
    writeFileSync(notZip, '这不是压缩包');
    const r = await zhicheng('verify-export', notZip);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('核对未通过');
    expect(r.stdout).toContain('不是 ZIP 压缩包');
  });
});
