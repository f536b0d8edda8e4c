/**
 * Cuts a face down to the glyphs of some code points, for embedding in a PDF or a DOCX. HarfBuzz cuts our faces from
 * the full fonts at install time (scripts/build-fonts.ts, build-fallback-font.ts) into plain TrueType: glyf outlines,
 * no composite glyphs, no hinting. What is left at render time is copying outline records and writing the small
 * tables around them, which needs no WebAssembly: no compile (about 40 ms before the first document), no 64 MB
 * instance, no second copy of a 4 MB face. A composite glyph is refused (SubsetError); test/render/font-files.test.ts
 * checks every face we ship, and that the outlines are HarfBuzz's own.
 *
 * The output keeps HarfBuzz's glyph order (.notdef, then the kept glyphs in their old order), a Unicode cmap (format 4
 * for the BMP, format 12 for all), and the face's OS/2, name, gasp and post (as version 3: no glyph names).
 */
import type { Sfnt } from './sfnt';

export class SubsetError extends Error {
  override name = 'SubsetError';
}

/** Tables copied as they are (OS/2 and post are adjusted after the copy). */
const COPIED = ['OS/2', 'gasp', 'name', 'post'];

const u16 = (v: DataView, at: number, x: number) => v.setUint16(at, x);
const u32 = (v: DataView, at: number, x: number) => v.setUint32(at, x >>> 0);
const pad4 = (n: number) => (n + 3) & ~3;

/** Runs of code points mapped to consecutive glyphs: [first code point, last, first glyph]. */
function runs(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const [cp, gid] of pairs) {
    const last = out[out.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0]) && (cp <= 0xffff) === (last[0] <= 0xffff)) last[1] = cp;
    else out.push([cp, cp, gid]);
  }
  return out;
}

/** cmap with a format 4 subtable (3,1) for the BMP and, when a code point lies beyond it, format 12 (3,10) for all. */
function cmapTable(pairs: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const all = runs(pairs);
  const bmp = all.filter(([start]) => start <= 0xffff);
  const wide = bmp.length < all.length;
  const segs = bmp.length + 1; // and the closing 0xFFFF segment
  const f4 = 16 + segs * 8;
  const f12 = wide ? 16 + all.length * 12 : 0;
  const head = 4 + (wide ? 2 : 1) * 8;
  const out = new Uint8Array(head + f4 + f12);
  const v = new DataView(out.buffer);
  u16(v, 2, wide ? 2 : 1);
  u16(v, 4, 3), u16(v, 6, 1), u32(v, 8, head);
  if (wide) u16(v, 12, 3), u16(v, 14, 10), u32(v, 16, head + f4);
  let p = head;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segs));
  u16(v, p, 4), u16(v, p + 2, f4), u16(v, p + 6, segs * 2), u16(v, p + 8, searchRange);
  u16(v, p + 10, Math.log2(searchRange / 2)), u16(v, p + 12, segs * 2 - searchRange);
  const ends = p + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  bmp.forEach(([start, end, gid], i) => {
    u16(v, ends + i * 2, end);
    u16(v, starts + i * 2, start);
    u16(v, deltas + i * 2, (gid - start) & 0xffff);
  });
  u16(v, ends + bmp.length * 2, 0xffff), u16(v, starts + bmp.length * 2, 0xffff), u16(v, deltas + bmp.length * 2, 1);
  // idRangeOffsets stay 0: every segment maps by its delta.
  if (!wide) return out;
  p = head + f4;
  u16(v, p, 12), u32(v, p + 4, f12), u32(v, p + 12, all.length);
  all.forEach(([start, end, gid], i) => {
    u32(v, p + 16 + i * 12, start);
    u32(v, p + 20 + i * 12, end);
    u32(v, p + 24 + i * 12, gid);
  });
  return out;
}

function checksum(bytes: Uint8Array, v: DataView, at: number, length: number): number {
  let sum = 0;
  const end = at + (length & ~3);
  for (let i = at; i < end; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (length & 3) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (end + k < at + length ? bytes[end + k]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** Tables the subset is built from; the copied ones are taken when the face has them. */
const NEEDED = ['head', 'hhea', 'hmtx', 'maxp', 'loca', 'glyf'];

export class GlyfSubsetter {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly longLoca: boolean;

  /** On the face `sfnt` reads: its cmap maps code points to glyphs, its tables and metrics are copied. */
  constructor(private readonly sfnt: Sfnt) {
    this.bytes = sfnt.bytes;
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    for (const tag of [...NEEDED, ...COPIED]) {
      const t = sfnt.tableRange(tag);
      if (!t && NEEDED.includes(tag)) throw new SubsetError(`font has no ${tag} table`);
      if (t && t.offset + t.length > this.bytes.byteLength) throw new SubsetError(`${tag} table runs past the end of the font`);
    }
    this.longLoca = this.view.getInt16(this.at('head') + 50) === 1;
  }

  private at(tag: string): number {
    return this.sfnt.tableRange(tag)!.offset;
  }

  private lengthOf(tag: string): number {
    return this.sfnt.tableRange(tag)!.length;
  }

  /** Where glyph `gid`'s outline starts and ends, from the start of the file. */
  private outline(gid: number): [number, number] {
    const loca = this.at('loca');
    const glyf = this.at('glyf');
    const v = this.view;
    const [s, e] = this.longLoca ? [v.getUint32(loca + gid * 4), v.getUint32(loca + gid * 4 + 4)] : [v.getUint16(loca + gid * 2) * 2, v.getUint16(loca + gid * 2 + 2) * 2];
    if (e < s || glyf + e > this.bytes.byteLength) throw new SubsetError(`glyph ${gid} lies outside the glyf table`);
    if (e - s >= 10 && v.getInt16(glyf + s) < 0) throw new SubsetError(`glyph ${gid} is a composite glyph (our faces are built without them)`);
    return [glyf + s, glyf + e];
  }

  /** A TrueType font holding only the glyphs of `codePoints` (plus .notdef). */
  subset(codePoints: Iterable<number>): Uint8Array {
    const byCp = new Map<number, number>();
    for (const cp of codePoints) {
      const gid = this.sfnt.glyphOf(cp);
      if (gid !== 0 && gid < this.sfnt.metrics.numGlyphs) byCp.set(cp, gid);
    }
    const olds = [0, ...new Set(byCp.values())].sort((a, b) => a - b);
    const newGid = new Map(olds.map((g, i) => [g, i]));
    const pairs = [...byCp].map(([cp, g]) => [cp, newGid.get(g)!] as const).sort((a, b) => a[0] - b[0]);
    const n = olds.length;
    const advance = (old: number) => this.sfnt.advance(old);
    // Full metrics up to the last change of advance, then side bearings only (ideographs share one advance).
    let longMetrics = n;
    while (longMetrics > 1 && advance(olds[longMetrics - 2]!) === advance(olds[n - 1]!)) longMetrics--;

    const outlines = olds.map((g) => this.outline(g));
    // Each outline padded to an even length, as HarfBuzz does: then short offsets (half) address up to 128 KB.
    const glyfLength = outlines.reduce((sum, [s, e]) => sum + ((e - s + 1) & ~1), 0);
    const shortLoca = glyfLength <= 0x1fffe;
    const cmap = cmapTable(pairs);
    const made = new Map<string, number>([
      ['cmap', cmap.length],
      ['glyf', glyfLength],
      ['head', this.lengthOf('head')],
      ['hhea', this.lengthOf('hhea')],
      ['hmtx', longMetrics * 4 + (n - longMetrics) * 2],
      ['loca', (n + 1) * (shortLoca ? 2 : 4)],
      ['maxp', this.lengthOf('maxp')],
    ]);
    for (const tag of COPIED) {
      const t = this.sfnt.tableRange(tag);
      if (t) made.set(tag, tag === 'post' ? Math.min(t.length, 32) : t.length);
    }
    const tags = [...made.keys()].sort();
    const header = 12 + tags.length * 16;
    const offsets = new Map<string, number>();
    let size = header;
    for (const tag of tags) {
      offsets.set(tag, size);
      size += pad4(made.get(tag)!);
    }
    const out = new Uint8Array(size);
    const w = new DataView(out.buffer);
    const copy = (tag: string) => out.set(this.bytes.subarray(this.at(tag), this.at(tag) + made.get(tag)!), offsets.get(tag)!);

    // glyf and loca.
    const glyf = offsets.get('glyf')!;
    const loca = offsets.get('loca')!;
    const setLoca = (i: number, at: number) => (shortLoca ? u16(w, loca + i * 2, at / 2) : u32(w, loca + i * 4, at));
    let at = 0;
    outlines.forEach(([s, e], i) => {
      setLoca(i, at);
      out.set(this.bytes.subarray(s, e), glyf + at);
      at += (e - s + 1) & ~1;
    });
    setLoca(n, at);
    olds.forEach((old, i) => {
      const lsb = this.sfnt.leftSideBearing(old) & 0xffff;
      if (i < longMetrics) {
        u16(w, offsets.get('hmtx')! + i * 4, advance(old));
        u16(w, offsets.get('hmtx')! + i * 4 + 2, lsb);
      } else u16(w, offsets.get('hmtx')! + longMetrics * 4 + (i - longMetrics) * 2, lsb);
    });
    copy('hhea');
    u16(w, offsets.get('hhea')! + 34, longMetrics);
    copy('maxp');
    u16(w, offsets.get('maxp')! + 4, n);
    copy('head');
    u32(w, offsets.get('head')! + 8, 0);
    u16(w, offsets.get('head')! + 50, shortLoca ? 0 : 1);
    out.set(cmap, offsets.get('cmap')!);
    for (const tag of COPIED) if (made.has(tag)) copy(tag);
    if (made.has('post')) u32(w, offsets.get('post')!, 0x00030000);
    if (made.has('OS/2') && made.get('OS/2')! >= 68 && pairs.length) {
      const bmp = pairs.filter(([cp]) => cp <= 0xffff);
      u16(w, offsets.get('OS/2')! + 64, bmp.length ? bmp[0]![0] : 0xffff);
      u16(w, offsets.get('OS/2')! + 66, bmp.length ? bmp[bmp.length - 1]![0] : 0xffff);
    }

    // Table directory, checksums, and head's whole-file adjustment.
    u32(w, 0, 0x00010000);
    u16(w, 4, tags.length);
    const range = 16 * 2 ** Math.floor(Math.log2(tags.length));
    u16(w, 6, range), u16(w, 8, Math.log2(range / 16)), u16(w, 10, tags.length * 16 - range);
    tags.forEach((tag, i) => {
      const p = 12 + i * 16;
      for (let k = 0; k < 4; k++) out[p + k] = tag.charCodeAt(k);
      u32(w, p + 4, checksum(out, w, offsets.get(tag)!, made.get(tag)!));
      u32(w, p + 8, offsets.get(tag)!);
      u32(w, p + 12, made.get(tag)!);
    });
    u32(w, offsets.get('head')! + 8, 0xb1b0afba - checksum(out, w, 0, size));
    return out;
  }
}
