// Issue 12, item 11 (and the names of item 15): text XML cannot carry is refused at import with its row and column,
// names that would print wrong are refused, and every XML part of every DOCX/XLSX an export writes parses, even when
// such text reaches the writers another way (a verification record read from a page).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Applicant, SCHEMA_VERSION, Settings, type Backup } from '../../../shared/model';
import { exportRosterCsv, exportRosterXlsx, importRoster } from '../../../shared/roster';
import { route } from '../../../shared/rules';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { recordFor } from '../../render/helpers';
import { zhicheng } from '../../cli';
import { freshDir } from './helpers';

/** Parses every .xml/.rels part of every DOCX/XLSX in `zip` (or of the workbook itself) with Python's expat. */
const PARSE_ALL = `
import sys, zipfile, io, xml.dom.minidom
def parts(z):
    for name in z.namelist():
        if name.endswith(('.docx', '.xlsx')):
            yield from ((f'{name}!{p}', b) for p, b in parts(zipfile.ZipFile(io.BytesIO(z.read(name)))))
        elif name.endswith(('.xml', '.rels')):
            yield name, z.read(name)
n = 0
for name, data in parts(zipfile.ZipFile(sys.argv[1])):
    try:
        xml.dom.minidom.parseString(data)
    except Exception as e:
        print(f'{name}: {e}', file=sys.stderr); sys.exit(1)
    n += 1
print(n)
`;
const parseEveryXmlPart = (file: string): number => Number(execFileSync('python3', ['-c', PARSE_ALL, file], { encoding: 'utf8' }).trim());

const csvOf = (rows: Applicant[]) => new TextEncoder().encode(exportRosterCsv(rows).replaceAll('\t', ''));

describe('text XML cannot carry, and names that print wrong, are refused at import', () => {
  it.each([
    ['name', '张\uFFFE三', '姓名', 'U+FFFE'],
    ['employer', '抚顺市\u0001医院', '工作单位', 'U+0001'],
    ['specialty', '化工\uFFFF工艺', '申报专业', 'U+FFFF'],
  ] as const)('%s with %j: refused on its row and column, naming the character', async (key, value, column, code) => {
    const a = { ...sampleApplicant('a01'), [key]: value } as Applicant;
    const r = await importRoster(csvOf([sampleApplicant('a02'), a]), '名册.csv');
    expect(r.applicants.map((x) => x.name)).toEqual([sampleApplicant('a02').name]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column, message: expect.stringContaining(`无法保存的字符（${code}`) })]);
  });

  it('a lone surrogate (which a CSV cannot carry, a backup can) is refused by the model itself', () => {
    const r = Applicant.safeParse({ ...sampleApplicant('a01'), employer: '抚顺市\uD800医院' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('U+D800');
  });

  it.each([
    ['\u200B\u200D', '只有空白或不可见字符'],
    ['张\u202E三', '改变文字方向'],
    ['张\u2066三', '改变文字方向'],
    ['张\n三', '换行'],
  ])('the name %j is refused', async (name, why) => {
    const r = await importRoster(csvOf([{ ...sampleApplicant('a01'), name }]), '名册.csv');
    expect(r.applicants).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, column: '姓名', message: expect.stringContaining(why) })]);
  });
});

describe('every XML part the export writes parses', () => {
  it('with U+FFFE, U+FFFF and C0 controls in the records read from pages (which no import checks)', async () => {
    const dir = freshDir('xml');
    const a = sampleApplicant('a01');
    const roster = join(dir, 'roster.xlsx');
    writeFileSync(roster, await exportRosterXlsx([a, sampleApplicant('a02')]));
    const records = a.credentials
      .filter((c) => route(c).route !== 'archive-review')
      .map((c) => {
        const r = recordFor(a, c);
        for (const f of Object.values(r.fields)) if (f) f.value = f.raw = `${f.value}\uFFFE\uFFFF\u0001\u001F`;
        return r;
      });
    const backup: Backup = {
      schemaVersion: SCHEMA_VERSION,
      app: 'zhicheng-desk',
      exportedAt: '2026-10-12T10:00:00+08:00',
      applicants: [a],
      records,
      settings: Settings.parse({ unitName: '抚顺市\uFFFE单位', checker: '李\u0002查验' }),
    };
    writeFileSync(join(dir, 'backup.json'), JSON.stringify(backup));
    const out = join(dir, 'x.zip');
    // U+FFFE and U+FFFF have no glyph: the PDFs print 〓 and say so (item 10); the DOCX and XLSX drop them.
    const r = await zhicheng('export', '--allow-incomplete', '--roster', roster, '--records', join(dir, 'backup.json'), '--out', out, '--allow-missing-glyphs');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('字符“\uFFFE”（U+FFFE）');
    expect(parseEveryXmlPart(out)).toBeGreaterThan(50);
    expect((await zhicheng('verify-export', out)).code).toBe(0);
  });

  it('the roster workbook drops such text if it reaches the writer unchecked', async () => {
    const dir = freshDir('xml-roster');
    const file = join(dir, 'r.xlsx');
    writeFileSync(file, await exportRosterXlsx([{ ...sampleApplicant('a01'), name: '张\uFFFE三', employer: '单位\u0001' } as Applicant]));
    const wrapped = join(dir, 'w.zip');
    // The parser walks workbooks inside a ZIP: wrap the workbook in one.
    execFileSync('python3', ['-c', `import zipfile,sys; zipfile.ZipFile(sys.argv[2],'w').write(sys.argv[1],'r.xlsx')`, file, wrapped]);
    expect(parseEveryXmlPart(wrapped)).toBeGreaterThan(5);
  });
});
