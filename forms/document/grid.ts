import type { Cell, Table } from './model';

/** A cell placed on the table's grid. */
export interface PlacedCell {
  cell: Cell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Cells in reading order (row by row, left to right). */
  cells: PlacedCell[];
  /** `owner[r][c]`: index into `cells` of the cell covering that slot. */
  owner: number[][];
  rows: number;
  cols: number;
}

/** Error in a definition's table (a programming error, so English). */
export class TableShapeError extends Error {
  override name = 'TableShapeError';
}

/**
 * Places every cell of a table on its grid (HTML semantics: rows omit slots covered by a rowSpan from above) and
 * checks that each row covers exactly the table's columns and no rowSpan runs past the last row.
 */
export function gridOf(table: Table): Grid {
  const cols = table.columns.length;
  const rows = table.rows.length;
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: PlacedCell[] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < cols && owner[r]![c]! >= 0) c++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      if (c + colSpan > cols) throw new TableShapeError(`row ${r}: cells cover more than ${cols} columns`);
      if (r + rowSpan > rows) throw new TableShapeError(`row ${r}: rowSpan ${rowSpan} runs past the last row`);
      const index = cells.length;
      for (let rr = r; rr < r + rowSpan; rr++)
        for (let cc = c; cc < c + colSpan; cc++) {
          if (owner[rr]![cc]! >= 0) throw new TableShapeError(`row ${rr} column ${cc}: two cells overlap`);
          owner[rr]![cc] = index;
        }
      cells.push({ cell, row: r, col: c, rowSpan, colSpan });
      c += colSpan;
    }
    const empty = owner[r]!.indexOf(-1);
    if (empty >= 0) throw new TableShapeError(`row ${r}: column ${empty} has no cell`);
  });
  return { cells, owner, rows, cols };
}
