import { inflateSync } from 'fflate';

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
}

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const EOCD_MIN = 22;
const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = new TextDecoder('latin1');

/**
 * The central directory of a ZIP: every entry's name, sizes and where its data starts. Reads only the archive's tail,
 * so a large export is listed without loading it.
 */
export async function listZip(src: ByteSource): Promise<ZipEntryInfo[]> {
  if (src.size < EOCD_MIN) throw new ZipFormatError('not a zip: too short');
  const tailLen = Math.min(src.size, EOCD_MIN + 0xffff);
  const tail = await src.read(src.size - tailLen, tailLen);
  const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('not a zip: no end-of-central-directory record');
  const count = tv.getUint16(eocd + 10, true);
  const cdSize = tv.getUint32(eocd + 12, true);
  const cdOffset = tv.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > src.size) throw new ZipFormatError('zip truncated: central directory out of range');
  const cd = await src.read(cdOffset, cdSize);
  const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries: ZipEntryInfo[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CEN_SIG) throw new ZipFormatError('zip central directory damaged');
    const flags = v.getUint16(p + 8, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
    entries.push({
      path: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localHeaderOffset: v.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** One entry's uncompressed bytes. */
export async function readEntry(src: ByteSource, e: ZipEntryInfo): Promise<Uint8Array> {
  const head = await src.read(e.localHeaderOffset, 30);
  const hv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.length < 30 || hv.getUint32(0, true) !== LOC_SIG) throw new ZipFormatError(`zip entry header damaged: ${e.path}`);
  const start = e.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
  if (start + e.compressedSize > src.size) throw new ZipFormatError(`zip entry out of range: ${e.path}`);
  const data = await src.read(start, e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateSync(data, { out: new Uint8Array(e.size) });
  throw new ZipFormatError(`zip compression method ${e.method} not supported: ${e.path}`);
}
