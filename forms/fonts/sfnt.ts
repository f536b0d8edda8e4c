/**
 * A tiny read-only TrueType reader: just what layout and PDF embedding need (cmap, advance widths, vertical
 * metrics, bounding box). Lazy and allocation-light, so a 15 MB face is "parsed" in well under a millisecond.
 */
export interface SfntMetrics {
  unitsPerEm: number;
  /** OS/2 typographic ascender/descender (for CJK fonts: the ideographic em box, e.g. 880 / -120). */
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  numGlyphs: number;
  postscriptName: string;
}

export class SfntError extends Error {
  override name = 'SfntError';
}

export class Sfnt {
  readonly metrics: SfntMetrics;
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly numHMetrics: number;
  private readonly hmtx: number;
  /** Format 12 groups [start, end, glyph] or format 4 segments, whichever the best subtable is. */
  private readonly lookupFn: (cp: number) => number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    if (bytes.byteLength < 12) throw new SfntError('font file too short');
    const tag = v.getUint32(0);
    if (tag !== 0x00010000 && tag !== 0x74727565) throw new SfntError('not a TrueType font (glyf outlines needed)');
    const n = v.getUint16(4);
    for (let i = 0; i < n; i++) {
      const p = 12 + i * 16;
      const name = String.fromCharCode(bytes[p]!, bytes[p + 1]!, bytes[p + 2]!, bytes[p + 3]!);
      this.tables.set(name, { offset: v.getUint32(p + 8), length: v.getUint32(p + 12) });
    }
    const head = this.table('head');
    const hhea = this.table('hhea');
    const maxp = this.table('maxp');
    this.hmtx = this.table('hmtx');
    this.numHMetrics = v.getUint16(hhea + 34);
    const unitsPerEm = v.getUint16(head + 18);
    const os2 = this.tables.get('OS/2')?.offset;
    const post = this.tables.get('post')?.offset;
    const ascent = os2 !== undefined ? v.getInt16(os2 + 68) : v.getInt16(hhea + 4);
    const descent = os2 !== undefined ? v.getInt16(os2 + 70) : v.getInt16(hhea + 6);
    const os2Version = os2 !== undefined ? v.getUint16(os2) : 0;
    this.metrics = {
      unitsPerEm,
      ascent,
      descent,
      capHeight: os2 !== undefined && os2Version >= 2 ? v.getInt16(os2 + 88) : ascent,
      italicAngle: post !== undefined ? v.getInt32(post + 4) / 65536 : 0,
      bbox: [v.getInt16(head + 36), v.getInt16(head + 38), v.getInt16(head + 40), v.getInt16(head + 42)],
      numGlyphs: v.getUint16(maxp + 4),
      postscriptName: this.readPostscriptName() ?? 'Font',
    };
    this.lookupFn = this.makeCmap();
  }

  /** Glyph id for a code point; 0 (.notdef) when the font lacks it. */
  glyphOf(cp: number): number {
    return this.lookupFn(cp);
  }

  has(cp: number): boolean {
    return this.lookupFn(cp) !== 0;
  }

  /** Advance width in font units. */
  advance(gid: number): number {
    const i = Math.min(gid, this.numHMetrics - 1);
    return this.view.getUint16(this.hmtx + i * 4);
  }

  /** Left side bearing in font units (past the last full metric, from the bearings that follow them). */
  leftSideBearing(gid: number): number {
    const at = gid < this.numHMetrics ? this.hmtx + gid * 4 + 2 : this.hmtx + this.numHMetrics * 4 + (gid - this.numHMetrics) * 2;
    return this.view.getInt16(at);
  }

  /** Where a table lies in the file, if the font has one. */
  tableRange(tag: string): { offset: number; length: number } | undefined {
    return this.tables.get(tag);
  }

  private table(name: string): number {
    const t = this.tables.get(name);
    if (!t) throw new SfntError(`font has no ${name} table`);
    return t.offset;
  }

  private readPostscriptName(): string | undefined {
    const t = this.tables.get('name');
    if (!t) return undefined;
    const v = this.view;
    const count = v.getUint16(t.offset + 2);
    const strings = t.offset + v.getUint16(t.offset + 4);
    for (let i = 0; i < count; i++) {
      const r = t.offset + 6 + i * 12;
      if (v.getUint16(r + 6) !== 6) continue;
      const platform = v.getUint16(r);
      const len = v.getUint16(r + 8);
      const off = strings + v.getUint16(r + 10);
      let s = '';
      if (platform === 3 || platform === 0) for (let k = 0; k < len; k += 2) s += String.fromCharCode(v.getUint16(off + k));
      else for (let k = 0; k < len; k++) s += String.fromCharCode(v.getUint8(off + k));
      if (s) return s.replace(/[^\x21-\x7e]/g, '');
    }
    return undefined;
  }

  private makeCmap(): (cp: number) => number {
    const v = this.view;
    const cmap = this.table('cmap');
    const n = v.getUint16(cmap + 2);
    let f12 = -1;
    let f4 = -1;
    for (let i = 0; i < n; i++) {
      const r = cmap + 4 + i * 8;
      const platform = v.getUint16(r);
      const enc = v.getUint16(r + 2);
      const sub = cmap + v.getUint32(r + 4);
      const format = v.getUint16(sub);
      const unicode = platform === 0 || (platform === 3 && (enc === 1 || enc === 10));
      if (!unicode) continue;
      if (format === 12 && f12 < 0) f12 = sub;
      if (format === 4 && f4 < 0) f4 = sub;
    }
    if (f12 >= 0) {
      const groups = v.getUint32(f12 + 12);
      const base = f12 + 16;
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const g = base + mid * 12;
          if (cp < v.getUint32(g)) hi = mid - 1;
          else if (cp > v.getUint32(g + 4)) lo = mid + 1;
          else return v.getUint32(g + 8) + (cp - v.getUint32(g));
        }
        return 0;
      };
    }
    if (f4 >= 0) {
      const segX2 = v.getUint16(f4 + 6);
      const ends = f4 + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      return (cp) => {
        if (cp > 0xffff) return 0;
        let lo = 0;
        let hi = segX2 / 2 - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const end = v.getUint16(ends + mid * 2);
          const start = v.getUint16(starts + mid * 2);
          if (cp > end) lo = mid + 1;
          else if (cp < start) hi = mid - 1;
          else {
            const delta = v.getInt16(deltas + mid * 2);
            const ro = v.getUint16(ranges + mid * 2);
            if (ro === 0) return (cp + delta) & 0xffff;
            const g = v.getUint16(ranges + mid * 2 + ro + (cp - start) * 2);
            return g === 0 ? 0 : (g + delta) & 0xffff;
          }
        }
        return 0;
      };
    }
    throw new SfntError('font has no Unicode cmap');
  }
}
