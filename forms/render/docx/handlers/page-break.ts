import { PageBreak as WordPageBreak, Paragraph } from 'docx';
import type { PageBreakBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { exactLine, markRun } from '../text';

/** A page break in a 1 pt paragraph, so the paragraph mark carried to the new page takes no room. */
export function pageBreak(_block: PageBreakBlock, _ctx: DocxContext): DocxBlock[] {
  return [new Paragraph({ run: markRun(1), spacing: { before: 0, after: 0, ...exactLine(1) }, children: [new WordPageBreak()] })];
}
