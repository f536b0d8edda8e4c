import { Paragraph } from 'docx';
import { mmToPt, type SignatureBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { ALIGNMENT, contentRuns, exactLine, markRun, textRuns } from '../text';
import { mmToTwip } from '../units';

/** `label（签字）：` + a line to sign on + `　　年　　月　　日` (or the date given). */
export function signatureLine(block: SignatureBlock, ctx: DocxContext): DocxBlock[] {
  const { style, label, lineWidth, date } = block;
  // The line: underlined no-break spaces (½ em each in SimSun), which Word underlines even at the end of a line.
  const line = lineWidth > 0 ? '\u00A0'.repeat(Math.max(2, Math.round(mmToPt(lineWidth) / (style.size / 2)))) : '';
  const runs = [
    ...contentRuns(ctx, label, style),
    ...(line ? textRuns(ctx, line, { ...style, underline: true }) : []),
    // One em between the line and the date, as in the PDF.
    ...(line && date.length ? textRuns(ctx, '　', style) : []),
    ...contentRuns(ctx, date, style),
  ];
  return [
    new Paragraph({
      alignment: ALIGNMENT[block.align],
      run: markRun(style.size),
      spacing: { before: mmToTwip(block.spaceBefore), after: 0, ...exactLine(style.size * style.lineHeight) },
      children: runs,
    }),
  ];
}
