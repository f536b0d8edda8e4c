// The one resolved layout every renderer encodes (typst's model): `resolveDocument` turns a form's Document into
// blocks with every default of DEFAULTS applied — text styles settled, bound values printed, cells placed on their
// grid with their style, vertical alignment and width decided, captions sized and coloured, QR modules computed.
// The PDF, DOCX and XLSX renderers read only this: how a form looks is decided here, once.
import { encodeQR } from 'qr';
import { gridOf } from './grid';
import { DEFAULTS, ptToMm, type Align, type Block, type Borders, type CellBlock, type Document, type Margins, type TextStyle, type VAlign } from './model';
import { cellBlocks, contentText, resolveContent, type Run } from './resolve';
import { signatureParts } from './signature';

/** A text style with every property settled. `color` `#rrggbb`; absent = black (automatic in Word). */
export interface Style {
  size: number;
  bold: boolean;
  align: Align;
  lineHeight: number;
  color?: string;
}

export type BoxAlign = 'left' | 'center' | 'right';

/** A title or a paragraph. */
export interface TextBlock {
  type: 'text';
  runs: Run[];
  style: Style;
  /** First-line indent, mm. */
  indent: number;
  /** mm. */
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
}

export interface SignatureBlock {
  type: 'signature';
  /** `label（签字）：`, or nothing. */
  label: Run[];
  /** mm; 0 draws no line. */
  lineWidth: number;
  date: Run[];
  style: Style;
  align: BoxAlign;
  /** mm. */
  spaceBefore: number;
}

/** A dashed outline with a caption in it: where the seal falls, or where the photo goes. */
interface Outline {
  caption: string;
  captionStyle: Style;
  align: BoxAlign;
  /** Outline colour, rule width (pt) and dash pattern (mm). */
  color: string;
  rule: number;
  dash: readonly number[];
}

export interface SealBlock extends Outline {
  type: 'seal';
  shape: 'circle' | 'square';
  /** Diameter or side, mm. */
  size: number;
  /** Space above and below the outline, mm. */
  margin: number;
  /** Share of the size the caption may take. */
  captionWidth: number;
}

export interface PhotoBlock extends Outline {
  type: 'photo';
  /** mm. */
  width: number;
  height: number;
}

export interface QrBlock {
  type: 'qr';
  text: string;
  /** `modules[r][c]`: a dark module. */
  modules: boolean[][];
  /** Modules of quiet zone on each side. */
  quietZone: number;
  /** Side in mm, quiet zone included. */
  size: number;
  align: BoxAlign;
  caption?: { runs: Run[]; style: Style; /** mm, at least the code's side */ width: number };
}

export interface SpacerBlock {
  type: 'spacer';
  height: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type ResolvedCellBlock = TextBlock | SignatureBlock | SealBlock | PhotoBlock | QrBlock | SpacerBlock;

export interface ResolvedCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** mm: the spanned columns. */
  width: number;
  /** The cell's text first (when it has one), then its blocks. */
  blocks: ResolvedCellBlock[];
  /** The cell's own text in its style (not its blocks): what Word's row-height and label-break hints read. */
  text: string;
  style: Style;
  label: boolean;
  valign: VAlign;
  /** Per-side rule overrides in pt; a side not given takes the table's outer or inner rule. */
  borders: Borders;
}

export interface TableBlock {
  type: 'table';
  /** Column widths, mm. */
  columns: readonly number[];
  /** Each row's least height, mm. */
  minHeights: number[];
  /** Reading order (row by row, left to right). */
  cells: ResolvedCell[];
  /** `owner[r][c]`: index into `cells` of the cell covering that slot. */
  owner: number[][];
  headerRows: number;
  /** pt. */
  rules: { outer: number; inner: number };
  /** Inside each cell, mm. */
  padding: { x: number; y: number };
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
}

export type ResolvedBlock = TextBlock | TableBlock | SignatureBlock | SealBlock | PhotoBlock | QrBlock | SpacerBlock | PageBreakBlock;

export interface ResolvedDocument {
  title: string;
  /** mm. */
  page: { width: number; height: number; margins: Margins };
  /** pt: underlined runs and the lines to sign on. */
  underlineRule: number;
  body: ResolvedBlock[];
}

export const withStyle = (base: Style, over?: TextStyle): Style => {
  if (!over) return base;
  const s: Style = { size: over.size ?? base.size, bold: over.bold ?? base.bold, align: over.align ?? base.align, lineHeight: over.lineHeight ?? base.lineHeight };
  if (base.color !== undefined) s.color = base.color;
  return s;
};

const BODY_STYLE: Style = { size: DEFAULTS.bodySize, bold: false, align: 'left', lineHeight: DEFAULTS.lineHeight };

/** The paper's text width for content at the top level. */
export const contentWidth = (doc: ResolvedDocument): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** The symbol's modules, dark = true, without a quiet zone (the renderers draw DEFAULTS.qrQuietZone). */
export function qrModules(text: string): boolean[][] {
  // The library draws at least one module of border: cut it off.
  const bordered = encodeQR(text, 'raw', { ecc: DEFAULTS.qrErrorCorrection, border: 1 });
  return bordered.slice(1, -1).map((row) => row.slice(1, -1));
}

function resolveBlock(block: Block | CellBlock, style: Style, data: unknown): ResolvedBlock[] {
  switch (block.type) {
    case 'title':
      return [
        {
          type: 'text',
          runs: resolveContent(data, block.text),
          style: withStyle({ ...style, size: DEFAULTS.titleSize, bold: true, align: 'center', lineHeight: DEFAULTS.titleLineHeight }, block.style),
          indent: 0,
          spaceBefore: 0,
          spaceAfter: block.spaceAfter ?? DEFAULTS.titleSpaceAfter,
          keepWithNext: true,
        },
      ];
    case 'paragraph': {
      const s = withStyle(style, block.style);
      return [
        {
          type: 'text',
          runs: resolveContent(data, block.text),
          style: s,
          indent: (block.indent ?? 0) * ptToMm(s.size),
          spaceBefore: block.spaceBefore ?? 0,
          spaceAfter: block.spaceAfter ?? 0,
          keepWithNext: block.keepWithNext ?? false,
        },
      ];
    }
    case 'signatureLine': {
      const parts = signatureParts(block, data);
      const align = block.align === 'left' || block.align === 'distribute' ? 'left' : (block.align ?? 'right');
      return [
        {
          type: 'signature',
          ...parts,
          style: { ...withStyle(style, block.style), align },
          align,
          spaceBefore: block.spaceBefore ?? DEFAULTS.signatureSpaceBefore,
        },
      ];
    }
    case 'sealBox': {
      const shape = block.shape ?? 'circle';
      const color = DEFAULTS.sealColor;
      return [
        {
          type: 'seal',
          shape,
          size: block.size ?? (shape === 'circle' ? DEFAULTS.sealCircle : DEFAULTS.sealSquare),
          margin: DEFAULTS.sealMargin,
          caption: block.caption ?? DEFAULTS.sealCaption,
          captionStyle: { size: DEFAULTS.sealCaptionSize, bold: false, align: 'center', lineHeight: DEFAULTS.captionLineHeight, color },
          captionWidth: DEFAULTS.sealCaptionWidth,
          align: block.align ?? 'right',
          color,
          rule: DEFAULTS.sealRule,
          dash: DEFAULTS.sealDash,
        },
      ];
    }
    case 'photoBox':
      return [
        {
          type: 'photo',
          width: block.width ?? DEFAULTS.photoWidth,
          height: block.height ?? DEFAULTS.photoHeight,
          caption: block.caption ?? DEFAULTS.photoCaption,
          captionStyle: { ...style, align: 'center', bold: false, color: DEFAULTS.photoCaptionColor },
          align: block.align ?? 'center',
          color: DEFAULTS.sealColor,
          rule: DEFAULTS.photoRule,
          dash: DEFAULTS.photoDash,
        },
      ];
    case 'qr': {
      const text = contentText(data, block.text);
      // Nothing to encode, nothing drawn.
      if (!text) return [];
      const size = block.size ?? DEFAULTS.qrSize;
      const captionStyle: Style = { ...style, size: DEFAULTS.qrCaptionSize, align: 'center', bold: false, lineHeight: DEFAULTS.captionLineHeight };
      return [
        {
          type: 'qr',
          text,
          modules: qrModules(text),
          quietZone: DEFAULTS.qrQuietZone,
          size,
          align: block.align ?? 'left',
          ...(block.caption !== undefined
            ? { caption: { runs: resolveContent(data, block.caption), style: captionStyle, width: Math.max(size, DEFAULTS.qrCaptionWidth) } }
            : {}),
        },
      ];
    }
    case 'spacer':
      return [{ type: 'spacer', height: Math.max(0, block.height) }];
    case 'pageBreak':
      return [{ type: 'pageBreak' }];
    case 'table': {
      const grid = gridOf(block);
      const tableStyle = withStyle({ ...style, size: DEFAULTS.tableSize }, block.style);
      const cells = grid.cells.map((pc): ResolvedCell => {
        const cellStyle = withStyle(pc.cell.label ? { ...tableStyle, align: DEFAULTS.labelAlign } : tableStyle, pc.cell.style);
        return {
          row: pc.row,
          col: pc.col,
          rowSpan: pc.rowSpan,
          colSpan: pc.colSpan,
          width: block.columns.slice(pc.col, pc.col + pc.colSpan).reduce((a, b) => a + b, 0),
          blocks: cellBlocks(pc.cell).flatMap((b) => resolveBlock(b, cellStyle, data) as ResolvedCellBlock[]),
          text: contentText(data, pc.cell.text),
          style: cellStyle,
          label: pc.cell.label ?? false,
          valign: pc.cell.valign ?? (pc.cell.blocks ? 'top' : 'middle'),
          borders: pc.cell.borders ?? {},
        };
      });
      return [
        {
          type: 'table',
          columns: block.columns,
          minHeights: block.rows.map((r) => r.minHeight ?? DEFAULTS.rowMinHeight),
          cells,
          owner: grid.owner,
          headerRows: block.headerRows ?? 0,
          rules: { outer: block.rules?.outer ?? DEFAULTS.outerRule, inner: block.rules?.inner ?? DEFAULTS.innerRule },
          padding: { x: DEFAULTS.cellPaddingX, y: DEFAULTS.cellPaddingY },
          spaceBefore: block.spaceBefore ?? 0,
          spaceAfter: block.spaceAfter ?? 0,
          keepWithNext: block.keepWithNext ?? false,
        },
      ];
    }
  }
}

/** The document with every default decided: what the renderers encode. */
export function resolveDocument(doc: Document): ResolvedDocument {
  return {
    title: doc.title,
    page: { width: DEFAULTS.pageWidth, height: DEFAULTS.pageHeight, margins: { ...(doc.page.margins ?? DEFAULTS.margins) } },
    underlineRule: DEFAULTS.underlineRule,
    body: doc.body.flatMap((b) => resolveBlock(b, BODY_STYLE, doc.data)),
  };
}

/** Every code point a resolved document prints (so fonts can load what it needs before layout). */
export function documentCodePoints(doc: ResolvedDocument): Set<number> {
  const cps = new Set<number>();
  const add = (runs: readonly Run[] | string) => {
    for (const r of typeof runs === 'string' ? [{ text: runs }] : runs) for (const ch of r.text) cps.add(ch.codePointAt(0)!);
  };
  const visit = (b: ResolvedBlock) => {
    if (b.type === 'text') add(b.runs);
    else if (b.type === 'signature') (add(b.label), add(b.date));
    else if (b.type === 'qr' && b.caption) add(b.caption.runs);
    else if (b.type === 'seal' || b.type === 'photo') add(b.caption);
    else if (b.type === 'table') for (const c of b.cells) c.blocks.forEach(visit);
  };
  doc.body.forEach(visit);
  return cps;
}

