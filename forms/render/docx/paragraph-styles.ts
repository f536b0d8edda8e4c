import type { IParagraphStyleOptions } from 'docx';
import type { Align, Style } from '../../document';
import { ALIGNMENT, exactLine, type RunStyle } from './text';
import { hexColor, ptToHalfPoints } from './units';

const ALIGN_NAME: Record<Align, string> = { left: '左对齐', center: '居中', right: '右对齐', distribute: '分散对齐' };

/**
 * The document's paragraph styles, one per look its text takes (size, weight, colour, alignment, line pitch), made as
 * the renderer meets them. A paragraph then names its style instead of repeating the look in every paragraph and run:
 * a form is mostly short table cells, so this is most of its XML. The styles show in Word's list by what they look like.
 */
export class ParagraphStyles {
  private readonly byLook = new Map<string, { options: IParagraphStyleOptions; run: RunStyle }>();

  /** The style for text in `style`, and the run properties its runs inherit from it. */
  of(style: Style): { id: string; run: RunStyle } {
    const look = `${style.size}|${style.bold}|${style.color ?? ''}|${style.align}|${style.lineHeight}`;
    let found = this.byLook.get(look);
    if (!found) {
      const id = `Zc${this.byLook.size + 1}`;
      const run: RunStyle = { size: style.size, ...(style.bold ? { bold: true } : {}), ...(style.color ? { color: style.color } : {}) };
      const pitch = Math.round(style.size * style.lineHeight * 10) / 10;
      // Unique, as Word wants style names: every part of the look is in it.
      const name = `表单 ${style.size}磅${style.bold ? ' 加粗' : ''} ${ALIGN_NAME[style.align]} 行距${pitch}磅${style.color ? ` ${hexColor(style.color)}` : ''}`;
      found = {
        run,
        options: {
          id,
          name,
          basedOn: 'Normal',
          run: {
            size: ptToHalfPoints(style.size),
            ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
            ...(style.color ? { color: hexColor(style.color) } : {}),
          },
          paragraph: { alignment: ALIGNMENT[style.align], spacing: { before: 0, after: 0, ...exactLine(style.size * style.lineHeight) } },
        },
      };
      this.byLook.set(look, found);
    }
    return { id: found.options.id, run: found.run };
  }

  /** Every style made so far, for the document's styles part. */
  get definitions(): IParagraphStyleOptions[] {
    return [...this.byLook.values()].map((s) => s.options);
  }
}
