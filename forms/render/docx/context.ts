import type { Paragraph, Table } from 'docx';
import type { ResolvedBlock } from '../../document';
import type { UsedCharacters } from './fonts';
import type { ParagraphStyles } from './paragraph-styles';

/** What a handler returns: Word's block-level content. */
export type DocxBlock = Paragraph | Table;

export interface DocxContext {
  /** Characters set so far, per font, for the embedded subsets. */
  chars: UsedCharacters;
  /** The paragraph styles the text uses so far. */
  paragraphStyles: ParagraphStyles;
  /** Width blocks may take here, mm: the page's content width, or a cell's less its padding. */
  width: number;
  /** Height of the page's body (between the top and bottom margins), mm. */
  bodyHeight: number;
  /**
   * The next drawing id (`wp:docPr`), counted per document: docx's own counter runs across every document a process
   * makes, so the same form would get other ids depending on what a thread rendered before it.
   */
  drawingId(): string;
  /** Renders nested blocks with the same handlers (table cells). */
  render(blocks: readonly ResolvedBlock[], ctx: DocxContext): DocxBlock[];
}
