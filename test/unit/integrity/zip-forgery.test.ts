// Issue 12, items 3, 4, 5: verify-export cannot be fooled by a crafted archive, refuses unsafe ones, and stays within
// its caps on a bomb. Each forgery is also shown to matter: a real extractor gives the user something else.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, manifestBytes } from '../../../forms/export/manifest';
import { describeProblem, verifyExport } from '../../../forms/export/verify';
import { bytesSource } from '../../../shared/zip/reader';
import { zhicheng } from '../../cli';
import { craftZip, zeroBomb, type CraftEntry } from './zip-craft';
import { extractWith, sameFiles } from './extractors';

const enc = new TextEncoder();
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const META = { schemaVersion: 1 as const, app: 'zhicheng-desk' as const, createdAt: '2026-10-12T09:30:00+08:00', deadlines: [] };

const PDF = enc.encode(`%PDF-1.7\n${'评定表 原件 '.repeat(300)}\n%%EOF\n`);
const FORGED = enc.encode(`%PDF-1.7\n${'评定表 伪造 '.repeat(300)}\n%%EOF\n`);
const TXT = enc.encode('评审会后3个工作日内报送通过人员名单。\r\n'.repeat(50));

/** An export's entries with a manifest listing `listed` (default: the files themselves). */
function exportEntries(files: CraftEntry[], listed = files): CraftEntry[] {
  const manifest = manifestBytes({ ...META, files: listed.map((f) => ({ path: f.name, size: f.data.length, sha256: sha(f.data) })) });
  return [...files, { name: MANIFEST_PATH, data: manifest }];
}

const GENUINE: CraftEntry[] = [
  { name: '001-张三-3114/评定表.pdf', data: PDF, method: 0 },
  { name: '工作时限.txt', data: TXT },
];

const verify = (zip: Uint8Array) => verifyExport(bytesSource(zip));
const messages = async (zip: Uint8Array) => (await verify(zip)).problems.map(describeProblem).join('\n');

describe('verify-export against crafted archives', () => {
  it('passes the genuine crafted export, and all three extractors agree with it', async () => {
    const zip = craftZip(exportEntries(GENUINE));
    expect(await verify(zip)).toMatchObject({ ok: true, verified: 2 });
    const want = new Map(exportEntries(GENUINE).map((e) => [e.name, e.data]));
    for (const tool of ['unzip', 'bsdtar', 'python'] as const) expect(sameFiles(extractWith(tool, zip), want)).toBe(true);
  });

  it('item 3: a stream that inflates past its declared size (the forgery appended) is refused', async () => {
    const txt = GENUINE[1]!;
    const longer = new Uint8Array([...TXT, ...enc.encode('另：张三的材料已全部通过。')]);
    const zip = craftZip(exportEntries([GENUINE[0]!, { ...txt, raw: new Uint8Array(deflateRawSync(longer)) }], GENUINE));
    const r = await verify(zip);
    expect(r.ok).toBe(false);
    expect(await messages(zip)).toContain('“工作时限.txt”解压后比目录记载的');
  });

  it('item 3: a wrong CRC-32 is refused (unzip reports the file as damaged)', async () => {
    const zip = craftZip(exportEntries([{ ...GENUINE[0]!, crc: 0x12345678, localCrc: 0x12345678 }, GENUINE[1]!], GENUINE));
    expect(extractWith('unzip', zip)).toBe('refused');
    expect(await messages(zip)).toContain('CRC-32 校验值与压缩包目录不符');
  });

  it('item 3: a local header that disagrees with the central directory is refused', async () => {
    const renamed = craftZip(exportEntries([{ ...GENUINE[0]!, localName: '001-张三-3114/评定表.PDF' }, GENUINE[1]!], GENUINE));
    expect(await messages(renamed)).toContain('文件头与目录不一致');
    const resized = craftZip(exportEntries([GENUINE[0]!, { ...GENUINE[1]!, localSize: 5 }], GENUINE));
    expect(await messages(resized)).toContain('文件头与目录不一致');
  });

  it('item 3: a forged PDF hidden between the listed entries and the directory (read by a streaming extractor) is refused', async () => {
    const hidden = craftZip([{ name: '001-张三-3114/评定表.pdf', data: FORGED, method: 0 }]);
    const prefix = hidden.subarray(0, 30 + enc.encode('001-张三-3114/评定表.pdf').length + FORGED.length);
    const genuine = exportEntries(GENUINE);
    const zip = craftZip(genuine, { afterEntries: prefix });
    // What bsdtar reading the file as a stream gives the user: the forged PDF under the genuine name.
    const streamed = extractWith('bsdtar-stream', zip);
    expect(streamed !== 'refused' && Buffer.from(streamed.get('001-张三-3114/评定表.pdf')!).equals(Buffer.from(FORGED))).toBe(true);
    expect(await messages(zip)).toContain('压缩包最后一个文件之后有多余的数据');
    expect(await messages(craftZip(genuine, { before: prefix }))).toContain('之前有不属于任何文件的数据');
  });

  it.each([
    ['../../x.txt', '含“..”'],
    ['/etc/x.txt', '绝对路径'],
    ['C:/x.txt', '绝对路径'],
    ['a\\..\\x.txt', '含反斜杠'],
    ['a\u0000.pdf', '含控制字符'],
    ['a/./b.txt', '含空的或“.”路径段'],
  ])('item 4: refuses the unsafe name %j', async (name, why) => {
    const zip = craftZip(exportEntries([...GENUINE, { name, data: TXT }]));
    const r = await verify(zip);
    expect(r.ok).toBe(false);
    expect(await messages(zip)).toContain(why);
  });

  it('item 4: refuses a symlink entry, duplicate names, names equal but for case, and a path listed twice', async () => {
    const link = craftZip(exportEntries([...GENUINE, { name: 'link.pdf', data: enc.encode('/etc/passwd'), method: 0, mode: 0o120777 }]));
    expect(await messages(link)).toContain('“link.pdf”是符号链接或特殊文件');
    const twice = craftZip([...exportEntries(GENUINE), { name: '工作时限.txt', data: enc.encode('伪造') }]);
    expect(await messages(twice)).toContain('文件重复出现：工作时限.txt');
    const cased = craftZip(exportEntries([...GENUINE, { name: '001-张三-3114/评定表.PDF', data: FORGED, method: 0 }]));
    expect(await messages(cased)).toContain('文件名只差大小写或编码');
    const listedTwice = craftZip(exportEntries(GENUINE, [...GENUINE, GENUINE[1]!]));
    const r = await verify(listedTwice);
    expect(r.ok).toBe(false);
    expect(r.problems.map(describeProblem)).toEqual(['清单中同一文件出现了不止一次：工作时限.txt（清单被改动过）']);
  });

  it('item 5: a bomb is refused within the caps (declared too large; or declared small, inflating to 512 MB)', async () => {
    const before = process.memoryUsage().rss;
    const bomb = zeroBomb(512);
    const declared = craftZip(exportEntries([...GENUINE, { name: 'big.bin', data: new Uint8Array(0), raw: bomb, size: 1536 * 1024 * 1024, crc: 0 }]));
    expect(declared.length).toBeLessThan(4 * 1024 * 1024);
    expect(await messages(declared)).toMatch(/超过上限|压缩比/);
    const small = new Uint8Array(1 << 20);
    const lying = craftZip(exportEntries([...GENUINE, { name: 'small.bin', data: small, raw: bomb }]));
    const t = Date.now();
    expect(await messages(lying)).toContain('“small.bin”解压后比目录记载的 1048576 字节更长');
    expect(Date.now() - t).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('zhicheng verify-export', () => {
  it('prints the SHA-256 of manifest.json (to compare with the stamped cover page), and --json gives it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-verify-'));
    const file = join(dir, 'a.zip');
    const entries = exportEntries(GENUINE);
    writeFileSync(file, craftZip(entries));
    const want = sha(entries.at(-1)!.data);
    const text = await zhicheng('verify-export', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`清单 manifest.json 的 SHA-256：${want}`);
    const json = JSON.parse((await zhicheng('verify-export', file, '--json')).stdout);
    expect(json).toMatchObject({ ok: true, manifestSha256: want });
  });

  it('says in Chinese that a folder is not an archive (no 内部错误)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-verify-dir-'));
    const r = await zhicheng('verify-export', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('这是一个文件夹，不是压缩包');
    expect(r.stderr).not.toContain('内部错误');
  });
});
