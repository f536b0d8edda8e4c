// Tables in the PDF. `paginate` (pure, tested on its own) decides page by page which rows go where, at what height,
// and which slice of each cell's content is drawn there: breaks between row groups joined by rowSpan, header rows
// repeated, a group taller than a page cut between lines of its cells. `placeTable` lays out each cell's content,
// asks `paginate`, and only draws what it returns.
import type { TableBlock } from '../../document';
import type { LayoutEnv } from './env';
import { slice, stack, type Frame } from './frame';
import { frameOf } from './handlers/index';
import type { Flow } from './flow';
import type { Rect } from './items';

const EPS = 1e-6;

/** What pagination needs of a cell: where it sits and how tall its content is, with where that may be cut. */
export interface PaginateCell {
  row: number;
  rowSpan: number;
  /** Content height, mm (padding not included). */
  height: number;
  /** Offsets (ascending, the last = height) where the content may be cut between pages. */
  breaks: readonly number[];
}

export interface PaginateTable {
  /** Each row's least height, mm. */
  minHeights: readonly number[];
  cells: readonly PaginateCell[];
  headerRows: number;
  /** Vertical padding inside each cell, mm. */
  padY: number;
}

export interface PageSpace {
  /** Room left on the current page, mm. */
  available: number;
  /** Nothing placed on the current page yet. */
  fresh: boolean;
  /** Room on a new page, mm. */
  pageHeight: number;
}

/** The part `[from, to)` of a cell's content drawn on one page; `fromTop`: a continued cell, not re-centred. */
export interface CellSlice {
  cell: number;
  from: number;
  to: number;
  fromTop: boolean;
}

/** What goes on one page: rows with their heights there, and the slice of each cell they hold. */
export interface TablePiece {
  /** Start a new page before this piece. */
  newPage: boolean;
  rows: Array<{ r: number; h: number }>;
  slices: CellSlice[];
}

export interface Pagination {
  pieces: TablePiece[];
  /** Cells holding one unbreakable piece taller than a page (drawn anyway, cut by the page). */
  oversized: number;
}

interface CellProgress {
  /** Content already drawn on earlier pages. */
  consumed: number;
  /** Where the slice on the page being filled ends, for a cell cut there. */
  pending?: number;
  /** The cell was cut: its rest is drawn from the top. */
  split: boolean;
}

const lastBreak = (breaks: readonly number[], limit: number): number => {
  let best = 0;
  for (const b of breaks) if (b <= limit + EPS) best = b;
  return best;
};

/** Row heights for rows [from, to) so every cell's remaining content fits: least heights, then spans push their last row. */
function rowHeights(t: PaginateTable, consumed: (i: number) => number, from: number, to: number, base: Map<number, number>): Map<number, number> {
  const h = new Map<number, number>();
  for (let r = from; r < to; r++) h.set(r, base.get(r) ?? t.minHeights[r]!);
  const need = (i: number) => t.cells[i]!.height - consumed(i) + 2 * t.padY;
  const live = t.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.row + c.rowSpan > from && c.row < to);
  for (const { c, i } of live) {
    const first = Math.max(c.row, from);
    if (first === c.row + c.rowSpan - 1) h.set(first, Math.max(h.get(first)!, need(i)));
  }
  for (const { c, i } of live) {
    const first = Math.max(c.row, from);
    const last = c.row + c.rowSpan - 1;
    if (first === last) continue;
    let sum = 0;
    for (let r = first; r <= last; r++) sum += h.get(r)!;
    if (sum < need(i)) h.set(last, h.get(last)! + need(i) - sum);
  }
  return h;
}

/** Row groups that must stay together: closures of rowSpan. */
function groupsOf(cells: readonly PaginateCell[], rows: number): Array<[number, number]> {
  const reach = Array.from({ length: rows }, (_, r) => r + 1);
  for (const c of cells) reach[c.row] = Math.max(reach[c.row]!, c.row + c.rowSpan);
  const groups: Array<[number, number]> = [];
  let r = 0;
  while (r < rows) {
    let end = reach[r]!;
    for (let k = r; k < end; k++) end = Math.max(end, reach[k]!);
    groups.push([r, end]);
    r = end;
  }
  return groups;
}

const sumRows = (a: number, b: number, h: Map<number, number>): number => {
  let s = 0;
  for (let r = a; r < b; r++) s += h.get(r)!;
  return s;
};

/**
 * Splits a table into pages: page breaks between row groups, the header (the groups holding the first `headerRows`
 * rows, unless taller than half a page) repeated on each new page and kept with the first body group, and a group
 * taller than a whole page cut at the last row boundary that fits, else inside its first row between lines.
 */
export function paginate(t: PaginateTable, space: PageSpace): Pagination {
  const n = t.minHeights.length;
  const progress: CellProgress[] = t.cells.map(() => ({ consumed: 0, split: false }));
  const groups = groupsOf(t.cells, n);
  let headerEnd = 0;
  for (const [a, b] of groups) if (a < t.headerRows) headerEnd = b;
  const heights = rowHeights(t, (i) => progress[i]!.consumed, 0, n, new Map());
  let headerH = sumRows(0, headerEnd, heights);
  if (headerH > space.pageHeight / 2) {
    // A header that big is not worth repeating.
    headerEnd = 0;
    headerH = 0;
  }
  let remaining = space.available;
  let fresh = space.fresh;
  let oversized = 0;
  const pieces: TablePiece[] = [];
  let piece: TablePiece = { newPage: false, rows: [], slices: [] };

  const closePiece = () => {
    if (piece.rows.length) {
      for (const [i, c] of t.cells.entries()) {
        if (!piece.rows.some((p) => p.r >= c.row && p.r < c.row + c.rowSpan)) continue;
        const s = progress[i]!;
        piece.slices.push({ cell: i, from: s.consumed, to: Math.max(s.consumed, s.pending ?? c.height), fromTop: s.split });
        if (s.pending !== undefined) {
          s.consumed = s.pending;
          delete s.pending;
        } else if (s.split) s.consumed = c.height;
      }
      pieces.push(piece);
    }
    piece = { newPage: piece.rows.length ? false : piece.newPage, rows: [], slices: [] };
  };
  const newPage = () => {
    remaining = space.pageHeight;
    fresh = true;
    piece.newPage = true;
  };
  const startPage = (repeatHeader: boolean) => {
    closePiece();
    newPage();
    if (repeatHeader && headerEnd > 0) {
      for (const [i, c] of t.cells.entries()) if (c.row < headerEnd) progress[i] = { consumed: 0, split: false };
      for (let r = 0; r < headerEnd; r++) piece.rows.push({ r, h: heights.get(r)! });
      remaining -= headerH;
    }
  };

  /**
   * Cuts rows [a, b) so the first part fills `avail`: the rows that fit whole, then the first row that does not, cut
   * between lines — unless what is left of the page is less than that row's least height, then the cut is at its top.
   */
  const splitGroup = (a: number, b: number, h: Map<number, number>, avail: number) => {
    let y = 0;
    let r = a;
    while (r < b && y + h.get(r)! <= avail + EPS) y += h.get(r++)!;
    const inside = r === a || avail - y >= t.minHeights[r]!;
    const cut = inside ? avail : y;
    const placed: Array<{ r: number; h: number }> = [];
    for (let k = a; k < r; k++) placed.push({ r: k, h: h.get(k)! });
    if (inside) placed.push({ r, h: avail - y });
    const rowTop = new Map<number, number>();
    let top = 0;
    for (let k = a; k < b; k++) {
      rowTop.set(k, top);
      top += h.get(k)!;
    }
    for (const [i, c] of t.cells.entries()) {
      const first = Math.max(c.row, a);
      const last = c.row + c.rowSpan - 1;
      if (last < a || first >= b) continue;
      const cTop = rowTop.get(first)!;
      const cBottom = rowTop.get(last)! + h.get(last)!;
      if (cTop < cut - EPS && cBottom > cut + EPS) {
        const s = progress[i]!;
        let upTo = lastBreak(c.breaks, s.consumed + cut - cTop - 2 * t.padY);
        if (upTo <= s.consumed && c.height > s.consumed && cTop < EPS && cut >= avail - EPS) {
          // One unbreakable piece taller than a page: draw it anyway rather than loop for ever.
          upTo = c.breaks.find((k) => k > s.consumed + EPS) ?? c.height;
          oversized++;
        }
        s.split = true;
        s.pending = Math.max(s.consumed, upTo);
      }
    }
    // The rest: a cut row keeps what its remaining content needs; its own least height no longer applies.
    const base = new Map<number, number>();
    if (inside) base.set(r, Math.max(0, h.get(r)! - (avail - y)));
    for (let k = r + (inside ? 1 : 0); k < b; k++) base.set(k, h.get(k)!);
    const after = (i: number) => progress[i]!.pending ?? progress[i]!.consumed;
    return { placed, restFrom: r, restHeights: rowHeights(t, after, r, b, base) };
  };

  // The header and the first body group go together: if they do not fit here, the table starts on a new page.
  const firstBody = groups.find(([a]) => a >= headerEnd);
  if (headerH + (firstBody ? sumRows(firstBody[0], firstBody[1], heights) : 0) > remaining + EPS && !fresh) newPage();
  for (const [a0, b] of groups) {
    let a = a0;
    let h = heights;
    for (;;) {
      const gh = sumRows(a, b, h);
      const hasBody = piece.rows.some((p) => p.r >= headerEnd);
      if (gh <= remaining + EPS || (a < headerEnd && fresh)) {
        for (let r = a; r < b; r++) piece.rows.push({ r, h: h.get(r)! });
        remaining -= gh;
        break;
      }
      if (hasBody || (!fresh && piece.rows.length === 0)) {
        startPage(a >= headerEnd);
        continue;
      }
      // Taller than a whole page (below the header): cut the group.
      const cut = splitGroup(a, b, h, remaining);
      piece.rows.push(...cut.placed);
      remaining -= cut.placed.reduce((s, p) => s + p.h, 0);
      startPage(true);
      a = cut.restFrom;
      h = cut.restHeights;
    }
  }
  closePiece();
  return { pieces, oversized };
}

/** Places a table into the flow: lays out the cells, paginates, draws each piece. */
export function placeTable(table: TableBlock, flow: Flow, env: LayoutEnv): void {
  const { x: padX, y: padY } = table.padding;
  const total = table.columns.reduce((a, b) => a + b, 0);
  if (total > flow.width + 0.5) env.warn(`table ${total.toFixed(1)} mm wider than the text area ${flow.width} mm`, '表格宽度超出版心');
  const x0 = flow.left + Math.max(0, (flow.width - total) / 2);
  const colX = [x0];
  for (const w of table.columns) colX.push(colX[colX.length - 1]! + w);
  const frames = table.cells.map((c) => {
    const w = colX[c.col + c.colSpan]! - colX[c.col]! - 2 * padX;
    return stack(w, c.blocks.map((b) => frameOf(b, w, env)));
  });

  if (table.spaceBefore) flow.advance(table.spaceBefore);
  const { pieces, oversized } = paginate(
    { minHeights: table.minHeights, cells: table.cells.map((c, i) => ({ row: c.row, rowSpan: c.rowSpan, height: frames[i]!.height, breaks: frames[i]!.breaks })), headerRows: table.headerRows, padY },
    { available: flow.remaining, fresh: flow.fresh, pageHeight: flow.height },
  );
  for (let i = 0; i < oversized; i++) env.warn('a table cell holds a piece taller than a page', '表格中有一格内容超过一页高度，可能显示不全');
  for (const piece of pieces) {
    if (piece.newPage) flow.newPage();
    drawPiece(piece, table, frames, flow, colX);
  }
  if (table.spaceAfter) flow.advance(table.spaceAfter);
}

/** Draws one piece at the flow's position: each cell's slice where its rows fall, then the rules (the widest wins). */
function drawPiece(piece: TablePiece, table: TableBlock, frames: readonly Frame[], flow: Flow, colX: readonly number[]): void {
  const { x: padX, y: padY } = table.padding;
  const top = flow.y;
  const rowY = new Map<number, number>();
  let y = top;
  for (const p of piece.rows) {
    rowY.set(p.r, y);
    y += p.h;
  }
  const bottom = y;
  const left = colX[0]!;
  const right = colX[colX.length - 1]!;
  const segs = new Map<string, { x1: number; y1: number; x2: number; y2: number; w: number }>();
  const seg = (x1: number, y1: number, x2: number, y2: number, w: number) => {
    if (w <= 0) return;
    const k = `${x1.toFixed(2)},${y1.toFixed(2)},${x2.toFixed(2)},${y2.toFixed(2)}`;
    const old = segs.get(k);
    if (!old || old.w < w) segs.set(k, { x1, y1, x2, y2, w });
  };
  for (const s of piece.slices) {
    const c = table.cells[s.cell]!;
    const rowsHere = piece.rows.filter((p) => p.r >= c.row && p.r < c.row + c.rowSpan);
    const x = colX[c.col]!;
    const rect: Rect = { x, y: rowY.get(rowsHere[0]!.r)!, w: colX[c.col + c.colSpan]! - x, h: rowsHere.reduce((sum, p) => sum + p.h, 0) };
    const part = slice(frames[s.cell]!, s.from, s.to);
    const avail = rect.h - 2 * padY;
    const dy = s.fromTop || c.valign === 'top' ? 0 : c.valign === 'bottom' ? avail - part.height : (avail - part.height) / 2;
    flow.placeFrame(part, rect.x + padX, rect.y + padY + Math.max(0, dy), rect);
    flow.page.cells.push(rect);
    const b = c.borders;
    const side = (v: number | undefined, edge: boolean) => v ?? (edge ? table.rules.outer : table.rules.inner);
    seg(rect.x, rect.y, rect.x + rect.w, rect.y, side(b.top, Math.abs(rect.y - top) < EPS));
    seg(rect.x, rect.y + rect.h, rect.x + rect.w, rect.y + rect.h, side(b.bottom, Math.abs(rect.y + rect.h - bottom) < EPS));
    seg(rect.x, rect.y, rect.x, rect.y + rect.h, side(b.left, Math.abs(rect.x - left) < EPS));
    seg(rect.x + rect.w, rect.y, rect.x + rect.w, rect.y + rect.h, side(b.right, Math.abs(rect.x + rect.w - right) < EPS));
  }
  for (const s of segs.values()) flow.page.items.push({ kind: 'line', x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, width: s.w });
  flow.y = bottom;
  flow.markPlaced();
}
