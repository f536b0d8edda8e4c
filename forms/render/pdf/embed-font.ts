import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Face } from '../../fonts/fontset';
import { Sfnt } from '../../fonts/sfnt';
import { flateStream, type Deflate } from './deflate';

/** A font embedded in one PDF: its resource reference and how to encode text in it. */
export interface EmbeddedFont {
  ref: PDFRef;
  /** Hex string of glyph ids for `text` (Identity-H). */
  encode(text: string): string;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * Outlines hardly compress (a sheet's subset: 31 % smaller at level 6, 30 % at level 3), and level 3 takes a third
 * less time: the font program is most of a form's deflate time.
 */
const FONT_PROGRAM_LEVEL = 3;

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** Six capital letters naming the subset (PDF 9.6.4), derived from its characters so output is reproducible. */
function subsetTag(cps: readonly number[]): string {
  let h = 2166136261;
  for (const cp of cps) h = Math.imul(h ^ cp, 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + Math.imul(h, 31);
    h >>>= 0;
  }
  return tag;
}

/**
 * Subsets a face to the code points used (glyf-subset.ts) and embeds it whole as a CIDFontType2 font with Identity-H
 * encoding, our own widths and a ToUnicode map (so text extraction gives back the characters, 𠮷 included).
 * pdf-lib's fontkit path is skipped altogether: what we measured is exactly what is drawn.
 */
export function embedSubset(doc: PDFDocument, face: Face, used: ReadonlySet<number>, deflate: Deflate): EmbeddedFont {
  const cps = [...used].sort((a, b) => a - b);
  const bytes = face.subsetter.subset(cps);
  const sub = new Sfnt(bytes);
  const upm = sub.metrics.unitsPerEm;
  const scale = 1000 / upm;
  const gidOf = new Map<number, number>();
  const byGid = new Map<number, number>();
  for (const cp of cps) {
    const gid = sub.glyphOf(cp);
    gidOf.set(cp, gid);
    if (gid) byGid.set(gid, cp);
  }
  const ctx = doc.context;
  const name = `${subsetTag(cps)}+${sub.metrics.postscriptName}`;
  const fontFile = ctx.register(flateStream(ctx, deflate, bytes, { Length1: bytes.length }, FONT_PROGRAM_LEVEL));
  const [x0, y0, x1, y1] = sub.metrics.bbox;
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4 | 2, // symbolic, serif
      FontBBox: [x0 * scale, y0 * scale, x1 * scale, y1 * scale].map(Math.round),
      ItalicAngle: sub.metrics.italicAngle,
      Ascent: Math.round(sub.metrics.ascent * scale),
      Descent: Math.round(sub.metrics.descent * scale),
      CapHeight: Math.round(sub.metrics.capHeight * scale),
      StemV: 80,
      FontFile2: fontFile,
    }),
  );
  const gids = [...byGid.keys()].sort((a, b) => a - b);
  const widths: Array<number | number[]> = [];
  for (const gid of gids) {
    const w = Math.round(sub.advance(gid) * scale);
    const last = widths[widths.length - 1];
    const prevStart = widths[widths.length - 2];
    if (Array.isArray(last) && typeof prevStart === 'number' && prevStart + last.length === gid) last.push(w);
    else widths.push(gid, [w]);
  }
  const cid = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: widths,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = ctx.register(flateStream(ctx, deflate, cmap(gids.map((g) => [g, byGid.get(g)!]))));
  const ref = ctx.register(
    ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cid], ToUnicode: toUnicode }),
  );
  return {
    ref,
    encode(text) {
      let out = '';
      for (const ch of text) out += hex4(gidOf.get(ch.codePointAt(0)!) ?? 0);
      return out;
    },
  };
}

function cmap(pairs: Array<[number, number]>): string {
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
  ];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [gid, cp] of chunk) lines.push(`<${hex4(gid)}> <${utf16Hex(cp)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CIDFont defineresource pop', 'end', 'end');
  return lines.join('\n');
}

export { PDFName };
