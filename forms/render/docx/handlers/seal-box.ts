import { LineRuleType, Paragraph } from 'docx';
import { ShapeRun } from 'docx/shapes';
import { DEFAULTS, type SealBox } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { ALIGNMENT, exactLine, markRun, textRuns } from '../text';
import { hexColor, mmToPx } from '../units';

const CAPTION_SIZE = 10.5;

/**
 * Where the seal falls: an inline dashed circle (or square) in light grey with its caption centred — a drawing
 * shape, which Word, WPS and LibreOffice all draw, and which an office can move if its seal falls elsewhere.
 */
export function sealBox(block: SealBox, ctx: DocxContext): DocxBlock[] {
  const shape = block.shape ?? 'circle';
  const side = mmToPx(block.size ?? (shape === 'circle' ? DEFAULTS.sealCircle : DEFAULTS.sealSquare));
  const grey = hexColor(DEFAULTS.sealColor);
  const caption = new Paragraph({
    alignment: ALIGNMENT.center,
    run: markRun(CAPTION_SIZE),
    spacing: { before: 0, after: 0, ...exactLine(CAPTION_SIZE * 1.2) },
    children: textRuns(ctx, block.caption ?? DEFAULTS.sealCaption, { size: CAPTION_SIZE, color: DEFAULTS.sealColor }),
  });
  return [
    new Paragraph({
      alignment: ALIGNMENT[block.align ?? 'right'],
      run: markRun(1),
      // Single (auto) spacing: the line grows to the shape, which exact spacing would clip.
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ShapeRun({
          type: shape === 'circle' ? 'ellipse' : 'rectangle',
          transformation: { width: side, height: side },
          line: { color: grey, width: 0.75, dash: 'dash' },
          children: [caption],
          textOptions: { verticalAlignment: 'center', margins: { top: 0, right: 0, bottom: 0, left: 0 }, wrap: true },
        }),
      ],
    }),
  ];
}
