// Building blocks the form definitions share: label and value cells, history tables, opinion blocks.
import type { FieldDef } from '../../shared/model';
import type { Bind, Block, Cell, CellBlock, Content, PageSetup, Row, Table, ValueFormat } from '../document/model';

export const A4: PageSetup = { size: 'A4' };

/** A label cell (分散对齐 by default). */
export const label = (text: Content, extra: Partial<Cell> = {}): Cell => ({ text, label: true, ...extra });

/** A value cell bound to `path`. */
export const value = (path: string, extra: Partial<Cell> & { format?: ValueFormat; blank?: string } = {}): Cell => {
  const { format, blank, ...cell } = extra;
  return { text: { bind: path, ...(format ? { format } : {}), ...(blank ? { blank } : {}) }, ...cell };
};

/** A bound inline value. */
export const bind = (path: string, format?: ValueFormat, underline = false, blank?: string): Bind => ({
  bind: path,
  ...(format ? { format } : {}),
  ...(underline ? { underline } : {}),
  ...(blank ? { blank } : {}),
});

export const heading = (text: Content, keepWithNext = true): Block => ({
  type: 'paragraph',
  text,
  style: { size: 14, bold: true },
  spaceBefore: 4,
  spaceAfter: 2,
  keepWithNext,
});

/** Which format a field's values take on paper. */
export type Formats<F> = Partial<Record<keyof F & string, ValueFormat>>;

/**
 * A history table: a title row spanning all columns, a row of column labels taken from the model's field table,
 * one row per item (as many as the data has; `blankRows` empty ones when there are none). Both rows repeat on
 * continuation pages.
 */
export function historyTable<F extends Record<string, FieldDef>>(opts: {
  title: string;
  fields: F;
  /** Column widths in mm, in the order of `columns`. */
  widths: readonly number[];
  columns: ReadonlyArray<keyof F & string>;
  /** Bind path of the array, e.g. `applicant.work`. */
  path: string;
  count: number;
  formats?: Formats<F>;
  /** Prepend a 序号 column of this width. */
  numbered?: number;
  blankRows?: number;
}): Table {
  const { fields, columns, path } = opts;
  const formats: Formats<F> = opts.formats ?? {};
  const widths = opts.numbered ? [opts.numbered, ...opts.widths] : [...opts.widths];
  const headerCells: Cell[] = [
    ...(opts.numbered ? [label('序号', { style: { align: 'center' } })] : []),
    ...columns.map((k) => label(fields[k]!.label, { style: { align: 'center' } })),
  ];
  const rows: Row[] = [
    { cells: [label(opts.title, { colSpan: widths.length, style: { align: 'left', bold: true } })], minHeight: 8 },
    { cells: headerCells, minHeight: 8 },
  ];
  for (let i = 0; i < opts.count; i++) {
    rows.push({
      cells: [
        ...(opts.numbered ? [{ text: String(i + 1), style: { align: 'center' as const } }] : []),
        ...columns.map((k) => {
          const format = formats[k];
          return value(`${path}.${i}.${k}`, format ? { format } : {});
        }),
      ],
      minHeight: 8,
    });
  }
  for (let i = opts.count === 0 ? opts.blankRows ?? 2 : 0; i > 0; i--) rows.push({ cells: widths.map(() => ({ text: '' })), minHeight: 8 });
  return { type: 'table', columns: widths, rows, headerRows: 2, spaceAfter: 3, style: { lineHeight: 1.35, size: 10 } };
}

/** An opinion block: space to write in, then signature and seal. */
export function opinionBlocks(opts: { prompt?: Content; signer: string; seal?: string; space?: number }): CellBlock[] {
  return [
    ...(opts.prompt ? [{ type: 'paragraph' as const, text: opts.prompt }] : []),
    { type: 'spacer', height: opts.space ?? 18 },
    ...(opts.seal !== undefined ? [{ type: 'sealBox' as const, caption: opts.seal || undefined, align: 'right' as const }] : []),
    { type: 'signatureLine', label: opts.signer, align: 'right' },
  ];
}

/** Rows at least `mm` tall (denser than the default 9 mm). */
export const minRows = (rows: readonly Row[], mm: number): Row[] => rows.map((r) => ({ minHeight: mm, ...r }));
