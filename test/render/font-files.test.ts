// The render-time subsetter (forms/fonts/glyf-subset.ts) against what it relies on and what it replaced: every face we
// ship is plain TrueType it can cut (no composite glyph), and its subsets hold HarfBuzz's own glyphs, in HarfBuzz's
// order, with HarfBuzz's metrics, in a well-formed file.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANAMIN_PIECES, PRIMARY_FONT, pieceFile } from '../../forms/fonts/files';
import { GlyfSubsetter, SubsetError } from '../../forms/fonts/glyf-subset';
import { Sfnt } from '../../forms/fonts/sfnt';
import { HB_SUBSET_WASM_SOURCE, HbSubsetter } from '../../scripts/hb-subset';

const FONTS = resolve(import.meta.dirname, '../../public/fonts');
const read = (file: string) => new Uint8Array(readFileSync(join(FONTS, file)));
const cut = (bytes: Uint8Array) => new GlyfSubsetter(new Sfnt(bytes));

/** Tables by tag, and each glyph's outline bytes. */
function parse(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, { offset: number; length: number; checksum: number }>();
  for (let i = 0; i < v.getUint16(4); i++) {
    const p = 12 + i * 16;
    tables.set(String.fromCharCode(...bytes.subarray(p, p + 4)), { checksum: v.getUint32(p + 4), offset: v.getUint32(p + 8), length: v.getUint32(p + 12) });
  }
  const long = v.getInt16(tables.get('head')!.offset + 50) === 1;
  const loca = tables.get('loca')!.offset;
  const glyf = tables.get('glyf')!.offset;
  const outline = (gid: number) => {
    const [s, e] = long ? [v.getUint32(loca + gid * 4), v.getUint32(loca + gid * 4 + 4)] : [v.getUint16(loca + gid * 2) * 2, v.getUint16(loca + gid * 2 + 2) * 2];
    return [...bytes.subarray(glyf + s, glyf + e)];
  };
  const sum = (at: number, length: number) => {
    let s = 0;
    for (let i = 0; i < length; i += 4) s = (s + (i + 4 <= length ? v.getUint32(at + i) : Number(`0x${[0, 1, 2, 3].map((k) => (i + k < length ? bytes[at + i + k]! : 0).toString(16).padStart(2, '0')).join('')}`))) >>> 0;
    return s;
  };
  return { tables, outline, sum, numGlyphs: v.getUint16(tables.get('maxp')!.offset + 4) };
}

const hb = await HbSubsetter.create(readFileSync(createRequire(import.meta.url).resolve(HB_SUBSET_WASM_SOURCE)));
/** HarfBuzz's subset, as the renderers made it before (hinting and layout tables dropped). */
const hbSubset = (bytes: Uint8Array, cps: number[]) => hb.subset(hb.load(bytes), cps);

const TEXT = '辽宁省专业技术资格评定表学历学位在线查验结果单姓名张伟民䶮（）：、。，ABCxyz0123456789-年月日〓';

describe('the faces we ship', () => {
  it('are plain TrueType every glyph of which the subsetter can cut (no composite glyphs)', () => {
    const files = readdirSync(FONTS).filter((f) => f.endsWith('.ttf'));
    expect(files).toContain(PRIMARY_FONT);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = read(file);
      const sfnt = new Sfnt(bytes);
      const cps: number[] = [];
      for (let cp = 0x20; cp <= 0x2ffff; cp++) if (sfnt.has(cp)) cps.push(cp);
      const all = parse(cut(bytes).subset(cps));
      expect(all.numGlyphs, file).toBe(1 + new Set(cps.map((cp) => sfnt.glyphOf(cp))).size);
    }
  });

  it('refuses a composite glyph rather than embedding one whose parts it did not copy', () => {
    const bytes = read(PRIMARY_FONT).slice();
    const { tables } = parse(bytes);
    const v = new DataView(bytes.buffer);
    const gid = new Sfnt(bytes).glyphOf(0x5f20); // 张
    const start = v.getUint32(tables.get('loca')!.offset + gid * 4);
    v.setInt16(tables.get('glyf')!.offset + start, -1);
    expect(() => cut(bytes).subset([0x5f20])).toThrow(SubsetError);
    expect(() => cut(bytes).subset([0x674e])).not.toThrow(); // 李
  });
});

describe('a subset', () => {
  const cases = [
    { face: PRIMARY_FONT, text: TEXT },
    { face: pieceFile(HANAMIN_PIECES, 0x20000), text: '𠮷𠀀𠀁𠀂' },
  ];
  for (const { face, text } of cases)
    it(`holds HarfBuzz's glyphs, glyph ids, advances and metrics (${face})`, () => {
      const bytes = read(face);
      const cps = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => new Sfnt(bytes).has(cp));
      expect(cps.length).toBeGreaterThan(2);
      const ours = cut(bytes).subset(cps);
      const theirs = hbSubset(bytes, cps);
      const [o, t] = [new Sfnt(ours), new Sfnt(theirs)];
      const [po, pt] = [parse(ours), parse(theirs)];
      expect(po.numGlyphs).toBe(pt.numGlyphs);
      expect(o.metrics).toEqual(t.metrics);
      for (const cp of cps) {
        const ch = String.fromCodePoint(cp);
        expect(o.glyphOf(cp), ch).toBe(t.glyphOf(cp));
        expect(o.glyphOf(cp), ch).not.toBe(0);
        expect(o.advance(o.glyphOf(cp)), ch).toBe(t.advance(t.glyphOf(cp)));
        expect(po.outline(o.glyphOf(cp)), ch).toEqual(pt.outline(t.glyphOf(cp)));
      }
      expect(po.outline(0)).toEqual(pt.outline(0));
      expect(o.has(0x4e00) && !cps.includes(0x4e00)).toBe(false);
    });

  it('is a well-formed file: table checksums, the whole-file adjustment, 4-byte alignment', () => {
    const ours = cut(read(PRIMARY_FONT)).subset([...TEXT].map((c) => c.codePointAt(0)!));
    const { tables, sum } = parse(ours);
    expect([...tables.keys()]).toEqual([...tables.keys()].sort());
    for (const [tag, t] of tables) {
      expect(t.offset % 4, tag).toBe(0);
      if (tag !== 'head') expect(sum(t.offset, t.length), tag).toBe(t.checksum);
    }
    expect(sum(0, ours.length)).toBe(0xb1b0afba);
  });
});
