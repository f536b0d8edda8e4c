import { BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { PhotoBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { ALIGNMENT, textParagraph } from '../text';
import { hexColor, mmToTwip, ptToBorderEighths } from '../units';

/** A one-cell table of the photo's size with its caption in the middle: a frame that stays put when text changes. */
export function photoBox(block: PhotoBlock, ctx: DocxContext): DocxBlock[] {
  const width = mmToTwip(block.width);
  // Word's dashed border stands for the PDF's dash pattern.
  const rule = { style: BorderStyle.DASHED, size: ptToBorderEighths(block.rule), color: hexColor(block.color) };
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      alignment: ALIGNMENT[block.align],
      width: { size: width, type: WidthType.DXA },
      columnWidths: [width],
      borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
      rows: [
        new TableRow({
          cantSplit: true,
          height: { value: mmToTwip(block.height), rule: HeightRule.EXACT },
          children: [
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [textParagraph(ctx, [{ text: block.caption }], block.captionStyle)],
            }),
          ],
        }),
      ],
    }),
  ];
}
