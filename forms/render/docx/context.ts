import type { Paragraph, Table } from 'docx';
import type { Align, Block, CellBlock, TextStyle } from '../../document';
import type { UsedCharacters } from './fonts';
import type { ParagraphStyles } from './paragraph-styles';

/** What a handler returns: Word's block-level content. */
export type DocxBlock = Paragraph | Table;

/** A text style with every default filled in. */
export interface ResolvedStyle {
  size: number;
  bold: boolean;
  align: Align;
  lineHeight: number;
  /** `#rrggbb`; undefined = automatic (black). */
  color?: string;
}

export interface DocxContext {
  /** The document's data, which `Bind`s are resolved against. */
  data: unknown;
  /** Characters set so far, per font, for the embedded subsets. */
  chars: UsedCharacters;
  /** The paragraph styles the text uses so far. */
  paragraphStyles: ParagraphStyles;
  /** Width blocks may take here, mm: the page's content width, or a cell's less its padding. */
  width: number;
  /** Height of the page's body (between the top and bottom margins), mm. */
  bodyHeight: number;
  /** The style text takes here unless its own style says otherwise (body at top level; the table's and cell's in a cell). */
  style: ResolvedStyle;
  /** True inside a table cell (page breaks are ignored there, as the model says). */
  inCell: boolean;
  /** Renders nested blocks with the same handlers (table cells). */
  render(blocks: readonly (Block | CellBlock)[], ctx: DocxContext): DocxBlock[];
}

/** `base` with the properties `style` sets. */
export function withStyle(base: ResolvedStyle, style: TextStyle | undefined): ResolvedStyle {
  if (!style) return base;
  return {
    size: style.size ?? base.size,
    bold: style.bold ?? base.bold,
    align: style.align ?? base.align,
    lineHeight: style.lineHeight ?? base.lineHeight,
    ...(style.color !== undefined ? { color: style.color } : base.color !== undefined ? { color: base.color } : {}),
  };
}
