import { xmlSafe } from '../../../shared/text/xml';
import { AlignmentType, LineRuleType, Paragraph, TextRun, UnderlineType, type IParagraphOptions } from 'docx';
import { DEFAULTS, type Align, type Run, type Style } from '../../document';
import type { DocxContext } from './context';
import { RUN_LANGUAGE, runFonts, splitBySlot, type FontSlot } from './fonts';
import { hexColor, ptToHalfPoints, ptToTwip } from './units';

export const ALIGNMENT: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  distribute: AlignmentType.DISTRIBUTE,
};

export interface RunStyle {
  size: number;
  bold?: boolean;
  color?: string;
  underline?: boolean;
}

/**
 * What a run in no paragraph style inherits: the document defaults (docDefaults) below. Any size would do; the
 * body's makes the fewest run properties.
 */
const DEFAULT_LOOK: RunStyle = { size: DEFAULTS.bodySize };
/** The document's default run properties: every run inherits them, so a run states only what differs. */
export const DEFAULT_RUN = { font: runFonts('body'), size: ptToHalfPoints(DEFAULT_LOOK.size), language: RUN_LANGUAGE };

/** A run's font and size where they differ from what it inherits (far less XML: runs are most of a form). */
export const runFontAndSize = (slot: FontSlot, size: number, inherited: number = DEFAULT_LOOK.size) => ({
  ...(slot === 'body' ? {} : { font: runFonts(slot) }),
  ...(ptToHalfPoints(size) === ptToHalfPoints(inherited) ? {} : { size: ptToHalfPoints(size) }),
});

/**
 * Word runs for one piece of text: split where it crosses into the supplementary planes (own font) and at `\n`
 * (a line break). Records the characters for the embedded font subsets. `inherited`: the look of the paragraph's
 * style (default: the document defaults), which the runs do not repeat.
 */
export function textRuns(ctx: DocxContext, text: string, style: RunStyle, inherited: RunStyle = DEFAULT_LOOK): TextRun[] {
  const out: TextRun[] = [];
  // Characters XML cannot hold would make the whole DOCX unreadable: import refuses them, this drops any left.
  xmlSafe(text).split('\n').forEach((line, i) => {
    const pieces = splitBySlot(line);
    if (i > 0 && pieces.length === 0) pieces.push({ text: '', slot: 'body' });
    pieces.forEach((piece, j) => {
      ctx.chars.add(piece.slot, piece.text);
      out.push(
        new TextRun({
          text: piece.text,
          ...runFontAndSize(piece.slot, style.size, inherited.size),
          ...(style.bold && !inherited.bold ? { bold: true, boldComplexScript: true } : {}),
          ...(style.color && style.color !== inherited.color ? { color: hexColor(style.color) } : {}),
          ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        }),
      );
    });
  });
  return out;
}

/** Runs for resolved content (fixed text and bound values) in one style. */
export function contentRuns(ctx: DocxContext, runs: readonly Run[], style: Style, inherited?: RunStyle): TextRun[] {
  return runs.flatMap((r) =>
    textRuns(
      ctx,
      r.text,
      { size: style.size, bold: style.bold, ...(style.color ? { color: style.color } : {}), ...(r.underline ? { underline: true } : {}) },
      inherited,
    ),
  );
}

/** Exact line spacing: the same line pitch whatever font Word or LibreOffice ends up using. */
export const exactLine = (pt: number) => ({ line: Math.max(1, ptToTwip(pt)), lineRule: LineRuleType.EXACT });

/** The paragraph mark's run properties, so an empty paragraph takes the size of its text. */
export const markRun = (size: number) => runFontAndSize('body', size);

/**
 * A paragraph of content in a style: exact line pitch of size × lineHeight, set by a paragraph style (see
 * paragraph-styles.ts). Space before or after, when given, is written with the line pitch, whole.
 */
export function textParagraph(
  ctx: DocxContext,
  runs: readonly Run[],
  style: Style,
  extra: Omit<IParagraphOptions, 'children' | 'alignment' | 'style'> = {},
): Paragraph {
  const look = ctx.paragraphStyles.of(style);
  const { spacing, ...rest } = extra;
  return new Paragraph({
    style: look.id,
    // No automatic quarter-em between CJK and digits (2004年9月1日 stays tight, as in the PDF).
    autoSpaceEastAsianText: false,
    ...rest,
    ...(spacing?.before || spacing?.after ? { spacing: { before: 0, after: 0, ...exactLine(style.size * style.lineHeight), ...spacing } } : {}),
    children: contentRuns(ctx, runs, style, look.run),
  });
}

/** An empty paragraph exactly `pt` tall: vertical space, and the paragraph Word needs between two tables. */
export function gapParagraph(pt: number): Paragraph {
  const h = Math.max(1, pt);
  return new Paragraph({ run: markRun(Math.min(h, 1)), spacing: { before: 0, after: 0, ...exactLine(h) }, children: [] });
}
