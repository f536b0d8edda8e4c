import { DEFAULTS, type Block, type Document } from '../../document/model';
import { BODY_STYLE, LayoutEnv, type Style } from './env';
import { lastBreakWithin, slice, type Frame } from './frame';
import { frameOf, type FrameBlock } from './handlers/index';
import { shift, type DocumentLayout, type PageLayout, type Rect } from './items';
import { placeTable } from './table';
import { gridOf } from '../../document/grid';
import type { FontSet } from '../../fonts/fontset';

const EPS = 1e-6;

/** The running page: where the next block goes, and what has been placed. */
export class Flow {
  readonly pages: PageLayout[] = [];
  page!: PageLayout;
  y = 0;
  /** Whether anything has been placed on the current page. */
  private placed = false;
  readonly values: DocumentLayout['values'] = [];

  constructor(
    readonly left: number,
    readonly top: number,
    readonly width: number,
    readonly bottom: number,
  ) {
    this.newPage();
  }

  get height(): number {
    return this.bottom - this.top;
  }
  get remaining(): number {
    return this.bottom - this.y;
  }
  get fresh(): boolean {
    return !this.placed;
  }

  newPage(): void {
    this.page = { items: [], cells: [] };
    this.pages.push(this.page);
    this.y = this.top;
    this.placed = false;
  }

  advance(mm: number): void {
    if (this.placed) this.y = Math.min(this.bottom, this.y + mm);
  }

  /** Draws a frame's content with its top-left at (x, y); its bound values must stay inside `box`. */
  placeFrame(frame: Frame, x: number, y: number, box: Rect): void {
    for (const e of frame.entries) this.page.items.push(shift(e.item, x, y));
    const pageNo = this.pages.length - 1;
    for (const v of frame.values) {
      const last = this.values[this.values.length - 1];
      if (last && last.bind === v.bind && last.page === pageNo && last.box === box) last.text += v.text;
      else this.values.push({ bind: v.bind, text: v.text, page: pageNo, box });
    }
    this.placed = true;
  }

  /** Marks space as used (tables draw through placeFrame, but rows with no content still take room). */
  markPlaced(): void {
    this.placed = true;
  }
}

/** Height of the first piece of a block that must stay with the block before it (keepWithNext). */
function leadHeight(block: Block, width: number, env: LayoutEnv, style: Style): number {
  if (block.type === 'pageBreak') return 0;
  if (block.type === 'table') {
    const grid = gridOf(block);
    const rows = Math.min(block.rows.length, (block.headerRows ?? 0) + 1);
    let h = 0;
    for (let r = 0; r < rows; r++) h += block.rows[r]!.exactHeight ?? block.rows[r]!.minHeight ?? DEFAULTS.rowMinHeight;
    return grid.rows ? h : 0;
  }
  const f = frameOf(block, width, { env, style, inCell: false });
  return f.breaks.find((b) => b > EPS) ?? f.height;
}

/** Lays out a document into pages of drawing items (synchronous: fonts must be prepared). */
export function layoutDocument(doc: Document, fonts: FontSet): DocumentLayout {
  const env = new LayoutEnv(fonts, doc.data);
  const landscape = doc.page.orientation === 'landscape';
  const pageWidth = landscape ? DEFAULTS.pageHeight : DEFAULTS.pageWidth;
  const pageHeight = landscape ? DEFAULTS.pageWidth : DEFAULTS.pageHeight;
  const m = doc.page.margins ?? DEFAULTS.margins;
  const flow = new Flow(m.left, m.top, pageWidth - m.left - m.right, pageHeight - m.bottom);
  const style = BODY_STYLE;
  const blocks = doc.body;
  blocks.forEach((block, i) => {
    if (block.type === 'pageBreak') {
      if (!flow.fresh) flow.newPage();
      return;
    }
    if (block.type === 'table') {
      placeTable(block, flow, env, style);
      flow.markPlaced();
      return;
    }
    const frame = frameOf(block as FrameBlock, flow.width, { env, style, inCell: false });
    const next = blocks[i + 1];
    const keep = 'keepWithNext' in block && block.keepWithNext && next ? leadHeight(next, flow.width, env, style) : 0;
    if (frame.height + keep > flow.remaining + EPS && !flow.fresh && frame.height + keep <= flow.height) {
      const first = frame.breaks.find((b) => b > EPS) ?? frame.height;
      if (keep || first > flow.remaining + EPS) flow.newPage();
    }
    placeSplitting(frame, flow, env);
  });
  if (doc.page.pageNumbers) addPageNumbers(flow, env, pageWidth, pageHeight, m.bottom);
  return {
    pageWidth,
    pageHeight,
    margins: { ...m },
    pages: flow.pages,
    values: flow.values,
    warnings: env.warnings,
    warningsZh: env.warningsZh,
    missingGlyphs: env.missingGlyphs,
  };
}

/** Places a frame, continuing on new pages at its break points when it does not fit. */
function placeSplitting(frame: Frame, flow: Flow, env: LayoutEnv): void {
  let from = 0;
  while (from < frame.height - EPS) {
    const rest = frame.height - from;
    if (rest <= flow.remaining + EPS) {
      const part = slice(frame, from, frame.height);
      flow.placeFrame(part, flow.left, flow.y, { x: flow.left, y: flow.y, w: flow.width, h: rest });
      flow.y += rest;
      return;
    }
    let to = lastBreakWithin(frame, from + flow.remaining);
    if (to <= from + EPS) {
      if (!flow.fresh) {
        flow.newPage();
        continue;
      }
      // An unbreakable piece taller than a page.
      to = frame.breaks.find((b) => b > from + EPS) ?? frame.height;
      env.warn('a block taller than a page', '有内容超过一页高度，可能显示不全');
    }
    const part = slice(frame, from, to);
    flow.placeFrame(part, flow.left, flow.y, { x: flow.left, y: flow.y, w: flow.width, h: to - from });
    from = to;
    flow.newPage();
  }
}

function addPageNumbers(flow: Flow, env: LayoutEnv, pageWidth: number, pageHeight: number, bottom: number): void {
  const n = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const text = `第${i + 1}页 共${n}页`;
    const size = 9;
    let w = 0;
    const glyphs = [...text].map((ch) => env.glyph(ch.codePointAt(0)!));
    for (const g of glyphs) w += g.em;
    w *= (size * 25.4) / 72;
    let x = (pageWidth - w) / 2;
    const y = pageHeight - bottom / 2;
    // Split by face (a space is not drawn).
    for (const [k, g] of glyphs.entries()) {
      const ch = [...text][k]!;
      if (ch !== ' ') {
        env.use(g);
        page.items.push({ kind: 'text', x, y, size, face: g.face.key, text: String.fromCodePoint(g.cp), color: '#000000' });
      }
      x += g.em * ((size * 25.4) / 72);
    }
  });
}
