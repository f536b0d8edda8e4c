// The resolve step decides every look once; the renderers only encode what it decided.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, resolveDocument, type Document, type TableBlock } from '../../forms/document';

const doc: Document = {
  title: '测试',
  page: { size: 'A4' },
  data: { p: { name: '张䶮', url: 'https://www.chsi.com.cn/xlcx/bg.do?vcode=A1B2' } },
  body: [
    { type: 'title', text: '评定表' },
    {
      type: 'table',
      columns: [30, 140],
      style: { size: 12 },
      rows: [
        { cells: [{ text: '姓名', label: true }, { text: { bind: 'p.name' }, style: { bold: true } }] },
        { cells: [{ text: '意见', label: true, style: { align: 'center' } }, { blocks: [{ type: 'sealBox' }, { type: 'qr', text: { bind: 'p.none' } }, { type: 'qr', text: { bind: 'p.url' }, caption: '扫码' }] }], minHeight: 20 },
      ],
    },
  ],
};

describe('resolveDocument', () => {
  const r = resolveDocument(doc);

  it('settles the title, cell styles, alignment and row heights from DEFAULTS and the definition', () => {
    expect(r.body[0]).toMatchObject({ type: 'text', runs: [{ text: '评定表' }], style: { size: DEFAULTS.titleSize, bold: true, align: 'center', lineHeight: DEFAULTS.titleLineHeight }, spaceAfter: DEFAULTS.titleSpaceAfter, keepWithNext: true });
    const t = r.body[1] as TableBlock;
    expect(t.minHeights).toEqual([DEFAULTS.rowMinHeight, 20]);
    expect(t.rules).toEqual({ outer: DEFAULTS.outerRule, inner: DEFAULTS.innerRule });
    const [label, name, label2, opinion] = t.cells;
    expect(label!.style).toEqual({ size: 12, bold: false, align: DEFAULTS.labelAlign, lineHeight: DEFAULTS.lineHeight });
    expect(label2!.style.align).toBe('center');
    expect(name).toMatchObject({ width: 140, valign: 'middle', text: '张䶮', style: { size: 12, bold: true, align: 'left' } });
    expect(name!.blocks[0]).toMatchObject({ type: 'text', runs: [{ text: '张䶮', bind: 'p.name' }] });
    expect(opinion!.valign).toBe('top');
  });

  it('sizes and colours captions, computes the QR code once and drops a code with nothing to encode', () => {
    const opinion = (r.body[1] as TableBlock).cells[3]!;
    expect(opinion.blocks.map((b) => b.type)).toEqual(['seal', 'qr']);
    expect(opinion.blocks[0]).toMatchObject({ caption: DEFAULTS.sealCaption, size: DEFAULTS.sealCircle, captionStyle: { size: DEFAULTS.sealCaptionSize, color: DEFAULTS.sealColor } });
    const qr = opinion.blocks[1]!;
    if (qr.type !== 'qr') throw new Error('not a qr');
    expect(qr.modules.length).toBeGreaterThan(20);
    expect(qr.modules.every((row) => row.length === qr.modules.length)).toBe(true);
    expect(qr.caption).toMatchObject({ runs: [{ text: '扫码' }], style: { size: DEFAULTS.qrCaptionSize, align: 'center' }, width: DEFAULTS.qrCaptionWidth });
  });

  it('leaves no style of the model to the PDF and DOCX renderers', () => {
    const dir = join(import.meta.dirname, '../../forms/render');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /^(pdf|docx)\/.*\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    // docx/text.ts names the body size as Word's document defaults, which every run is written against.
    const readers = files.filter((f) => /\bDEFAULTS\b/.test(readFileSync(join(dir, f), 'utf8')));
    expect(readers).toEqual(['docx/text.ts']);
  });
});
