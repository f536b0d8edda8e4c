import { ImageRun, LineRuleType, Paragraph } from 'docx';
import { DEFAULTS, contentText, resolveContent, type Qr } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { qrPng } from '../qr-png';
import { ALIGNMENT, contentRuns, exactLine, markRun } from '../text';
import { mmToPx } from '../units';

const CAPTION_SIZE = 9;

/** The code as a PNG picture (quiet zone included), its caption below; nothing for an empty text. */
export function qr(block: Qr, ctx: DocxContext): DocxBlock[] {
  const text = contentText(ctx.data, block.text);
  if (text === '') return [];
  const side = mmToPx(block.size ?? DEFAULTS.qrSize);
  const alignment = ALIGNMENT[block.align ?? 'left'];
  const out: DocxBlock[] = [
    new Paragraph({
      alignment,
      keepNext: block.caption !== undefined,
      run: markRun(1),
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: 'png', data: qrPng(text), transformation: { width: side, height: side }, altText: { name: 'QR', description: text, title: text } })],
    }),
  ];
  if (block.caption !== undefined) {
    const style = { ...ctx.style, size: CAPTION_SIZE, bold: false };
    out.push(
      new Paragraph({
        alignment,
        run: markRun(CAPTION_SIZE),
        spacing: { before: 0, after: 0, ...exactLine(CAPTION_SIZE * 1.3) },
        children: contentRuns(ctx, resolveContent(ctx.data, block.caption), style),
      }),
    );
  }
  return out;
}
