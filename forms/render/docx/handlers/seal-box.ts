import { LineRuleType, Paragraph } from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { SealBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { ALIGNMENT, exactLine, markRun, textRuns } from '../text';
import { hexColor, mmToPx } from '../units';

/**
 * Where the seal falls: an inline dashed circle (or square) in light grey with its caption centred — a drawing
 * shape, which Word, WPS and LibreOffice all draw, and which an office can move if its seal falls elsewhere.
 */
export function sealBox(block: SealBlock, ctx: DocxContext): DocxBlock[] {
  const side = mmToPx(block.size);
  const { captionStyle: cs } = block;
  const caption = new Paragraph({
    alignment: ALIGNMENT[cs.align],
    run: markRun(cs.size),
    spacing: { before: 0, after: 0, ...exactLine(cs.size * cs.lineHeight) },
    children: textRuns(ctx, block.caption, { size: cs.size, ...(cs.color ? { color: cs.color } : {}) }),
  });
  return [
    new Paragraph({
      alignment: ALIGNMENT[block.align],
      run: markRun(1),
      // Single (auto) spacing: the line grows to the shape, which exact spacing would clip.
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ShapeRun({
          type: block.shape === 'circle' ? 'ellipse' : 'rectangle',
          transformation: { width: side, height: side },
          altText: { name: '', description: '', title: '', id: ctx.drawingId() },
          // Word's dash preset stands for the PDF's dash pattern.
          line: { color: hexColor(block.color), width: block.rule, dash: 'dash' },
          children: [caption],
          textOptions: { verticalAlignment: 'center', margins: { top: 0, right: 0, bottom: 0, left: 0 }, wrap: true },
        }),
      ],
    }),
  ];
}
