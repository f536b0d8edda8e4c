import type { Paragraph } from '../../../document';
import { withStyle, type DocxBlock, type DocxContext } from '../context';
import { textParagraph } from '../text';
import { mmToTwip, ptToTwip } from '../units';

export function paragraph(block: Paragraph, ctx: DocxContext): DocxBlock[] {
  const style = withStyle(ctx.style, block.style);
  return [
    textParagraph(ctx, block.text, style, {
      ...(block.indent ? { indent: { firstLine: ptToTwip(block.indent * style.size) } } : {}),
      ...(block.keepWithNext ? { keepNext: true } : {}),
      spacing: { before: mmToTwip(block.spaceBefore ?? 0), after: mmToTwip(block.spaceAfter ?? 0) },
    }),
  ];
}
