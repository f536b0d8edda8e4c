import type { ResolvedCell, TableBlock as Table } from '../../document';
import type { LayoutEnv } from './env';
import { lastBreakWithin, slice, stack, type Frame } from './frame';
import { frameOf } from './handlers/index';
import type { Flow } from './flow';
import type { Rect } from './items';

let PX = 0;
let PY = 0;
const EPS = 1e-6;

interface CellState {
  pc: ResolvedCell;
  frame: Frame;
  /** Offset in `frame` already drawn on earlier pages. */
  consumed: number;
  /** Whether the cell was cut: its rest is drawn from the top, not re-centred. */
  split: boolean;
  x: number;
  w: number;
}

/** Lays out every cell's content at its width. */
function cellStates(table: Table, env: LayoutEnv, colX: number[]): CellState[] {
  return table.cells.map((pc) => {
    const x = colX[pc.col]!;
    const w = colX[pc.col + pc.colSpan]! - x;
    const frame = stack(w - 2 * PX, pc.blocks.map((b) => frameOf(b, w - 2 * PX, env)));
    return { pc, frame, consumed: 0, split: false, x, w };
  });
}

/** Row heights for rows [from, to) so every cell fits: min/exact heights, then spans pushing their last row. */
function rowHeights(table: Table, cells: readonly CellState[], from: number, to: number, base: Map<number, number>): Map<number, number> {
  const h = new Map<number, number>();
  for (let r = from; r < to; r++) h.set(r, base.get(r) ?? table.minHeights[r]!);
  const need = (c: CellState) => c.frame.height - c.consumed + 2 * PY;
  const live = cells.filter((c) => c.pc.row + c.pc.rowSpan > from && c.pc.row < to);
  for (const c of live) {
    const first = Math.max(c.pc.row, from);
    const last = c.pc.row + c.pc.rowSpan - 1;
    if (first === last) h.set(first, Math.max(h.get(first)!, need(c)));
  }
  for (const c of live) {
    const first = Math.max(c.pc.row, from);
    const last = c.pc.row + c.pc.rowSpan - 1;
    if (first === last) continue;
    let sum = 0;
    for (let r = first; r <= last; r++) sum += h.get(r)!;
    if (sum < need(c)) h.set(last, h.get(last)! + need(c) - sum);
  }
  return h;
}

/** Row groups that must stay together: closures of rowSpan. */
function groupsOf(cells: readonly CellState[], rows: number): Array<[number, number]> {
  const reach = new Array<number>(rows).fill(0).map((_, r) => r + 1);
  for (const c of cells) reach[c.pc.row] = Math.max(reach[c.pc.row]!, c.pc.row + c.pc.rowSpan);
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

interface Piece {
  /** Rows [from, to) with their heights on this page, and the y of each row's top. */
  rows: Array<{ r: number; h: number }>;
}

/** Places a table into the flow: page breaks between row groups, header rows repeated, oversized groups split. */
export function placeTable(table: Table, flow: Flow, env: LayoutEnv): void {
  PX = table.padding.x;
  PY = table.padding.y;
  const total = table.columns.reduce((a, b) => a + b, 0);
  if (total > flow.width + 0.5) env.warn(`table ${total.toFixed(1)} mm wider than the text area ${flow.width} mm`, '表格宽度超出版心');
  const x0 = flow.left + Math.max(0, (flow.width - total) / 2);
  const colX = [x0];
  for (const w of table.columns) colX.push(colX[colX.length - 1]! + w);
  const cells = cellStates(table, env, colX);
  const nRows = table.minHeights.length;
  const groups = groupsOf(cells, nRows);
  let headerEnd = 0;
  for (const [a, b] of groups) if (a < table.headerRows) headerEnd = b;
  const heights = rowHeights(table, cells, 0, nRows, new Map());
  let headerH = [...Array(headerEnd).keys()].reduce((s, r) => s + heights.get(r)!, 0);
  const rules = table.rules;

  if (table.spaceBefore) flow.advance(table.spaceBefore);
  let piece: Piece = { rows: [] };
  let pieceTop = flow.y;
  if (headerH > flow.height / 2) {
    // A header that big is not worth repeating.
    headerEnd = 0;
    headerH = 0;
  }
  const headerCells = cells.filter((c) => c.pc.row < headerEnd);

  const closePiece = () => {
    if (piece.rows.length) drawPiece(piece, pieceTop, cells, table, flow, colX, rules);
    piece = { rows: [] };
  };
  const startPage = (repeatHeader: boolean) => {
    closePiece();
    flow.newPage();
    pieceTop = flow.y;
    if (repeatHeader && headerEnd > 0) {
      for (const c of headerCells) {
        c.consumed = 0;
        c.split = false;
      }
      for (let r = 0; r < headerEnd; r++) piece.rows.push({ r, h: heights.get(r)! });
      flow.y += headerH;
    }
  };
  const groupHeight = (a: number, b: number, h: Map<number, number>) => {
    let s = 0;
    for (let r = a; r < b; r++) s += h.get(r)!;
    return s;
  };

  // The header and the first body group go together: if they do not fit here, the table starts on a new page.
  if (headerH + firstBodyHeight(groups, headerEnd, heights) > flow.remaining + EPS && !flow.fresh) {
    flow.newPage();
    pieceTop = flow.y;
  }
  for (const [a0, b] of groups) {
    let a = a0;
    let h = heights;
    for (;;) {
      const gh = groupHeight(a, b, h);
      const hasBody = piece.rows.some((p) => p.r >= headerEnd);
      if (gh <= flow.remaining + EPS || (a < headerEnd && flow.fresh)) {
        for (let r = a; r < b; r++) piece.rows.push({ r, h: h.get(r)! });
        flow.y += gh;
        break;
      }
      if (hasBody || (!flow.fresh && piece.rows.length === 0)) {
        startPage(a >= headerEnd);
        continue;
      }
      // Taller than a whole page (below the header): cut the group.
      const cut = splitGroup(a, b, h, flow.remaining, cells, table, env);
      for (const p of cut.placed) piece.rows.push(p);
      flow.y += cut.placed.reduce((s, p) => s + p.h, 0);
      startPage(true);
      a = cut.restFrom;
      h = cut.restHeights;
    }
  }
  closePiece();
  if (table.spaceAfter) flow.advance(table.spaceAfter);
}

function firstBodyHeight(groups: Array<[number, number]>, headerEnd: number, heights: Map<number, number>): number {
  const g = groups.find(([a]) => a >= headerEnd);
  if (!g) return 0;
  let s = 0;
  for (let r = g[0]; r < g[1]; r++) s += heights.get(r)!;
  return s;
}

/**
 * Cuts rows [a, b) so the first part fits in `avail` mm: at the last row boundary that fits, else inside the first
 * row. Cells crossing the cut draw the lines that fit and continue on the next page.
 */
function splitGroup(a: number, b: number, h: Map<number, number>, avail: number, cells: CellState[], table: Table, env: LayoutEnv) {
  let y = 0;
  let r = a;
  while (r < b && y + h.get(r)! <= avail + EPS) y += h.get(r)!;
  // y = top of row r (the first row that does not fit): cut there if anything fits, else inside row r.
  const cut = r > a ? y : avail;
  const placed: Array<{ r: number; h: number }> = [];
  for (let k = a; k < r; k++) placed.push({ r: k, h: h.get(k)! });
  if (r === a) placed.push({ r: a, h: avail });
  // Mark crossing cells: they show what fits above the cut; the rest continues.
  let top = 0;
  const rowTop = new Map<number, number>();
  for (let k = a; k < b; k++) {
    rowTop.set(k, top);
    top += h.get(k)!;
  }
  for (const c of cells) {
    const first = Math.max(c.pc.row, a);
    const last = c.pc.row + c.pc.rowSpan - 1;
    if (last < a || first >= b) continue;
    const cTop = rowTop.get(first)!;
    const cBottom = rowTop.get(last)! + h.get(last)!;
    if (cTop < cut - EPS && cBottom > cut + EPS) {
      const capacity = cut - cTop - 2 * PY;
      let upTo = lastBreakWithin(c.frame, c.consumed + capacity);
      if (r === a && upTo <= c.consumed && c.frame.height > c.consumed) {
        // One unbreakable piece taller than a page: draw it anyway rather than loop for ever.
        upTo = c.frame.breaks.find((k) => k > c.consumed + EPS) ?? c.frame.height;
        env.warn('a table cell holds a piece taller than a page', '表格中有一格内容超过一页高度，可能显示不全');
      }
      c.split = true;
      (c as CellState & { pending?: number }).pending = Math.max(c.consumed, upTo);
    }
  }
  const restFrom = r === a ? a : r;
  // Rows of the rest: the cut row keeps what it needs for its remaining content.
  const base = new Map<number, number>();
  if (r === a) base.set(a, Math.max(0, h.get(a)! - avail));
  for (let k = restFrom + (r === a ? 1 : 0); k < b; k++) base.set(k, h.get(k)!);
  return { placed, restFrom, restHeights: restHeightsAfter(table, cells, restFrom, b, base) };
}

function restHeightsAfter(table: Table, cells: CellState[], from: number, to: number, base: Map<number, number>): Map<number, number> {
  // Heights for the rest are computed once the pending consumption is applied (drawPiece applies it).
  const view = cells.map((c) => {
    const pending = (c as CellState & { pending?: number }).pending;
    return pending === undefined ? c : { ...c, consumed: pending };
  });
  const rest = rowHeights(table, view, from, to, new Map([...base].map(([r, v]) => [r, Math.max(v, 0)])));
  // rowHeights falls back to min heights for rows not in base; a cut row's own minimum no longer applies.
  return rest;
}

function drawPiece(
  piece: Piece,
  top: number,
  cells: CellState[],
  table: Table,
  flow: Flow,
  colX: number[],
  rules: { outer: number; inner: number },
): void {
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
  for (const c of cells) {
    const rowsHere = piece.rows.filter((p) => p.r >= c.pc.row && p.r < c.pc.row + c.pc.rowSpan);
    if (!rowsHere.length) continue;
    const cy = rowY.get(rowsHere[0]!.r)!;
    const ch = rowsHere.reduce((s, p) => s + p.h, 0);
    const rect: Rect = { x: c.x, y: cy, w: c.w, h: ch };
    const pending = (c as CellState & { pending?: number }).pending;
    const from = c.consumed;
    const to = pending ?? c.frame.height;
    let part = slice(c.frame, from, Math.max(from, to));
    if (pending === undefined) part = { ...part, height: c.frame.height - from };
    const avail = ch - 2 * PY;
    const valign = c.pc.valign;
    const dy = c.split || valign === 'top' ? 0 : valign === 'bottom' ? avail - part.height : (avail - part.height) / 2;
    flow.placeFrame(part, c.x + PX, cy + PY + Math.max(0, dy), rect);
    flow.page.cells.push(rect);
    if (pending !== undefined) {
      c.consumed = pending;
      delete (c as CellState & { pending?: number }).pending;
    } else if (c.split) c.consumed = c.frame.height;
    const b = c.pc.borders;
    const side = (v: number | undefined, edge: boolean) => v ?? (edge ? rules.outer : rules.inner);
    seg(rect.x, rect.y, rect.x + rect.w, rect.y, side(b.top, Math.abs(rect.y - top) < EPS));
    seg(rect.x, rect.y + rect.h, rect.x + rect.w, rect.y + rect.h, side(b.bottom, Math.abs(rect.y + rect.h - bottom) < EPS));
    seg(rect.x, rect.y, rect.x, rect.y + rect.h, side(b.left, Math.abs(rect.x - left) < EPS));
    seg(rect.x + rect.w, rect.y, rect.x + rect.w, rect.y + rect.h, side(b.right, Math.abs(rect.x + rect.w - right) < EPS));
  }
  for (const s of segs.values()) flow.page.items.push({ kind: 'line', x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, width: s.w });
}
