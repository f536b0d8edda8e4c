// Issue 12, items 7 and 14: the export's Chinese names read right in Debian's unzip, bsdtar and Python's zipfile;
// an export that would exceed the ZIP's entry limit is refused before a single form is rendered.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeArchive, type ArchiveFile } from '../../../forms/export/archive';
import { ExportTooLargeError, exportCommittee } from '../../../forms/export/committee';
import { MANIFEST_PATH } from '../../../forms/export/manifest';
import { Applicant, Settings } from '../../../shared/model';
import { sampleApplicant } from '../../../shared/sample/applicants';
import { EXTRACTORS, extractWith, sameFiles } from './extractors';

const enc = new TextEncoder();
const META = { schemaVersion: 1 as const, app: 'zhicheng-desk' as const, createdAt: '2026-10-12T09:30:00+08:00', deadlines: [] };
const FILES: ArchiveFile[] = [
  { path: '001-张三-3114/辽宁省专业技术资格评定表.pdf', bytes: enc.encode('%PDF-1.7 评定表') },
  { path: '001-张三-3114/学历／学位网上查验结果单-𠮷.docx', bytes: enc.encode('docx') },
  { path: '申报人员名单.xlsx', bytes: enc.encode('xlsx') },
  { path: '工作时限.txt', bytes: enc.encode('评审会后3个工作日内'.repeat(40)) },
];

async function archive(): Promise<{ zip: Uint8Array; manifest: Uint8Array }> {
  const chunks: Uint8Array[] = [];
  const gen = writeArchive(FILES, META);
  for (let r = await gen.next(); !r.done; r = await gen.next()) chunks.push(r.value);
  const zip = new Uint8Array(Buffer.concat(chunks));
  return { zip, manifest: unzipSync(zip)[MANIFEST_PATH]! };
}

describe('ZIP out', () => {
  it('item 7: unzip, bsdtar and Python list and extract every Chinese name as written', async () => {
    const { zip, manifest } = await archive();
    const want = new Map([...FILES.map((f) => [f.path, f.bytes] as const), [MANIFEST_PATH, manifest] as const]);
    for (const tool of EXTRACTORS) expect(sameFiles(extractWith(tool, zip), want), tool).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'zhicheng-names-')), 'a.zip');
    writeFileSync(file, zip);
    const listed = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } }).stdout.trim().split('\n');
    expect(listed).toEqual([...FILES.map((f) => f.path), MANIFEST_PATH]);
    const info = spawnSync('zipinfo', [file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/-rw-r--r--\s+2\.0 unx/);
    expect(info).not.toContain('fat');
  });

  it('item 14: 10,000 applicants (over 65,535 files) are refused before anything is rendered', async () => {
    const a = sampleApplicant('a01');
    const applicants = Array.from({ length: 10_000 }, (_, i) => Applicant.parse({ ...a, id: `p${i}` }));
    let rendered = 0;
    const gen = exportCommittee({ applicants, records: [], settings: Settings.parse({}) }, { render: async () => (rendered++, []) });
    const err = await gen.next().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportTooLargeError);
    expect((err as Error).message).toMatch(/^导出将包含 \d+ 个文件（10000 名申报人），超过 ZIP 压缩包最多 65535 个文件的上限，未导出。请把名册分成几份/);
    expect(rendered).toBe(0);
  });
});
