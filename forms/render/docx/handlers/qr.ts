import { ImageRun, LineRuleType, Paragraph } from 'docx';
import type { QrBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { qrPng } from '../qr-png';
import { ALIGNMENT, contentRuns, exactLine, markRun } from '../text';
import { mmToPx } from '../units';

/** The code as a PNG picture (quiet zone included), its caption below. */
export function qr(block: QrBlock, ctx: DocxContext): DocxBlock[] {
  const side = mmToPx(block.size);
  const alignment = ALIGNMENT[block.align];
  const out: DocxBlock[] = [
    new Paragraph({
      alignment,
      keepNext: block.caption !== undefined,
      run: markRun(1),
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: qrPng(block.modules, block.quietZone),
          transformation: { width: side, height: side },
          altText: { name: 'QR', description: block.text, title: block.text, id: ctx.drawingId() },
        }),
      ],
    }),
  ];
  if (block.caption) {
    const { runs, style } = block.caption;
    // A paragraph has no box of its own: the caption takes the code's alignment.
    out.push(
      new Paragraph({
        alignment,
        run: markRun(style.size),
        spacing: { before: 0, after: 0, ...exactLine(style.size * style.lineHeight) },
        children: contentRuns(ctx, runs, style),
      }),
    );
  }
  return out;
}
