/**
 * The document model every form is built as, and every renderer (PDF, DOCX) draws. A form definition turns its data
 * into a `Document`; renderers know nothing of forms, applicants or sites — only these element types.
 *
 * Conventions (both renderers follow them):
 * - Lengths are millimetres (`mm`); font sizes and rule widths are points (`pt`).
 * - Text is `Content`: fixed strings and `Bind`s. A `Bind` names a value in `Document.data` by a dotted path
 *   (`applicant.name`, `applicant.study.0.school`), resolved with `resolveContent()` from `./resolve` — never by hand,
 *   so both renderers print the same characters.
 * - Defaults live in `DEFAULTS` below; an omitted optional property means "the default", not "none". They are
 *   applied in one place, `resolveDocument()` (./resolved): renderers encode its result and hold no style of their own.
 * - The model is additive-only: new optional properties and new element types may appear; nothing is renamed.
 */

// ───────────────────────────── text ─────────────────────────────

/** How a bound value is printed. `text` prints it as is (verification values are printed exactly as read). */
export type ValueFormat =
  /** As is (`String(value)`). */
  | 'text'
  /** `YYYY-MM-DD` → `2019年7月1日`; anything else as is. */
  | 'date'
  /** `YYYY-MM` (or `YYYY-MM-DD`) → `2019年7月`; `至今` and anything else as is. */
  | 'month'
  /** ISO date-time with offset → `2026-11-03 14:05:09（北京时间）`, shown in UTC+8 whatever the machine's zone. */
  | 'datetime';

/** A value taken from `Document.data` by its field path. */
export interface Bind {
  /** Dotted path into `Document.data`; numeric segments index arrays: `applicant.work.2.employer`. */
  bind: string;
  /** Default `text`. */
  format?: ValueFormat;
  /** Printed when the value is missing or empty (e.g. `'　　　　'` for a blank to fill by hand). Default `''`. */
  blank?: string;
  /** Underline this run (fill-in blanks inside a sentence: 经＿＿评审委员会评审). Default false. */
  underline?: boolean;
}

/** One piece of inline text: fixed text, or a bound value. */
export type Inline = string | Bind;
/** Text of a paragraph or cell: one inline or a sequence of them (one paragraph; `\n` in a string breaks the line). */
export type Content = Inline | readonly Inline[];

/** 分散对齐 (`distribute`) spreads the characters of each line over the full width — the usual style of labels. */
export type Align = 'left' | 'center' | 'right' | 'distribute';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface TextStyle {
  /** Font size in pt. */
  size?: number;
  /** Bold face (titles: a bold serif stands in for 小标宋/黑体). */
  bold?: boolean;
  align?: Align;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
}

// ───────────────────────────── page ─────────────────────────────

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  /** Portrait (every form is). */
  size: 'A4';
  /** mm. Default `DEFAULTS.margins` (25 / 20 / 20 / 20). */
  margins?: Margins;
}

// ───────────────────────────── blocks ─────────────────────────────

/** The form's heading: centred, bold, `DEFAULTS.titleSize` (二号, 22 pt) unless `style` says otherwise. */
export interface Title {
  type: 'title';
  text: Content;
  style?: TextStyle;
  /** mm below the title. Default `DEFAULTS.titleSpaceAfter`. */
  spaceAfter?: number;
}

export interface Paragraph {
  type: 'paragraph';
  text: Content;
  /** Default `DEFAULTS.bodySize`, left aligned (inside a table cell: the table's / cell's style). */
  style?: TextStyle;
  /** First-line indent in characters (em of this paragraph's size); 2 for running text (首行缩进两字). Default 0. */
  indent?: number;
  /** mm. Default 0. */
  spaceBefore?: number;
  /** mm. Default 0. */
  spaceAfter?: number;
  /** Keep on the same page as the next block (a heading before its table). Default false. */
  keepWithNext?: boolean;
}

/**
 * A table. Grid semantics are HTML's: each row lists its cells left to right; a cell covers `colSpan` columns; a cell
 * with `rowSpan` > 1 also covers that many rows, and the rows below simply omit a cell at those column positions.
 * Every row must cover exactly `columns.length` columns (use `gridOf()` from `./grid`, which checks this).
 * A renderer never lets text overflow a cell: rows grow to fit (`minHeight`). Long tables break between rows onto new pages, repeating the first `headerRows` rows; a
 * row group joined by `rowSpan` is kept on one page when it fits on one; a single row taller than a page is split.
 */
export interface Table {
  type: 'table';
  /** Column widths in mm; their sum is the table's width (≤ the page's content width, 170 mm on A4 portrait). */
  columns: readonly number[];
  rows: readonly Row[];
  /** The first N rows are repeated at the top of every continuation page. Default 0. */
  headerRows?: number;
  /** Rule widths in pt: `outer` (frame) default 1.5, `inner` default 0.5; 0 draws none. */
  rules?: { outer?: number; inner?: number };
  /** Default style of the cells. Default `DEFAULTS.tableSize`, left aligned. */
  style?: TextStyle;
  /** mm above / below the table. Default 0. */
  spaceBefore?: number;
  spaceAfter?: number;
  /** Keep on the same page as the next block. Default false. */
  keepWithNext?: boolean;
}

export interface Row {
  cells: readonly Cell[];
  /** mm; the row grows beyond it to fit its content. Default `DEFAULTS.rowMinHeight`. */
  minHeight?: number;
}

/** Per-side rule override in pt (0 = none), e.g. a cover page's underlined answer cells in a rule-less table. */
export interface Borders {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

/** Blocks allowed inside a table cell. */
export type CellBlock = Paragraph | SignatureLine | SealBox | PhotoBox | Qr | Spacer;

export interface Cell {
  /** The cell's text: one paragraph in the cell's style. Drawn before `blocks` when both are given. */
  text?: Content;
  /** Richer content: opinion blocks (paragraph, space, signature line, seal box), the photo box, a QR code. */
  blocks?: readonly CellBlock[];
  /** Default 1. */
  colSpan?: number;
  /** Default 1. */
  rowSpan?: number;
  /** A label cell: `DEFAULTS.labelAlign` (分散对齐) unless `style.align` says otherwise. */
  label?: boolean;
  /** Overrides the table's style for this cell. */
  style?: TextStyle;
  /** Default `middle`; cells with `blocks` default to `top`. */
  valign?: VAlign;
  /** Overrides the table's rules on these sides. Where two cells meet, the wider rule wins. */
  borders?: Borders;
}

/** `label（签字）：＿＿＿＿　　年　　月　　日` — a label, a line to sign on, and a date to write (or a printed one). */
export interface SignatureLine {
  type: 'signatureLine';
  /** e.g. `查验人`, `主任委员`, `单位`. */
  label: Content;
  /** The word in the brackets after the label. Default `签字`; `''` prints no brackets. */
  action?: '签字' | '盖章' | '';
  /** Length of the line in mm. Default `DEFAULTS.signatureLineWidth`. */
  lineWidth?: number;
  /** `true` (default): blanks `　　年　　月　　日` to write by hand; `false`: no date; `Content`: that date printed. */
  date?: boolean | Content;
  /** Default right. `distribute` is treated as left. */
  align?: Align;
  style?: TextStyle;
  /** mm above. Default `DEFAULTS.signatureSpaceBefore`. */
  spaceBefore?: number;
}

/** Where the unit's seal (公章, 40–42 mm) will fall: a dashed circle or square with a light grey caption. */
export interface SealBox {
  type: 'sealBox';
  /** Default circle. */
  shape?: 'circle' | 'square';
  /** Diameter / side in mm. Default 42 (circle) or 45 (square). */
  size?: number;
  /** Default `（单位公章）`. */
  caption?: string;
  /** Default right. */
  align?: 'left' | 'center' | 'right';
}

/** A box for a 1-inch photo to paste (25 × 35 mm by default). */
export interface PhotoBox {
  type: 'photoBox';
  /** mm. Default 25 × 35. */
  width?: number;
  height?: number;
  /** Default `照片`. */
  caption?: string;
  /** Default center. */
  align?: 'left' | 'center' | 'right';
}

/** A QR code of `text`, drawn as vector squares. Nothing is drawn when `text` resolves to an empty string. */
export interface Qr {
  type: 'qr';
  text: Content;
  /** Side in mm, quiet zone included. Default `DEFAULTS.qrSize`. */
  size?: number;
  /** Small text under the code (e.g. 扫码复核). */
  caption?: Content;
  /** Default left. */
  align?: 'left' | 'center' | 'right';
}

/** Continue on a new page. Ignored inside a table cell. */
export interface PageBreak {
  type: 'pageBreak';
}

export interface Spacer {
  type: 'spacer';
  /** mm. */
  height: number;
}

/** Every block type; renderers keep one handler per `type`. */
export type Block = Title | Paragraph | Table | SignatureLine | SealBox | PhotoBox | Qr | PageBreak | Spacer;
export type BlockType = Block['type'];

/** One printable document. */
export interface Document {
  /** Document title (PDF/DOCX metadata), Chinese. */
  title: string;
  page: PageSetup;
  body: readonly Block[];
  /** The values `Bind`s are resolved against (a plain object: strings, numbers, booleans, arrays, objects). */
  data: unknown;
}

// ───────────────────────────── defaults ─────────────────────────────

/** Paper conventions (../shared/forms.md), applied by `resolveDocument()`; no renderer reads them itself. */
export const DEFAULTS = {
  /** A4 portrait, mm. */
  pageWidth: 210,
  pageHeight: 297,
  margins: { top: 25, right: 20, bottom: 20, left: 20 } as Readonly<Margins>,
  /** 二号. */
  titleSize: 22,
  titleLineHeight: 1.3,
  titleSpaceAfter: 6,
  /** 小四. */
  bodySize: 12,
  /** 五号. */
  tableSize: 10.5,
  lineHeight: 1.5,
  outerRule: 1.5,
  innerRule: 0.5,
  rowMinHeight: 9,
  /** Horizontal / vertical padding inside a cell, mm. */
  cellPaddingX: 1.5,
  cellPaddingY: 1,
  labelAlign: 'distribute' as Align,
  signatureLineWidth: 35,
  signatureSpaceBefore: 4,
  /** pt: underlines and the line to sign on. */
  underlineRule: 0.5,
  /** Line pitch of the small captions in seal boxes and under QR codes. */
  captionLineHeight: 1.3,
  sealCircle: 42,
  sealSquare: 45,
  sealCaption: '（单位公章）',
  /** 五号. */
  sealCaptionSize: 10.5,
  /** Share of the seal's size its caption may take. */
  sealCaptionWidth: 0.8,
  /** mm above and below the seal's outline. */
  sealMargin: 1,
  /** Light grey of the seal box and its caption, and of the photo box's frame. */
  sealColor: '#a0a0a0',
  /** pt, and the dash pattern in mm. */
  sealRule: 0.75,
  sealDash: [2, 1.2] as readonly number[],
  photoWidth: 25,
  photoHeight: 35,
  photoCaption: '照片',
  photoCaptionColor: '#606060',
  photoRule: 0.5,
  photoDash: [1.5, 1] as readonly number[],
  qrSize: 25,
  qrErrorCorrection: 'medium' as const,
  /** Modules of quiet zone on each side (the QR standard's minimum). */
  qrQuietZone: 4,
  qrCaptionSize: 9,
  /** mm: a caption under a small code may be wider than the code. */
  qrCaptionWidth: 40,
  /** Blanks of a hand-written date after a signature. */
  dateBlanks: '　　年　　月　　日',
} as const;

export const MM_PER_PT = 25.4 / 72;
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const ptToMm = (pt: number): number => pt * MM_PER_PT;
