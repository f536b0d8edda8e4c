import { DEFAULTS, type Title } from '../../../document';
import { withStyle, type DocxBlock, type DocxContext } from '../context';
import { textParagraph } from '../text';
import { mmToTwip } from '../units';

/** Centred, bold, 二号; a bold 宋体 stands in for 小标宋/黑体 as in the PDF. */
export function title(block: Title, ctx: DocxContext): DocxBlock[] {
  // Line pitch 1.3 as in the PDF.
  const style = withStyle({ ...ctx.style, size: DEFAULTS.titleSize, bold: true, align: 'center', lineHeight: 1.3 }, block.style);
  return [
    textParagraph(ctx, block.text, style, {
      keepNext: true,
      spacing: { after: mmToTwip(block.spaceAfter ?? DEFAULTS.titleSpaceAfter) },
    }),
  ];
}
