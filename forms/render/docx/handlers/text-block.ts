import { mmToPt, type TextBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { textParagraph } from '../text';
import { mmToTwip, ptToTwip } from '../units';

/** A title or paragraph: one Word paragraph in a paragraph style of its look. */
export function textBlock(block: TextBlock, ctx: DocxContext): DocxBlock[] {
  return [
    textParagraph(ctx, block.runs, block.style, {
      ...(block.indent ? { indent: { firstLine: ptToTwip(mmToPt(block.indent)) } } : {}),
      ...(block.keepWithNext ? { keepNext: true } : {}),
      spacing: { before: mmToTwip(block.spaceBefore), after: mmToTwip(block.spaceAfter) },
    }),
  ];
}
