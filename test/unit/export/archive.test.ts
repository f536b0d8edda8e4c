import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeArchive, type ArchiveFile } from '../../../forms/export/archive';
import { MANIFEST_PATH, Manifest } from '../../../forms/export/manifest';
import { sha256Hex } from '../../../forms/export/sha256';
import { describeProblem, verifyExport } from '../../../forms/export/verify';
import { bytesSource, listZip, readEntry } from '../../../shared/zip/reader';
import { shouldDeflate } from '../../../forms/export/zip-writer';
import { concatBytes } from '../../../shared/bytes';

const enc = new TextEncoder();
const META = { schemaVersion: 1 as const, app: 'zhicheng-desk' as const, createdAt: '2026-10-12T09:30:00+08:00', meeting: '2026-10-12', deadlines: [] };

/** Pseudo-random bytes (incompressible, like a PDF's streams), deterministic per seed. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const FILES: ArchiveFile[] = [
  { path: '001-张三-3114/评定表.pdf', bytes: noise(40_000, 7) },
  { path: '001-张三-3114/个人诚信承诺书.docx', bytes: noise(9_000, 8) },
  { path: '工作时限.txt', bytes: enc.encode('评审会后3个工作日内报送通过人员名单。\r\n'.repeat(200)) },
  { path: '空文件.txt', bytes: new Uint8Array(0) },
];

async function build(files: ArchiveFile[]): Promise<{ zip: Uint8Array; manifest: Manifest }> {
  const chunks: Uint8Array[] = [];
  const gen = writeArchive(files, META);
  let r = await gen.next();
  while (!r.done) {
    chunks.push(r.value);
    r = await gen.next();
  }
  return { zip: concatBytes(chunks), manifest: r.value };
}

describe('writeArchive', () => {
  it('writes a ZIP that an independent reader opens, with Chinese names and identical bytes', async () => {
    const { zip } = await build(FILES);
    const out = unzipSync(zip);
    expect(Object.keys(out).sort()).toEqual([...FILES.map((f) => f.path), MANIFEST_PATH].sort());
    for (const f of FILES) expect(out[f.path]).toEqual(f.bytes);
  });

  it('lists every file with its size and SHA-256 in manifest.json, the last entry', async () => {
    const { zip, manifest } = await build(FILES);
    const entries = await listZip(bytesSource(zip));
    expect(entries.at(-1)?.path).toBe(MANIFEST_PATH);
    const stored = Manifest.parse(JSON.parse(new TextDecoder().decode(unzipSync(zip)[MANIFEST_PATH])));
    expect(stored).toEqual(manifest);
    expect(stored.meeting).toBe('2026-10-12');
    expect(stored.files.map((f) => f.path)).toEqual(FILES.map((f) => f.path));
    for (const f of FILES) {
      const m = stored.files.find((x) => x.path === f.path)!;
      expect(m.size).toBe(f.bytes.length);
      expect(m.sha256).toBe(await sha256Hex(f.bytes));
    }
  });

  it('stores compressed formats and deflates text', async () => {
    const { zip } = await build(FILES);
    const entries = await listZip(bytesSource(zip));
    const method = (p: string) => entries.find((e) => e.path === p)!.method;
    expect(method('001-张三-3114/评定表.pdf')).toBe(0);
    expect(method('001-张三-3114/个人诚信承诺书.docx')).toBe(0);
    expect(method('工作时限.txt')).toBe(8);
    expect(shouldDeflate('manifest.json')).toBe(true);
    const txt = entries.find((e) => e.path === '工作时限.txt')!;
    expect(txt.compressedSize).toBeLessThan(txt.size / 10);
    expect(await readEntry(bytesSource(zip), txt)).toEqual(FILES[2]!.bytes);
  });

  it('is the same bytes for the same input (one export, one archive)', async () => {
    const a = await build(FILES);
    const b = await build(FILES);
    expect(await sha256Hex(a.zip)).toBe(await sha256Hex(b.zip));
  });

  it('refuses two files with one path', async () => {
    await expect(build([FILES[0]!, FILES[0]!])).rejects.toThrow(/duplicate path/);
  });

  it('stops between files when the signal aborts', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    async function* files() {
      for (const f of FILES) {
        seen.push(f.path);
        if (seen.length === 2) ac.abort();
        yield f;
      }
    }
    const run = async () => {
      for await (const _ of writeArchive(files(), META, ac.signal)) void _;
    };
    await expect(run()).rejects.toThrow();
    expect(seen).toHaveLength(2);
  });
});

describe('verifyExport', () => {
  it('passes an untouched export and counts every file', async () => {
    const { zip } = await build(FILES);
    const r = await verifyExport(bytesSource(zip));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.verified).toBe(FILES.length);
  });

  it('names the file whose byte was changed', async () => {
    const { zip } = await build(FILES);
    const target = (await listZip(bytesSource(zip))).find((e) => e.path.endsWith('评定表.pdf'))!;
    const bad = zip.slice();
    const dataStart = target.localHeaderOffset + 30 + new TextEncoder().encode(target.path).length;
    bad[dataStart + 1234] = bad[dataStart + 1234]! ^ 0xff;
    const r = await verifyExport(bytesSource(bad));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'hash', path: '001-张三-3114/评定表.pdf' });
    expect(describeProblem(r.problems[0]!)).toContain('001-张三-3114/评定表.pdf');
    expect(r.verified).toBe(FILES.length - 1);
  });

  it('reports a damaged deflated file as unreadable or changed, by name', async () => {
    const { zip } = await build(FILES);
    const target = (await listZip(bytesSource(zip))).find((e) => e.path === '工作时限.txt')!;
    const bad = zip.slice();
    const dataStart = target.localHeaderOffset + 30 + new TextEncoder().encode(target.path).length;
    bad[dataStart + 10] = bad[dataStart + 10]! ^ 0x55;
    const r = await verifyExport(bytesSource(bad));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => ('path' in p ? p.path : p.kind))).toEqual(['工作时限.txt']);
  });

  it('reports a file missing from the archive and a file not in the manifest', async () => {
    const { manifest } = await build(FILES);
    // Same manifest, but the archive lacks one listed file and carries one it does not list.
    const swapped = [...FILES.slice(1), { path: '多余.txt', bytes: enc.encode('x') }];
    const parts: ArchiveFile[] = [...swapped, { path: MANIFEST_PATH, bytes: enc.encode(JSON.stringify(manifest)) }];
    const { zipSync } = await import('fflate');
    // Made on Unix, as our writer marks entries (Chinese names from another OS are refused as ambiguous).
    const zip = zipSync(Object.fromEntries(parts.map((p) => [p.path, [p.bytes, { os: 3 }]])));
    const r = await verifyExport(bytesSource(zip));
    expect(r.problems).toContainEqual({ kind: 'missing', path: FILES[0]!.path });
    expect(r.problems).toContainEqual({ kind: 'unlisted', path: '多余.txt' });
    expect(r.verified).toBe(FILES.length - 1);
  });

  it('says so when there is no manifest or it is not one', async () => {
    const { zipSync } = await import('fflate');
    expect((await verifyExport(bytesSource(zipSync({ 'a.txt': enc.encode('a') })))).problems).toEqual([{ kind: 'no-manifest' }]);
    const r = await verifyExport(bytesSource(zipSync({ [MANIFEST_PATH]: enc.encode('{"files": 3}') })));
    expect(r.problems[0]?.kind).toBe('bad-manifest');
  });

  it('calls a cut-short export incomplete, wherever it is cut, and data after a whole one extra', async () => {
    const { zipSync } = await import('fflate');
    // A DOCX is a ZIP, stored as it is: a cut after it leaves its end record as the last one in the file.
    const docx = zipSync({ 'word/document.xml': noise(3_000, 9), '[Content_Types].xml': enc.encode('<Types/>') }, { level: 0 });
    const { zip } = await build([...FILES, { path: '002-李四-0021/个人诚信承诺书.docx', bytes: docx }]);
    const problem = async (bytes: Uint8Array) => describeProblem((await verifyExport(bytesSource(bytes))).problems[0]!);
    const docxEnd = Buffer.from(zip).lastIndexOf(Buffer.from(docx.subarray(-22))) + 22;
    for (const at of [1_000, docxEnd, docxEnd + 50, zip.length - 100, zip.length - 1]) {
      expect(await problem(zip.subarray(0, at)), `cut at ${at}`).toBe('压缩包不能通过核对：压缩包不完整或已损坏（找不到它自己的目录结尾记录，可能只复制或下载了一部分），请重新复制或下载完整的文件');
    }
    expect(await problem(concatBytes([zip, enc.encode('extra')]))).toBe('压缩包不能通过核对：压缩包末尾有多余的数据');
    // A ZIP64 marker (the directory's offset at its maximum) is named as ZIP64, not as a cut file.
    const zip64 = zip.slice();
    new DataView(zip64.buffer).setUint32(zip64.length - 22 + 16, 0xffffffff, true);
    expect(await problem(zip64)).toBe('压缩包不能通过核对：压缩包使用了 ZIP64 格式，本工具不支持');
  });

  it('fails, in Chinese, for bytes that are not a ZIP', async () => {
    const r = await verifyExport(bytesSource(enc.encode('not a zip at all, just some text here')));
    expect(r).toMatchObject({ ok: false, problems: [{ kind: 'bad-archive' }] });
    expect(describeProblem(r.problems[0]!)).toBe('压缩包不能通过核对：不是 ZIP 压缩包（没有目录结尾记录）');
  });
});
