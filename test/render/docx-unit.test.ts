// The DOCX renderer's pieces and the Word XML it writes, without LibreOffice (docx-forms.test.ts looks at pages).
import { unzlibSync } from 'fflate';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrModules, resolveDocument, type Document } from '../../forms/document';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { renderDocxDocument } from '../../forms/render/docx';
import { fontTableXml, splitBySlot, UsedCharacters } from '../../forms/render/docx/fonts';
import { estimateLines } from '../../forms/render/docx/measure';
import { encodeBilevelPng } from '../../forms/render/docx/png';
import { qrPng } from '../../forms/render/docx/qr-png';
import { mmToTwip, ptToBorderEighths } from '../../forms/render/docx/units';
import { docxFiles, docxParts, runFontAndLanguage } from './docx-libreoffice';

const RARE = '张䶮𠮷';

/** A document that uses every element type once, with merges, header rows and two adjacent tables. */
function sampleDocument(rows = 3): Document {
  return {
    title: '测试文档',
    page: { size: 'A4' },
    data: { p: { name: RARE, id: '21040219800101001X', note: '一二三四五六七八九十'.repeat(12), url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8' }, rows: Array.from({ length: rows }, (_, i) => ({ s: `学校${i}` })) },
    body: [
      { type: 'title', text: '辽宁省专业技术资格评定表' },
      { type: 'paragraph', text: ['申报人：', { bind: 'p.name' }], indent: 2, keepWithNext: true },
      {
        type: 'table',
        columns: [30, 60, 30, 50],
        rows: [
          { cells: [{ text: '姓名', label: true }, { text: { bind: 'p.name' } }, { text: '照片', rowSpan: 2, colSpan: 2, blocks: [{ type: 'photoBox' }] }] },
          { cells: [{ text: '身份证号码', label: true }, { text: { bind: 'p.id' } }], minHeight: 8 },
          { cells: [{ text: '备注', label: true }, { text: { bind: 'p.note' }, colSpan: 3 }] },
          {
            cells: [
              { text: '意见', label: true },
              { colSpan: 3, blocks: [{ type: 'paragraph', text: '同意。' }, { type: 'sealBox' }, { type: 'signatureLine', label: '负责人' }] },
            ],
          },
        ],
      },
      {
        type: 'table',
        columns: [85, 85],
        headerRows: 1,
        rules: { outer: 1.5, inner: 0.5 },
        rows: [
          { cells: [{ text: '序号', style: { align: 'center' } }, { text: '学校', style: { align: 'center' } }] },
          ...Array.from({ length: rows }, (_, i) => ({ cells: [{ text: String(i + 1) }, { text: { bind: `rows.${i}.s` } }] })),
        ],
      },
      { type: 'pageBreak' },
      { type: 'qr', text: { bind: 'p.url' }, caption: '扫码复核' },
      { type: 'qr', text: { bind: 'p.missing' } },
      { type: 'spacer', height: 5 },
      { type: 'signatureLine', label: '查验人', date: false, align: 'left' },
    ],
  };
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** The body's tables (with the tables nested in them), in order. */
function topLevelTables(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0) out.push(xml.slice(start, m.index + m[0].length));
  }
  return out;
}

describe('fonts', () => {
  it('puts characters beyond the BMP in runs of their own', () => {
    expect(splitBySlot(`${RARE}同志`)).toEqual([
      { text: '张䶮', slot: 'body' },
      { text: '𠮷', slot: 'supplementary' },
      { text: '同志', slot: 'body' },
    ]);
    expect(splitBySlot('')).toEqual([]);
  });

  it('collects the characters of each font once', () => {
    const used = new UsedCharacters();
    used.add('body', '张张三');
    used.add('supplementary', '𠮷𠮷');
    expect([...used.text('body')].sort()).toEqual(['三', '张']);
    expect(used.text('supplementary')).toBe('𠮷');
  });

  it('writes a font table naming 宋体 (SimSun) and SimSun-ExtB, with embedded faces attached', () => {
    const plain = fontTableXml();
    expect(plain).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
    expect(plain).toContain('<w:charset w:val="86"/>');
    expect(plain).toContain('<w:font w:name="SimSun-ExtB">');
    expect(plain).not.toContain('embedRegular');
    const key = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
    const withFaces = fontTableXml([
      { name: '宋体', fontKey: key, bold: false, italic: false },
      { name: 'SimSun-ExtB', fontKey: key, bold: false, italic: false },
    ]);
    expect(withFaces).toContain(`<w:embedRegular r:id="rId1" w:fontKey="{${key.toUpperCase()}}" w:subsetted="1"/></w:font><w:font w:name="SimSun-ExtB">`);
    expect(withFaces).toContain('r:id="rId2"');
  });
});

describe('units and measure', () => {
  it('converts mm to twips and rules to eighths of a point', () => {
    expect(mmToTwip(210)).toBe(11906);
    expect(mmToTwip(297)).toBe(16838);
    expect(ptToBorderEighths(1.5)).toBe(12);
    expect(ptToBorderEighths(0.5)).toBe(4);
  });

  it('estimates lines with CJK at 1 em and ASCII at ½ em', () => {
    // 10 pt in 35.28 mm (100 pt) holds 10 CJK characters before the safety margin, 9 after it.
    expect(estimateLines('一二三四五六七八九', 35.28, 10)).toBe(1);
    expect(estimateLines('一二三四五六七八九十', 35.28, 10)).toBe(2);
    expect(estimateLines('1234567890123456', 35.28, 10)).toBe(1);
    expect(estimateLines('a\nb', 35.28, 10)).toBe(2);
  });

});

describe('PNG and QR', () => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };

  /** Parses a 1-bit greyscale PNG back to pixels, checking every chunk's CRC. */
  function decode(png: Uint8Array): { w: number; h: number; dark: (x: number, y: number) => boolean } {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    let at = 8;
    let w = 0;
    let h = 0;
    const idat: Uint8Array[] = [];
    while (at < png.length) {
      const len = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      const data = png.subarray(at + 8, at + 8 + len);
      expect(view.getUint32(at + 8 + len)).toBe(crc(png.subarray(at + 4, at + 8 + len)));
      if (type === 'IHDR') {
        w = view.getUint32(at + 8);
        h = view.getUint32(at + 12);
        expect([data[8], data[9]]).toEqual([1, 0]);
      }
      if (type === 'IDAT') idat.push(data);
      at += 12 + len;
    }
    const raw = unzlibSync(new Uint8Array(idat.flatMap((d) => [...d])));
    const stride = Math.ceil(w / 8);
    expect(raw.length).toBe((stride + 1) * h);
    return { w, h, dark: (x, y) => (raw[y * (stride + 1) + 1 + (x >> 3)]! & (0x80 >> (x & 7))) === 0 };
  }

  it('writes a valid bilevel PNG', () => {
    const png = decode(encodeBilevelPng(13, 3, (x, y) => (x + y) % 2 === 0));
    expect([png.w, png.h]).toEqual([13, 3]);
    for (let y = 0; y < 3; y++) for (let x = 0; x < 13; x++) expect(png.dark(x, y)).toBe((x + y) % 2 === 0);
  });

  it('draws every QR module, with a quiet zone', () => {
    const text = 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2C3D4E5F6G7H8';
    const modules = qrModules(text);
    const size = modules.length;
    const QR_QUIET_ZONE = 4;
    const png = decode(qrPng(modules, QR_QUIET_ZONE));
    const side = size + 2 * QR_QUIET_ZONE;
    expect(png.w).toBe(png.h);
    const px = png.w / side;
    expect(Number.isInteger(px)).toBe(true);
    for (let r = -QR_QUIET_ZONE; r < size + QR_QUIET_ZONE; r++)
      for (let c = -QR_QUIET_ZONE; c < size + QR_QUIET_ZONE; c++) {
        const inside = r >= 0 && c >= 0 && r < size && c < size;
        const want = inside && modules[r]![c]!;
        const x = Math.floor((c + QR_QUIET_ZONE + 0.5) * px);
        const y = Math.floor((r + QR_QUIET_ZONE + 0.5) * px);
        expect(png.dark(x, y)).toBe(want);
      }
    // And a reader reads the picture back as the address.
    const rgb = new Uint8Array(png.w * png.h * 3);
    for (let y = 0; y < png.h; y++) for (let x = 0; x < png.w; x++) rgb.fill(png.dark(x, y) ? 0 : 255, (y * png.w + x) * 3, (y * png.w + x) * 3 + 3);
    expect(decodeQR({ width: png.w, height: png.h, data: rgb })).toBe(text);
  });
});

describe('Word XML', () => {
  it('writes every run in 宋体 (or SimSun-ExtB beyond the BMP) with zh-CN', async () => {
    const parts = docxParts(await renderDocxDocument(resolveDocument(sampleDocument())));
    const doc = parts['word/document.xml']!;
    const runs = doc.match(/<w:r>.*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((r) => /<w:t[ >]/.test(r));
    expect(textRuns.length).toBeGreaterThan(20);
    for (const r of textRuns) {
      const text = [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const wide = /[\u{10000}-\u{10FFFF}]/u.test(text);
      expect(runFontAndLanguage(r, parts['word/styles.xml']!), r).toEqual({ font: wide ? 'SimSun-ExtB' : '宋体', lang: 'zh-CN' });
      if (wide) expect(text).toMatch(/^[\u{10000}-\u{10FFFF}]+$/u);
    }
    // The name, split into its BMP run (the default font) and its Extension B run (SimSun-ExtB).
    expect(doc).toMatch(/<w:r>(<w:rPr>(?:(?!w:rFonts)[^])*?<\/w:rPr>)?<w:t xml:space="preserve">张䶮<\/w:t>/);
    expect(doc).toMatch(/w:eastAsia="SimSun-ExtB"[^<]*\/>(?:(?!<\/w:r>)[^])*<w:t xml:space="preserve">𠮷<\/w:t>/);
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>[^]*w:eastAsia="宋体"[^]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(parts['word/fontTable.xml']).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
  });

  it('gives each look of text one paragraph style, defined once, with a unique name', async () => {
    const parts = docxParts(await renderDocxDocument(resolveDocument(sampleDocument(5))));
    const styles = parts['word/styles.xml']!;
    const defined = new Map([...styles.matchAll(/<w:style w:type="paragraph" w:styleId="(Zc\d+)"><w:name w:val="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    const used = new Set([...parts['word/document.xml']!.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(2);
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined.values()).size).toBe(defined.size);
    // A paragraph in a style does not repeat its size, alignment or line pitch.
    const styled = parts['word/document.xml']!.match(/<w:p><w:pPr><w:pStyle [^]*?<\/w:p>/g) ?? [];
    expect(styled.length).toBeGreaterThan(10);
    for (const p of styled) if (!/<w:spacing [^>]*w:(before|after)="[1-9]/.test(p)) expect(p).not.toMatch(/<w:sz |<w:jc |<w:spacing /);
  });

  it('writes real tables: fixed grid, merges, rules, row heights, repeated header', async () => {
    const parts = docxParts(await renderDocxDocument(resolveDocument(sampleDocument(5))));
    const doc = parts['word/document.xml']!;
    // Two tables of the body and the photo box nested in the first.
    expect(count(doc, /<w:tbl>/g)).toBe(3);
    const first = topLevelTables(doc)[0]!;
    expect(first).toContain('<w:tblLayout w:type="fixed"/>');
    expect(first).toMatch(/<w:tblGrid><w:gridCol w:w="1701"\/><w:gridCol w:w="3402"\/><w:gridCol w:w="1701"\/><w:gridCol w:w="2835"\/><\/w:tblGrid>/);
    expect(first).toMatch(/<w:top w:val="single" w:color="000000" w:sz="12"\/>/);
    expect(first).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="4"\/>/);
    expect(first).toMatch(/<w:gridSpan w:val="2"\/><w:vMerge w:val="restart"\/>/);
    expect(first).toMatch(/<w:gridSpan w:val="2"\/><w:vMerge w:val="continue"\/>/);
    expect(first).toMatch(/<w:trHeight w:val="454" w:hRule="atLeast"\/>/);
    expect(first).toMatch(/<w:trHeight w:val="510" w:hRule="atLeast"\/>/);
    // Labels are spread over their cell (分散对齐) by their paragraph style.
    const spread = [...parts['word/styles.xml']!.matchAll(/<w:style w:type="paragraph" w:styleId="([^"]+)">(?:(?!<\/w:style>)[^])*<w:jc w:val="distribute"\/>/g)].map((m) => m[1]);
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.some((id) => first.includes(`<w:pStyle w:val="${id}"/>`))).toBe(true);
    // The photo box: a dashed grey frame 25 × 35 mm.
    expect(doc).toMatch(/<w:top w:val="dashed" w:color="A0A0A0" w:sz="4"\/>/);
    expect(doc).toMatch(/<w:trHeight w:val="1984" w:hRule="exact"\/>/);
    // Only the second table's first row repeats.
    expect(count(doc, /<w:tblHeader\/>/g)).toBe(1);
    // Word would join two adjacent tables: a paragraph separates them.
    expect(doc).not.toMatch(/<\/w:tbl><w:tbl>/);
    expect(doc).toContain('<w:br w:type="page"/>');
  });

  it('writes A4 with the model margins, the QR picture and the seal shape', async () => {
    const bytes = await renderDocxDocument(resolveDocument(sampleDocument()));
    const parts = docxParts(bytes);
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1134"/);
    // One QR picture (the empty one draws nothing), 25 mm square.
    const media = Object.keys(docxFiles(bytes)).filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(doc).toMatch(/<wp:extent cx="900000" cy="900000"\/>/);
    // The seal: a dashed ellipse with its grey caption.
    expect(doc).toMatch(/prstGeom prst="ellipse"/);
    expect(doc).toMatch(/<a:prstDash val="dash"\/>/);
    expect(doc).toMatch(/w:color w:val="A0A0A0"[^]*?（单位公章）/);
    expect(doc).toContain('负责人');
    expect(doc).toContain('（签字）：');
  });

  it('embeds subsets of the renderers\u2019 fonts when asked, attached to 宋体 and SimSun-ExtB', async () => {
    const d = sampleDocument();
    const plain = await renderDocxDocument(resolveDocument(d));
    const embedded = await renderDocxDocument(resolveDocument(d), { fonts: nodeFontLoader() });
    const files = docxFiles(embedded);
    const table = docxParts(embedded)['word/fontTable.xml']!;
    expect(table).toMatch(/<w:font w:name="宋体">[^]*<w:embedRegular r:id="rId1" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/><\/w:font>/);
    expect(table).toMatch(/<w:font w:name="SimSun-ExtB">[^]*<w:embedRegular r:id="rId2"/);
    const font1 = files['word/fonts/font1.odttf']!;
    const font2 = files['word/fonts/font2.odttf']!;
    // Subsets, not whole faces; LibreOffice ignores embedded files of 1 KB or less, so small ones are padded.
    expect(font1.length).toBeGreaterThan(2048);
    expect(font1.length).toBeLessThan(200_000);
    expect(font2.length).toBeGreaterThanOrEqual(2048);
    // Bytes after the 32 obfuscated ones are the TrueType file's own (its table directory starts at 12).
    expect(embedded.length - plain.length).toBeLessThan(150_000);
    expect(docxParts(embedded)['word/settings.xml']).toContain('<w:embedTrueTypeFonts/>');
    expect(docxParts(plain)['word/settings.xml']).not.toContain('embedTrueTypeFonts');
  });
});

describe('signature lines', () => {
  const paragraphXml = async (block: Document['body'][number]): Promise<string> => {
    const doc: Document = { title: 't', page: { size: 'A4' }, data: {}, body: [block] };
    const xml = docxParts(await renderDocxDocument(resolveDocument(doc)))['word/document.xml']!;
    return /<w:body>(.*?)<w:sectPr/s.exec(xml)![1]!;
  };

  it('draw the line as underlined no-break spaces after the label and before the date', async () => {
    const xml = await paragraphXml({ type: 'signatureLine', label: '查验人' });
    expect(xml).toContain('查验人');
    expect(xml).toContain('（签字）：');
    expect(xml).toMatch(/<w:u w:val="single"\/>.*?<w:t xml:space="preserve">\u00A0{10,}<\/w:t>/s);
    expect(xml).toContain('年');
  });

  it('a date row (no label, no action, no line) is the date alone, as in the PDF', async () => {
    const xml = await paragraphXml({ type: 'signatureLine', label: '', action: '', lineWidth: 0 });
    expect(xml).not.toContain('：');
    expect(xml).not.toContain('w:u ');
    expect(xml).not.toContain('\u00A0');
    expect(xml).toContain('年');
  });
});

describe('labels in Word', () => {
  it('carry the PDF line breaker\'s breaks, so no character is left alone on a label\'s last line', async () => {
    const doc: Document = {
      title: 't',
      page: { size: 'A4' },
      data: {},
      body: [{ type: 'table', columns: [24, 146], rows: [{ cells: [{ text: '核准备案意见', label: true }, { text: '' }] }, { cells: [{ text: '姓名', label: true }, { text: '' }] }] }],
    };
    const xml = docxParts(await renderDocxDocument(resolveDocument(doc)))['word/document.xml']!;
    const texts = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '⏎').join('');
    const paragraphs = (xml.match(/<w:p>.*?<\/w:p>/g) ?? []).map(texts).filter(Boolean);
    expect(paragraphs).toContain('核准备⏎案意见');
    expect(paragraphs).toContain('姓名');
  });
});
