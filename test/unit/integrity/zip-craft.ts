// ZIPs written byte by byte, so a test can make every lie a forger could: a local header that disagrees with the
// central directory, a stream longer than declared, a wrong CRC, unsafe names, links, bombs.
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { crc32 } from '../../../shared/zip/crc32';

export interface CraftEntry {
  name: string;
  /** The bytes the entry is meant to hold (what its CRC and size describe unless overridden). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The compressed bytes written; default `data` stored or deflated. */
  raw?: Uint8Array;
  crc?: number;
  size?: number;
  /** The local header's own name, CRC, size when they should differ from the central directory's. */
  localName?: string;
  localCrc?: number;
  localSize?: number;
  /** Made by (high byte of version made by): 0 MS-DOS, 3 Unix. */
  os?: number;
  /** st_mode for Unix entries. */
  mode?: number;
  /** Set the UTF-8 flag (default when the name is not ASCII). */
  utf8?: boolean;
  extra?: Uint8Array;
}

const enc = new TextEncoder();

export function craftZip(entries: CraftEntry[], opts: { before?: Uint8Array; afterEntries?: Uint8Array } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    at += b.length;
  };
  if (opts.before) push(opts.before);
  const central: Uint8Array[] = [];
  for (const e of entries) {
    const method = e.method ?? 8;
    const raw = e.raw ?? (method === 8 ? new Uint8Array(deflateRawSync(e.data)) : e.data);
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const utf8 = e.utf8 ?? /[^\x00-\x7f]/.test(e.name);
    const flags = utf8 ? 0x800 : 0;
    const crc = e.crc ?? crc32(e.data);
    const size = e.size ?? e.data.length;
    const extra = e.extra ?? new Uint8Array(0);
    const offset = at;
    const lh = new DataView(new ArrayBuffer(30));
    lh.setUint32(0, 0x04034b50, true);
    lh.setUint16(4, 20, true);
    lh.setUint16(6, flags, true);
    lh.setUint16(8, method, true);
    lh.setUint32(14, e.localCrc ?? crc, true);
    lh.setUint32(18, raw.length, true);
    lh.setUint32(22, e.localSize ?? size, true);
    lh.setUint16(26, localName.length, true);
    lh.setUint16(28, extra.length, true);
    push(new Uint8Array(lh.buffer));
    push(localName);
    push(extra);
    push(raw);
    const ch = new DataView(new ArrayBuffer(46));
    ch.setUint32(0, 0x02014b50, true);
    ch.setUint16(4, ((e.os ?? 3) << 8) | 20, true);
    ch.setUint16(6, 20, true);
    ch.setUint16(8, flags, true);
    ch.setUint16(10, method, true);
    ch.setUint32(16, crc, true);
    ch.setUint32(20, raw.length, true);
    ch.setUint32(24, size, true);
    ch.setUint16(28, name.length, true);
    ch.setUint16(30, extra.length, true);
    ch.setUint32(38, ((e.mode ?? 0o100644) << 16) >>> 0, true);
    ch.setUint32(42, offset, true);
    central.push(new Uint8Array(ch.buffer), name, extra);
  }
  if (opts.afterEntries) push(opts.afterEntries);
  const cdOffset = at;
  for (const c of central) push(c);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, at - cdOffset, true);
  eocd.setUint32(16, cdOffset, true);
  push(new Uint8Array(eocd.buffer));
  const out = new Uint8Array(at);
  let o = 0;
  for (const p of parts) out.set(p, (o += p.length) - p.length);
  return out;
}

/** The entries of a ZIP (in its order) ready to be re-crafted with changes. */
export function entriesOf(zip: Uint8Array): CraftEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data, method: /\.(pdf|docx|xlsx|png)$/.test(name) ? 0 : 8 }));
}

/** A raw deflate stream of `mb` MiB of zeros, in a few KB per MiB: the same flushed block repeated, then an end block. */
export function zeroBomb(mb: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(new Uint8Array(0));
  const out = new Uint8Array(block.length * mb + end.length);
  for (let i = 0; i < mb; i++) out.set(block, i * block.length);
  out.set(end, block.length * mb);
  return out;
}
