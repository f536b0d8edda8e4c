import { AlignmentType, LineRuleType, Paragraph, TextRun, UnderlineType, type IParagraphOptions } from 'docx';
import { DEFAULTS, resolveContent, type Align, type Content, type Run } from '../../document';
import type { DocxContext, ResolvedStyle } from './context';
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
 * Word runs for one piece of text: split where it crosses into the supplementary planes (own font) and at `\n`
 * (a line break). Records the characters for the embedded font subsets.
 */
export function textRuns(ctx: DocxContext, text: string, style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  text.split('\n').forEach((line, i) => {
    const pieces = splitBySlot(line);
    if (i > 0 && pieces.length === 0) pieces.push({ text: '', slot: 'body' });
    pieces.forEach((piece, j) => {
      ctx.chars.add(piece.slot, piece.text);
      out.push(
        new TextRun({
          text: piece.text,
          ...runFontAndSize(piece.slot, style.size),
          ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
          ...(style.color ? { color: hexColor(style.color) } : {}),
          ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        }),
      );
    });
  });
  return out;
}

/** Runs for resolved content (fixed text and bound values) in one style. */
export function contentRuns(ctx: DocxContext, runs: readonly Run[], style: ResolvedStyle): TextRun[] {
  return runs.flatMap((r) =>
    textRuns(ctx, r.text, { size: style.size, bold: style.bold, ...(style.color ? { color: style.color } : {}), ...(r.underline ? { underline: true } : {}) }),
  );
}

/** Exact line spacing: the same line pitch whatever font Word or LibreOffice ends up using. */
export const exactLine = (pt: number) => ({ line: Math.max(1, ptToTwip(pt)), lineRule: LineRuleType.EXACT });

/** The document's default run properties (docDefaults): every run inherits them, so a run states only what differs. */
export const DEFAULT_RUN = { font: runFonts('body'), size: ptToHalfPoints(DEFAULTS.bodySize), language: RUN_LANGUAGE };

/** A run's font and size where they differ from the document default (far less XML: runs are most of a form). */
export const runFontAndSize = (slot: FontSlot, size: number) => ({
  ...(slot === 'body' ? {} : { font: runFonts(slot) }),
  ...(ptToHalfPoints(size) === DEFAULT_RUN.size ? {} : { size: ptToHalfPoints(size) }),
});

/** The paragraph mark's run properties, so an empty paragraph takes the size of its text. */
export const markRun = (size: number) => runFontAndSize('body', size);

/** A paragraph of content in a style: exact line pitch of size × lineHeight. */
export function textParagraph(
  ctx: DocxContext,
  content: Content | undefined,
  style: ResolvedStyle,
  extra: Omit<IParagraphOptions, 'children' | 'alignment'> = {},
): Paragraph {
  const runs = resolveContent(ctx.data, content);
  const children = contentRuns(ctx, runs, style);
  return new Paragraph({
    alignment: ALIGNMENT[style.align],
    // The mark's size sets an empty paragraph's height; beside text of that size it adds nothing but XML.
    ...(children.length ? {} : { run: markRun(style.size) }),
    // No automatic quarter-em between CJK and digits (2004年9月1日 stays tight, as in the PDF).
    autoSpaceEastAsianText: false,
    ...extra,
    spacing: { before: 0, after: 0, ...exactLine(style.size * style.lineHeight), ...extra.spacing },
    children,
  });
}

/** An empty paragraph exactly `pt` tall: vertical space, and the paragraph Word needs between two tables. */
export function gapParagraph(pt: number): Paragraph {
  const h = Math.max(1, pt);
  return new Paragraph({ run: markRun(Math.min(h, 1)), spacing: { before: 0, after: 0, ...exactLine(h) }, children: [] });
}
