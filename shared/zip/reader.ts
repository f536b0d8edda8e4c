// The one ZIP reader for what users hand us: a committee export (verify-export) and a roster workbook (.xlsx).
// fflate inflates; the checks are ours, because what a ZIP *means* differs between tools: the central directory and
// the local headers can disagree, a stream can inflate past its declared size, a name can climb out of the folder.
// An archive is accepted only when every tool would read the same names and bytes from it, and only within caps
// checked before and while inflating. No Node APIs: the extension and the static page use it too.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { S_IFREG, ZIP_FLAG_UTF8, ZIP_METHOD, ZIP_OS_UNIX, ZIP_RECORD_SIZE, ZIP_SIGNATURE, ZIP_VERSION_20 } from './format';

/** Random access to the bytes of an archive: a file handle in Node, a Blob in the browser, or a byte array. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (offset, length) => bytes.subarray(offset, offset + length),
});

export interface ZipEntryInfo {
  path: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
  /** Where the entry's compressed bytes start (after the local header). */
  dataOffset: number;
  /** A folder entry (name ending in '/', no content). */
  directory: boolean;
}

export interface ZipLimits {
  maxEntries: number;
  /** Uncompressed bytes of any one entry. */
  maxEntrySize: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalSize: number;
  /** Uncompressed ÷ compressed, for entries above `ratioFrom` bytes (small entries may compress as well as they like). */
  maxRatio: number;
  ratioFrom: number;
  /**
   * Entries must tile the file exactly (first at 0, each right after the previous, the central directory right after
   * the last, no comment): nothing is hidden from tools that read local headers in sequence. Our own exports are
   * written so; workbooks from other programs need not be.
   */
  contiguous: boolean;
}

/** A committee export: up to the entries our writer allows; forms of a few hundred KB, each under 256 MB. */
export const EXPORT_LIMITS: ZipLimits = {
  maxEntries: 0xffff,
  maxEntrySize: 256 * 1024 * 1024,
  maxTotalSize: 16 * 1024 * 1024 * 1024,
  maxRatio: 100,
  ratioFrom: 1024 * 1024,
  contiguous: true,
};

/** A roster workbook: a 10,000-row roster is a few MB of XML. */
export const WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntrySize: 100 * 1024 * 1024,
  maxTotalSize: 300 * 1024 * 1024,
  maxRatio: 500,
  ratioFrom: 1024 * 1024,
  contiguous: false,
};

/** An office's Word template (.docx): a few dozen parts; images of seals and logos at most a few MB each. */
export const TEMPLATE_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntrySize: 50 * 1024 * 1024,
  maxTotalSize: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFrom: 1024 * 1024,
  contiguous: false,
};

/** An archive that is damaged, ambiguous or unsafe: `message` English for logs, `zh` for users. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
  constructor(
    message: string,
    readonly zh: string,
  ) {
    super(message);
  }
}

const fail = (en: string, zh: string): never => {
  throw new ZipFormatError(en, zh);
};

const { endOfCentralDirectory: EOCD_SIG, centralHeader: CEN_SIG, localHeader: LOC_SIG, dataDescriptor: DD_SIG } = ZIP_SIGNATURE;
const { localHeader: LOC_SIZE, centralHeader: CEN_SIZE, endOfCentralDirectory: EOCD_MIN } = ZIP_RECORD_SIZE;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const FLAG_STRONG_ENCRYPTION = 0x40;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
/** Compressed bytes handed to the inflater at a time: each push makes at most ~1,032 times this, so memory stays bounded. */
const INFLATE_SLICE = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The extra field's records, which must fill it exactly. */
function extraFields(extra: Uint8Array, path: string): Map<number, Uint8Array> {
  const v = view(extra);
  const out = new Map<number, Uint8Array>();
  let p = 0;
  while (p < extra.length) {
    if (p + 4 > extra.length) fail(`extra field of ${path} damaged`, `“${path}”的附加字段已损坏`);
    const id = v.getUint16(p, true);
    const len = v.getUint16(p + 2, true);
    if (p + 4 + len > extra.length || out.has(id)) fail(`extra field of ${path} damaged`, `“${path}”的附加字段已损坏`);
    out.set(id, extra.subarray(p + 4, p + 4 + len));
    p += 4 + len;
  }
  return out;
}

/** Extras other tools would read a different name or size from are refused; the Unicode path must repeat the name. */
function checkExtras(extra: Uint8Array, nameBytes: Uint8Array, path: string): void {
  const fields = extraFields(extra, path);
  if (fields.has(EXTRA_ZIP64)) fail(`ZIP64 extra on ${path}`, `“${path}”使用了 ZIP64 扩展，本工具不支持`);
  const up = fields.get(EXTRA_UNICODE_PATH);
  if (up) {
    // Info-ZIP Unicode Path: version 1, CRC-32 of the header name, the name in UTF-8. unzip and 7-Zip prefer it.
    const ok = up.length >= 5 && up[0] === 1 && view(up).getUint32(1, true) === crc32(nameBytes) && sameBytes(up.subarray(5), nameBytes);
    if (!ok) fail(`unicode path extra differs from the name of ${path}`, `“${path}”的附加字段中记有另一个文件名`);
  }
}

/** Refuses names that could land outside the target folder, or that tools would read differently. */
function checkName(path: string): void {
  const bad = (why: string) => fail(`unsafe entry name ${JSON.stringify(path)}: ${why}`, `压缩包中有不安全的文件名“${path.replace(/[\u0000-\u001f]/g, '?')}”（${why}）`);
  if (!path) bad('空文件名');
  if (/[\u0000-\u001f\u007f]/.test(path)) bad('含控制字符');
  if (path.includes('\\')) bad('含反斜杠');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) bad('绝对路径');
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) bad('含“..”');
  if (segments.some((s) => s === '' || s === '.')) bad('含空的或“.”路径段');
  if (segments.some((s) => /[ .]$/.test(s))) bad('路径段以空格或点结尾，Windows 会改名');
}

/** Windows and macOS fold case and Unicode forms: two such names are one file there. */
const foldKey = (path: string) => path.normalize('NFC').toLowerCase();

interface Central {
  nameBytes: Uint8Array;
  flags: number;
}

/**
 * The entries of an archive, after checking that every tool would see the same: the end record, central directory
 * and local headers agree; names are safe and unique; nothing is encrypted, linked or ZIP64; declared sizes are
 * within `limits`. Reads only headers, not content.
 */
export async function listZip(src: ByteSource, limits: ZipLimits = EXPORT_LIMITS): Promise<ZipEntryInfo[]> {
  if (src.size < EOCD_MIN) fail('not a zip: too short', '文件太短，不是 ZIP 压缩包');
  const tailLen = Math.min(src.size, EOCD_MIN + 0xffff);
  const tailStart = src.size - tailLen;
  const tail = await src.read(tailStart, tailLen);
  const tv = view(tail);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  const sigAt = async (at: number) => {
    const b = await src.read(at, 4);
    return b.length === 4 ? view(b).getUint32(0, true) : -1;
  };
  // A file cut short (copied or downloaded in part) has lost its end record: the last one found, if any, is that of
  // a ZIP stored inside it (an export's DOCX), whose directory is not where that record says.
  const cut = () => fail('truncated or damaged: no end record of its own', '压缩包不完整或已损坏（找不到它自己的目录结尾记录，可能只复制或下载了一部分），请重新复制或下载完整的文件');
  if (eocd < 0) {
    if ((await sigAt(0)) === LOC_SIG) cut();
    fail('not a zip: no end-of-central-directory record', '不是 ZIP 压缩包（没有目录结尾记录）');
  }
  const eocdAt = tailStart + eocd;
  const commentLen = tv.getUint16(eocd + 20, true);
  const cdSize = tv.getUint32(eocd + 12, true);
  const cdOffset = tv.getUint32(eocd + 16, true);
  const count = tv.getUint16(eocd + 10, true);
  // ZIP64 puts these at their maximum and the real values elsewhere: said as such, not as a cut file.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) fail('ZIP64 archive', '压缩包使用了 ZIP64 格式，本工具不支持');
  const own = cdOffset + cdSize <= eocdAt && (cdSize === 0 ? cdOffset === eocdAt : (await sigAt(cdOffset)) === CEN_SIG);
  if (!own && (await sigAt(0)) === LOC_SIG) cut();
  if (eocd + EOCD_MIN + commentLen !== tail.length) fail('data after the end-of-central-directory record', '压缩包末尾有多余的数据');
  if (limits.contiguous && commentLen) fail('archive comment', '压缩包带有注释，不是本工具写的');
  const disk = tv.getUint16(eocd + 4, true);
  const cdDisk = tv.getUint16(eocd + 6, true);
  const diskCount = tv.getUint16(eocd + 8, true);
  if (disk || cdDisk || diskCount !== count) fail('multi-disk archive', '分卷压缩包，不支持');
  if (count > limits.maxEntries) fail(`${count} entries, more than ${limits.maxEntries}`, `压缩包中有 ${count} 个文件，超过上限 ${limits.maxEntries}`);
  if (cdOffset + cdSize > eocdAt) fail('central directory out of range', '压缩包已截断或损坏（目录超出范围）');
  if (limits.contiguous && cdOffset + cdSize !== eocdAt) fail('gap before the end record', '压缩包目录之后有多余的数据');

  const cd = await src.read(cdOffset, cdSize);
  const v = view(cd);
  const entries: ZipEntryInfo[] = [];
  const central: Central[] = [];
  const names = new Map<string, string>();
  let total = 0;
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + CEN_SIZE > cd.length || v.getUint32(p, true) !== CEN_SIG) fail('central directory damaged', '压缩包目录已损坏');
    const madeBy = v.getUint16(p + 4, true);
    const needed = v.getUint16(p + 6, true);
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const entryCommentLen = v.getUint16(p + 32, true);
    const diskStart = v.getUint16(p + 34, true);
    const external = v.getUint32(p + 38, true);
    if (p + CEN_SIZE + nameLen + extraLen + entryCommentLen > cd.length) fail('central directory damaged', '压缩包目录已损坏');
    const nameBytes = cd.subarray(p + CEN_SIZE, p + CEN_SIZE + nameLen);
    let path: string;
    if (flags & ZIP_FLAG_UTF8) {
      try {
        path = utf8.decode(nameBytes);
      } catch {
        path = fail('name is not UTF-8 though flagged so', '压缩包中有文件名不是有效的 UTF-8 编码');
      }
    } else if (nameBytes.every((b) => b < 0x80)) path = latin1.decode(nameBytes);
    else if (!limits.contiguous) path = latin1.decode(nameBytes);
    else path = fail('non-ASCII name without the UTF-8 flag', '压缩包中有文件名未标明编码，各解压工具会显示成不同的名字');
    checkName(path);
    // Info-ZIP's unzip (Debian's) ignores the UTF-8 flag on entries marked as made on MS-DOS, and refuses entries
    // needing a later version than it has: in our exports, whose names are Chinese, both must be as we write them.
    if (limits.contiguous && !nameBytes.every((b) => b < 0x80) && madeBy >> 8 !== ZIP_OS_UNIX) {
      fail(`${path}: non-ASCII name not marked as made on Unix`, `“${path}”未标明为 Unix 文件，部分解压工具会把中文名显示为乱码`);
    }
    if (limits.contiguous && (needed & 0xff) > ZIP_VERSION_20) fail(`${path}: needs version ${needed}`, `“${path}”需要更高版本的解压工具`);
    checkExtras(cd.subarray(p + CEN_SIZE + nameLen, p + CEN_SIZE + nameLen + extraLen), nameBytes, path);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) fail(`encrypted entry ${path}`, `“${path}”已加密`);
    if (method !== ZIP_METHOD.stored && method !== ZIP_METHOD.deflate) fail(`compression method ${method}: ${path}`, `“${path}”使用了不支持的压缩方法（${method}）`);
    if (diskStart) fail('multi-disk archive', '分卷压缩包，不支持');
    const directory = path.endsWith('/');
    const mode = external >>> 16;
    // Only permission bits and no file type (Python's zipfile.writestr, so openpyxl, pandas and python-docx) is a
    // plain file or folder by its name; a type that is set must agree with the name.
    const type = madeBy >> 8 === ZIP_OS_UNIX ? mode & S_IFMT : 0;
    if (type) {
      if (type !== S_IFREG && type !== S_IFDIR) fail(`${path} is a link or special file`, `“${path}”是符号链接或特殊文件`);
      if ((type === S_IFDIR) !== directory) fail(`${path}: folder bit and name disagree`, `“${path}”的文件夹标记与名字不符`);
    }
    const key = foldKey(path);
    const twin = names.get(key);
    if (twin !== undefined) fail(`duplicate name ${path}`, twin === path ? `文件重复出现：${path}` : `文件名只差大小写或编码：“${twin}”与“${path}”`);
    names.set(key, path);
    const size = v.getUint32(p + 24, true);
    const compressedSize = v.getUint32(p + 20, true);
    if (directory && size) fail(`folder ${path} has content`, `文件夹“${path}”带有内容`);
    if (size > limits.maxEntrySize) fail(`${path}: ${size} bytes, over the cap`, `“${path}”解压后有 ${size} 字节，超过上限 ${limits.maxEntrySize}`);
    if (size > limits.ratioFrom && size > compressedSize * limits.maxRatio) {
      fail(`${path}: compression ratio over ${limits.maxRatio}`, `“${path}”的压缩比超过 ${limits.maxRatio}:1，疑似压缩炸弹`);
    }
    total += size;
    if (total > limits.maxTotalSize) fail('total size over the cap', `压缩包解压后总大小超过上限 ${limits.maxTotalSize} 字节`);
    entries.push({ path, method, crc: v.getUint32(p + 16, true), compressedSize, size, localHeaderOffset: v.getUint32(p + 42, true), dataOffset: -1, directory });
    central.push({ nameBytes, flags });
    p += CEN_SIZE + nameLen + extraLen + entryCommentLen;
  }
  if (p !== cd.length) fail('central directory size mismatch', '压缩包目录大小与记录不符');

  // Local headers: each must say what the central directory says, and (for our exports) the entries tile the file.
  const order = entries.map((_, i) => i).sort((a, b) => entries[a]!.localHeaderOffset - entries[b]!.localHeaderOffset);
  let expectAt = 0;
  for (const i of order) {
    const e = entries[i]!;
    const c = central[i]!;
    if (limits.contiguous && e.localHeaderOffset !== expectAt) fail(`bytes outside any entry before ${e.path}`, `压缩包中“${e.path}”之前有不属于任何文件的数据`);
    if (e.localHeaderOffset < expectAt) fail(`entries overlap at ${e.path}`, `压缩包中“${e.path}”与前一个文件重叠`);
    const head = await src.read(e.localHeaderOffset, LOC_SIZE);
    const hv = view(head);
    if (head.length < LOC_SIZE || hv.getUint32(0, true) !== LOC_SIG) fail(`local header damaged: ${e.path}`, `“${e.path}”的文件头已损坏`);
    const flags = hv.getUint16(6, true);
    const nameLen = hv.getUint16(26, true);
    const extraLen = hv.getUint16(28, true);
    const rest = await src.read(e.localHeaderOffset + LOC_SIZE, nameLen + extraLen);
    const agree =
      flags === c.flags &&
      (!limits.contiguous || (hv.getUint16(4, true) & 0xff) <= ZIP_VERSION_20) &&
      hv.getUint16(8, true) === e.method &&
      sameBytes(rest.subarray(0, nameLen), c.nameBytes) &&
      (flags & FLAG_DESCRIPTOR
        ? [14, 18, 22].every((o) => hv.getUint32(o, true) === 0 || hv.getUint32(o, true) === [e.crc, e.compressedSize, e.size][(o - 14) / 4])
        : hv.getUint32(14, true) === e.crc && hv.getUint32(18, true) === e.compressedSize && hv.getUint32(22, true) === e.size);
    if (!agree) fail(`local header disagrees with the central directory: ${e.path}`, `“${e.path}”的文件头与目录不一致（不同工具会解出不同内容）`);
    checkExtras(rest.subarray(nameLen), c.nameBytes, e.path);
    e.dataOffset = e.localHeaderOffset + LOC_SIZE + nameLen + extraLen;
    let end = e.dataOffset + e.compressedSize;
    if (end > cdOffset) fail(`entry out of range: ${e.path}`, `“${e.path}”超出范围（压缩包已截断或损坏）`);
    if (flags & FLAG_DESCRIPTOR) {
      const dd = await src.read(end, 16);
      const dv = view(dd);
      const signed = dd.length >= 4 && dv.getUint32(0, true) === DD_SIG;
      const at = signed ? 4 : 0;
      if (dd.length < at + 12 || dv.getUint32(at, true) !== e.crc || dv.getUint32(at + 4, true) !== e.compressedSize || dv.getUint32(at + 8, true) !== e.size) {
        fail(`data descriptor disagrees with the central directory: ${e.path}`, `“${e.path}”的数据描述与目录不一致`);
      }
      end += at + 12;
    }
    if (end > cdOffset) fail(`entry out of range: ${e.path}`, `“${e.path}”超出范围（压缩包已截断或损坏）`);
    expectAt = end;
  }
  if (limits.contiguous && expectAt !== cdOffset) fail('bytes between the last entry and the central directory', '压缩包最后一个文件之后有多余的数据');
  return entries;
}

/**
 * One entry's bytes inflated to exactly its declared size (never past it), CRC-32 not yet checked: for a caller that
 * says more than "damaged" when the content differs (verify-export compares it with the manifest first).
 */
export async function inflateEntry(src: ByteSource, e: ZipEntryInfo): Promise<Uint8Array> {
  if (e.dataOffset < 0) throw new Error(`readEntry: ${e.path} did not come from listZip`);
  const data = await src.read(e.dataOffset, e.compressedSize);
  if (data.length !== e.compressedSize) fail(`entry out of range: ${e.path}`, `“${e.path}”超出范围（压缩包已截断或损坏）`);
  let out: Uint8Array;
  if (e.method === ZIP_METHOD.stored) {
    if (e.size !== e.compressedSize) fail(`stored entry sizes differ: ${e.path}`, `“${e.path}”的大小与目录不符`);
    out = data;
  } else {
    out = new Uint8Array(e.size);
    let n = 0;
    const inflater = new Inflate((chunk) => {
      if (n + chunk.length > e.size) fail(`${e.path} inflates past its declared size`, `“${e.path}”解压后比目录记载的 ${e.size} 字节更长`);
      out.set(chunk, n);
      n += chunk.length;
    });
    try {
      if (!data.length) inflater.push(data, true);
      for (let i = 0; i < data.length; i += INFLATE_SLICE) inflater.push(data.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= data.length);
    } catch (err) {
      if (err instanceof ZipFormatError) throw err;
      fail(`${e.path}: ${(err as Error).message}`, `“${e.path}”的压缩数据已损坏`);
    }
    if (n !== e.size) fail(`${e.path} inflates to ${n} bytes, not ${e.size}`, `“${e.path}”解压后只有 ${n} 字节，目录记载为 ${e.size} 字节`);
  }
  return out;
}

/** Throws unless `bytes` have the CRC-32 the archive records for `e`. */
export function checkCrc(e: ZipEntryInfo, bytes: Uint8Array): void {
  if (crc32(bytes) !== e.crc) fail(`CRC-32 mismatch: ${e.path}`, `“${e.path}”的 CRC-32 校验值与压缩包目录不符（解压工具会报告文件损坏）`);
}

/** One entry's bytes: inflated to exactly its declared size (never past it), with its CRC-32 checked. */
export async function readEntry(src: ByteSource, e: ZipEntryInfo): Promise<Uint8Array> {
  const bytes = await inflateEntry(src, e);
  checkCrc(e, bytes);
  return bytes;
}

/**
 * Every entry listed and read: the whole archive checked within `limits` (sizes, CRC-32, agreement, names). Content
 * is dropped as it is checked, so memory stays at one entry.
 */
export async function checkZip(src: ByteSource, limits: ZipLimits): Promise<ZipEntryInfo[]> {
  const entries = await listZip(src, limits);
  for (const e of entries) if (!e.directory) await readEntry(src, e);
  return entries;
}
