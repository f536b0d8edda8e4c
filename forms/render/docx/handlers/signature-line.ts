import { Paragraph } from 'docx';
import { DEFAULTS, mmToPt, resolveContent, type SignatureLine } from '../../../document';
import { withStyle, type DocxBlock, type DocxContext } from '../context';
import { ALIGNMENT, contentRuns, exactLine, markRun, textRuns } from '../text';
import { mmToTwip } from '../units';

/** `label（签字）：` + a line to sign on + `　　年　　月　　日` (or the date given). */
export function signatureLine(block: SignatureLine, ctx: DocxContext): DocxBlock[] {
  const align = block.align === 'distribute' ? 'left' : (block.align ?? 'right');
  const style = { ...withStyle(ctx.style, block.style), align };
  const action = block.action ?? '签字';
  const label = resolveContent(ctx.data, block.label);
  // The line: underlined no-break spaces (½ em each in SimSun), which Word underlines even at the end of a line.
  const halfEm = mmToPt(block.lineWidth ?? DEFAULTS.signatureLineWidth) / (style.size / 2);
  const line = '\u00A0'.repeat(Math.max(2, Math.round(halfEm)));
  const date = block.date ?? true;
  const runs = [
    ...contentRuns(ctx, label, style),
    ...textRuns(ctx, `${action ? `（${action}）` : ''}：`, style),
    ...textRuns(ctx, line, { ...style, underline: true }),
    // One em between the line and the date, as in the PDF.
    ...(date === false ? [] : textRuns(ctx, '　', style)),
    ...(date === true ? textRuns(ctx, DEFAULTS.dateBlanks, style) : date === false ? [] : contentRuns(ctx, resolveContent(ctx.data, date), style)),
  ];
  return [
    new Paragraph({
      alignment: ALIGNMENT[align],
      run: markRun(style.size),
      spacing: { before: mmToTwip(block.spaceBefore ?? DEFAULTS.signatureSpaceBefore), after: 0, ...exactLine(style.size * style.lineHeight) },
      children: runs,
    }),
  ];
}
