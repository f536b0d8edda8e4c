import { breakLines } from '../../pdf/linebreak';
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
import {
  DEFAULTS,
  cellBlocks,
  contentText,
  gridOf,
  mmToPt,
  type Borders,
  type Cell,
  type PlacedCell,
  type Row,
  type Table,
  type VAlign,
} from '../../../document';
import { withStyle, type DocxBlock, type DocxContext, type ResolvedStyle } from '../context';
import { estimateHeightPt, fittingSize } from '../measure';
import { ALIGNMENT, gapParagraph } from '../text';
import { mmToTwip, ptToBorderEighths } from '../units';

const VALIGN: Record<VAlign, (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable]> = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
};

const rule = (pt: number): IBorderOptions =>
  pt > 0 ? { style: BorderStyle.SINGLE, size: ptToBorderEighths(pt), color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'auto' };

function cellBorders(b: Borders | undefined): ITableCellBorders | undefined {
  if (!b) return undefined;
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
 * A real Word table: fixed layout on the model's column grid, merges as gridSpan / vMerge, 1.5 pt frame and 0.5 pt
 * inner rules, at-least or exact row heights, the first `headerRows` rows repeated on every page (tblHeader).
 */
/**
 * A fixed label that needs two or more lines gets the PDF's line breaks written in, so Word and LibreOffice break it
 * the same way (单位推/荐意见, never 单位推荐意/见). SimSun sets CJK at 1 em and ASCII at ½ em, as the breaker assumes.
 */
function labelLines(cell: Cell, widthMm: number, sizePt: number): Cell {
  if (!cell.label || typeof cell.text !== 'string' || cell.text.includes('\n')) return cell;
  const chars = [...cell.text].map((ch) => ({ ch, w: ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1 }));
  const lines = breakLines(chars, mmToPt(widthMm) / sizePt);
  if (lines.length < 2) return cell;
  return { ...cell, text: lines.map(([a, b]) => chars.slice(a, b).map((c) => c.ch).join('')).join('\n') };
}

export function table(block: Table, ctx: DocxContext): DocxBlock[] {
  const grid = gridOf(block);
  const widths = block.columns.map(mmToTwip);
  const outer = rule(block.rules?.outer ?? DEFAULTS.outerRule);
  const inner = rule(block.rules?.inner ?? DEFAULTS.innerRule);
  const base = withStyle({ ...ctx.style, size: DEFAULTS.tableSize }, block.style);
  const spanWidth = (pc: PlacedCell) => block.columns.slice(pc.col, pc.col + pc.colSpan).reduce((a, b) => a + b, 0);
  const padX = DEFAULTS.cellPaddingX;
  const padY = DEFAULTS.cellPaddingY;
  const bodyHeightPt = mmToPt(ctx.bodyHeight);

  // Rows joined by a rowSpan stay on one page: every row but the last of such a group keeps with the next.
  const groupEnd: number[] = [];
  let reach = -1;
  for (let r = 0; r < grid.rows; r++) {
    for (const pc of grid.cells) if (pc.row === r) reach = Math.max(reach, r + pc.rowSpan - 1);
    groupEnd.push(reach);
  }

  const styleOf = (cell: Cell): ResolvedStyle => withStyle(cell.label ? { ...base, align: DEFAULTS.labelAlign } : base, cell.style);

  const rows = block.rows.map((row: Row, r) => {
    const cells: TableCell[] = [];
    let tallestPt = 0;
    for (let c = 0; c < grid.cols; ) {
      const pc = grid.cells[grid.owner[r]![c]!]!;
      const width = { size: widths.slice(pc.col, pc.col + pc.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA };
      const borders = cellBorders(pc.cell.borders);
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
      const innerWidth = spanWidth(pc) - 2 * padX;
      let style = styleOf(pc.cell);
      const text = contentText(ctx.data, pc.cell.text);
      if (row.exactHeight !== undefined && pc.rowSpan === 1 && text !== '') {
        // Word clips what does not fit an exact row; shrink the text as the PDF does.
        style = { ...style, size: fittingSize(text, innerWidth, row.exactHeight - 2 * padY, style.size, style.lineHeight) };
      }
      if (pc.rowSpan === 1) tallestPt = Math.max(tallestPt, estimateHeightPt(text, innerWidth, style.size, style.lineHeight));
      const children = ctx.render(cellBlocks(labelLines(pc.cell, innerWidth, style.size)), { ...ctx, width: innerWidth, style, inCell: true });
      // A cell must end with a paragraph (and hold at least one).
      const last = children[children.length - 1];
      if (!last || last instanceof WordTable) children.push(gapParagraph(1));
      cells.push(
        new TableCell({
          width,
          ...(pc.colSpan > 1 ? { columnSpan: pc.colSpan } : {}),
          ...(pc.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          verticalAlign: VALIGN[pc.cell.valign ?? (pc.cell.blocks ? 'top' : 'middle')],
          ...(borders ? { borders } : {}),
          children,
        }),
      );
      c += pc.colSpan;
    }
    const height =
      row.exactHeight !== undefined
        ? { value: mmToTwip(row.exactHeight), rule: HeightRule.EXACT }
        : { value: mmToTwip(row.minHeight ?? DEFAULTS.rowMinHeight), rule: HeightRule.ATLEAST };
    return new TableRow({
      children: cells,
      height,
      ...(r < (block.headerRows ?? 0) ? { tableHeader: true } : {}),
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
