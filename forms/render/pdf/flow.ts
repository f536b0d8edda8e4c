import type { ResolvedBlock, ResolvedDocument } from '../../document';
import { LayoutEnv } from './env';
import { lastBreakWithin, slice, type Frame } from './frame';
import { frameOf } from './handlers/index';
import { shift, type DocumentLayout, type PageLayout, type Rect } from './items';
import { placeTable } from './table';
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
function leadHeight(block: ResolvedBlock, width: number, env: LayoutEnv): number {
  if (block.type === 'pageBreak') return 0;
  if (block.type === 'table') {
    const rows = Math.min(block.minHeights.length, block.headerRows + 1);
    let h = 0;
    for (let r = 0; r < rows; r++) h += block.minHeights[r]!;
    return h;
  }
  const f = frameOf(block, width, env);
  return f.breaks.find((b) => b > EPS) ?? f.height;
}

/** Lays out a document into pages of drawing items (synchronous: fonts must be prepared). */
export function layoutDocument(doc: ResolvedDocument, fonts: FontSet): DocumentLayout {
  const env = new LayoutEnv(fonts, doc.underlineRule);
  const { width: pageWidth, height: pageHeight, margins: m } = doc.page;
  const flow = new Flow(m.left, m.top, pageWidth - m.left - m.right, pageHeight - m.bottom);
  const blocks = doc.body;
  blocks.forEach((block, i) => {
    if (block.type === 'pageBreak') {
      if (!flow.fresh) flow.newPage();
      return;
    }
    if (block.type === 'table') {
      placeTable(block, flow, env);
      flow.markPlaced();
      return;
    }
    const frame = frameOf(block, flow.width, env);
    const next = blocks[i + 1];
    const keep = block.type === 'text' && block.keepWithNext && next ? leadHeight(next, flow.width, env) : 0;
    if (frame.height + keep > flow.remaining + EPS && !flow.fresh && frame.height + keep <= flow.height) {
      const first = frame.breaks.find((b) => b > EPS) ?? frame.height;
      if (keep || first > flow.remaining + EPS) flow.newPage();
    }
    placeSplitting(frame, flow, env);
  });
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
