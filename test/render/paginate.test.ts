// Table pagination on its own: which rows go on which page, and which slice of each cell is drawn there.
import { describe, expect, it } from 'vitest';
import { paginate, type PaginateCell, type PaginateTable } from '../../forms/render/pdf/table';

/** A cell of `lines` lines of 5 mm, breakable after each line. */
const cell = (row: number, lines = 1, rowSpan = 1): PaginateCell => ({ row, rowSpan, height: lines * 5, breaks: Array.from({ length: lines }, (_, i) => (i + 1) * 5) });
const table = (cells: PaginateCell[], rows: number, headerRows = 0): PaginateTable => ({ minHeights: Array(rows).fill(9), cells, headerRows, padY: 1 });
const rowsOf = (p: { rows: { r: number }[] }) => p.rows.map((x) => x.r);

describe('paginate', () => {
  it('keeps a table that fits on the page in one piece, every cell whole', () => {
    const t = table([cell(0), cell(0), cell(1, 3)], 2);
    const { pieces, oversized } = paginate(t, { available: 200, fresh: false, pageHeight: 250 });
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.newPage).toBe(false);
    expect(pieces[0]!.rows).toEqual([{ r: 0, h: 9 }, { r: 1, h: 17 }]);
    expect(pieces[0]!.slices).toEqual([0, 1, 2].map((i) => ({ cell: i, from: 0, to: t.cells[i]!.height, fromTop: false })));
    expect(oversized).toBe(0);
  });

  it('breaks between row groups, repeats the header, never splits a rowSpan group that fits a page', () => {
    // Header row 0; rows 1–2 joined by a rowSpan; rows 3–9 single.
    const cells = [cell(0), cell(1, 1, 2), cell(1), cell(2), ...Array.from({ length: 7 }, (_, i) => cell(3 + i))];
    const { pieces } = paginate(table(cells, 10, 1), { available: 9 * 5, fresh: true, pageHeight: 9 * 6 });
    expect(rowsOf(pieces[0]!)).toEqual([0, 1, 2, 3, 4]);
    expect(pieces.slice(1).every((p) => p.newPage && p.rows[0]!.r === 0)).toBe(true);
    expect(pieces.flatMap((p) => rowsOf(p).filter((r) => r > 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const p of pieces) if (rowsOf(p).includes(1)) expect(rowsOf(p)).toContain(2);
  });

  it('starts on a new page when the header and first body group do not fit what is left', () => {
    const { pieces } = paginate(table([cell(0), cell(1)], 2, 1), { available: 12, fresh: false, pageHeight: 100 });
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.newPage).toBe(true);
  });

  it('cuts a cell taller than a page between its lines and draws the rest from the top on the next page', () => {
    const tall = cell(1, 30); // 150 mm
    const t = table([cell(0), cell(0), tall, cell(1)], 2, 1);
    const { pieces, oversized } = paginate(t, { available: 80, fresh: true, pageHeight: 80 });
    expect(oversized).toBe(0);
    const parts = pieces.map((p) => p.slices.find((s) => s.cell === 2)!);
    // Contiguous slices, each ending on a line break, covering the whole content once.
    expect(parts[0]!.from).toBe(0);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.from).toBe(parts[i - 1]!.to);
    expect(parts[parts.length - 1]!.to).toBe(150);
    for (const p of parts.slice(0, -1)) expect(tall.breaks).toContain(p.to);
    expect(parts.slice(1).every((p) => p.fromTop)).toBe(true);
    // The header comes back on each continuation page, whole.
    for (const p of pieces.slice(1)) expect(p.slices.find((s) => s.cell === 0)).toEqual({ cell: 0, from: 0, to: 5, fromTop: false });
    // No page holds more than the page.
    for (const p of pieces) expect(p.rows.reduce((s, r) => s + r.h, 0)).toBeLessThanOrEqual(80 + 1e-6);
  });

  it('draws an unbreakable piece taller than a page anyway, and says so', () => {
    const block: PaginateCell = { row: 0, rowSpan: 1, height: 120, breaks: [120] };
    const { pieces, oversized } = paginate(table([block], 1), { available: 100, fresh: true, pageHeight: 100 });
    expect(oversized).toBe(1);
    expect(pieces[0]!.slices[0]).toMatchObject({ from: 0, to: 120 });
  });

  it('fills the page with a rowSpan group taller than a page, drawing every line of every cell once', () => {
    // A label merged over three rows beside a 64-line cell in the middle row: this once looped for ever.
    const cells = [cell(0, 1, 3), cell(0), cell(0), cell(1, 64), cell(1), cell(2), cell(2)];
    const { pieces } = paginate(table(cells, 3), { available: 252, fresh: true, pageHeight: 252 });
    expect(pieces.map(rowsOf)).toEqual([[0, 1], [1, 2]]);
    expect(pieces[0]!.rows.reduce((s, r) => s + r.h, 0)).toBeCloseTo(252);
    for (const [i, c] of cells.entries()) {
      const parts = pieces.flatMap((p) => p.slices.filter((x) => x.cell === i && x.to > x.from));
      expect(parts[0]!.from, `cell ${i}`).toBe(0);
      for (let k = 1; k < parts.length; k++) expect(parts[k]!.from).toBe(parts[k - 1]!.to);
      expect(parts[parts.length - 1]!.to).toBe(c.height);
    }
  });
});
