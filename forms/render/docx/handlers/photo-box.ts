import { BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { DEFAULTS, type PhotoBox } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { ALIGNMENT, textParagraph } from '../text';
import { hexColor, mmToTwip, ptToBorderEighths } from '../units';

const CAPTION_COLOR = '#606060';

/** A one-cell table of the photo's size with its caption in the middle: a frame that stays put when text changes. */
export function photoBox(block: PhotoBox, ctx: DocxContext): DocxBlock[] {
  const width = mmToTwip(block.width ?? DEFAULTS.photoWidth);
  // A dashed light-grey frame with a grey caption, as in the PDF.
  const rule = { style: BorderStyle.DASHED, size: ptToBorderEighths(0.5), color: hexColor(DEFAULTS.sealColor) };
  const style = { ...ctx.style, align: 'center' as const, bold: false, color: CAPTION_COLOR };
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      alignment: ALIGNMENT[block.align ?? 'center'],
      width: { size: width, type: WidthType.DXA },
      columnWidths: [width],
      borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
      rows: [
        new TableRow({
          cantSplit: true,
          height: { value: mmToTwip(block.height ?? DEFAULTS.photoHeight), rule: HeightRule.EXACT },
          children: [
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [textParagraph(ctx, block.caption ?? DEFAULTS.photoCaption, style)],
            }),
          ],
        }),
      ],
    }),
  ];
}
