import { breakLines } from '../../linebreak';
import {
  BorderStyle,
  HeightRule,
  Table as WordTable,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type ITableCellBorders,
} from 'docx';
import { mmToPt, type Borders, type ResolvedCell, type ResolvedCellBlock, type TableBlock, type VAlign } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { estimateHeightPt } from '../measure';
import { ALIGNMENT, gapParagraph } from '../text';
import { mmToTwip, ptToBorderEighths } from '../units';

const VALIGN: Record<VAlign, (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable]> = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
};

const rule = (pt: number): IBorderOptions =>
  pt > 0 ? { style: BorderStyle.SINGLE, size: ptToBorderEighths(pt), color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'auto' };

function cellBorders(b: Borders): ITableCellBorders | undefined {
  if (Object.keys(b).length === 0) return undefined;
  return {
    ...(b.top !== undefined ? { top: rule(b.top) } : {}),
    ...(b.right !== undefined ? { right: rule(b.right) } : {}),
    ...(b.bottom !== undefined ? { bottom: rule(b.bottom) } : {}),
    ...(b.left !== undefined ? { left: rule(b.left) } : {}),
  };
}

/** Rows whose height is at most this share of the page body are kept whole on a page; taller ones may split. */
const UNSPLIT_SHARE = 0.6;

/**
 * A fixed label that needs two or more lines gets the PDF's line breaks written in, so Word and LibreOffice break it
 * the same way (单位推/荐意见, never 单位推荐意/见). SimSun sets CJK at 1 em and ASCII at ½ em, as the breaker assumes.
 */
function labelLines(cell: ResolvedCell, widthMm: number): ResolvedCellBlock[] {
  const [first, ...rest] = cell.blocks;
  const fixed = first?.type === 'text' && first.runs.length === 1 && first.runs[0]!.bind === undefined && first.runs[0]!.text === cell.text;
  if (!cell.label || !fixed || cell.text.includes('\n')) return cell.blocks;
  const chars = [...cell.text].map((ch) => ({ ch, w: ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1 }));
  const lines = breakLines(chars, mmToPt(widthMm) / cell.style.size);
  if (lines.length < 2) return cell.blocks;
  const text = lines.map(([a, b]) => chars.slice(a, b).map((c) => c.ch).join('')).join('\n');
  return [{ ...first, runs: [{ text }] }, ...rest];
}

/**
 * A real Word table: fixed layout on the model's column grid, merges as gridSpan / vMerge, the table's outer and inner
 * rules, at-least row heights, the first `headerRows` rows repeated on every page (tblHeader).
 */
export function table(block: TableBlock, ctx: DocxContext): DocxBlock[] {
  const widths = block.columns.map(mmToTwip);
  const outer = rule(block.rules.outer);
  const inner = rule(block.rules.inner);
  const { x: padX, y: padY } = block.padding;
  const bodyHeightPt = mmToPt(ctx.bodyHeight);
  const cols = block.columns.length;

  // Rows joined by a rowSpan stay on one page: every row but the last of such a group keeps with the next.
  const groupEnd: number[] = [];
  let reach = -1;
  for (let r = 0; r < block.minHeights.length; r++) {
    for (const pc of block.cells) if (pc.row === r) reach = Math.max(reach, r + pc.rowSpan - 1);
    groupEnd.push(reach);
  }

  const rows = block.minHeights.map((minHeight, r) => {
    const cells: TableCell[] = [];
    let tallestPt = 0;
    for (let c = 0; c < cols; ) {
      const pc = block.cells[block.owner[r]![c]!]!;
      const width = { size: widths.slice(pc.col, pc.col + pc.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA };
      const borders = cellBorders(pc.borders);
      if (pc.row !== r) {
        // The slot under a cell merged down: Word wants a continuation cell in every row the merge covers.
        cells.push(
          new TableCell({
            width,
            ...(pc.colSpan > 1 ? { columnSpan: pc.colSpan } : {}),
            verticalMerge: VerticalMergeType.CONTINUE,
            ...(borders ? { borders } : {}),
            children: [gapParagraph(1)],
          }),
        );
        c += pc.colSpan;
        continue;
      }
      const innerWidth = pc.width - 2 * padX;
      if (pc.rowSpan === 1) tallestPt = Math.max(tallestPt, estimateHeightPt(pc.text, innerWidth, pc.style.size, pc.style.lineHeight));
      const children = ctx.render(labelLines(pc, innerWidth), { ...ctx, width: innerWidth });
      // A cell must end with a paragraph (and hold at least one).
      const last = children[children.length - 1];
      if (!last || last instanceof WordTable) children.push(gapParagraph(1));
      cells.push(
        new TableCell({
          width,
          ...(pc.colSpan > 1 ? { columnSpan: pc.colSpan } : {}),
          ...(pc.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          verticalAlign: VALIGN[pc.valign],
          ...(borders ? { borders } : {}),
          children,
        }),
      );
      c += pc.colSpan;
    }
    return new TableRow({
      children: cells,
      height: { value: mmToTwip(minHeight), rule: HeightRule.ATLEAST },
      ...(r < block.headerRows ? { tableHeader: true } : {}),
      cantSplit: tallestPt <= bodyHeightPt * UNSPLIT_SHARE,
      ...(groupEnd[r]! > r || block.keepWithNext ? { keepNext: true } : {}),
    });
  });

  const out: DocxBlock[] = [];
  if (block.spaceBefore) out.push(gapParagraph(mmToPt(block.spaceBefore)));
  out.push(
    new WordTable({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      alignment: ALIGNMENT.center,
      margins: { top: mmToTwip(padY), bottom: mmToTwip(padY), left: mmToTwip(padX), right: mmToTwip(padX) },
      borders: { top: outer, bottom: outer, left: outer, right: outer, insideHorizontal: inner, insideVertical: inner },
      rows,
    }),
  );
  if (block.spaceAfter) out.push(gapParagraph(mmToPt(block.spaceAfter)));
  return out;
}
