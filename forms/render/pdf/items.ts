/**
 * What the layout produces: drawing items in page coordinates (mm, origin top-left, y down) and the boxes tests
 * check against. `draw.ts` turns items into PDF operators; nothing else touches pdf-lib.
 */

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  /** pt. */
  size: number;
  /** Face key (`primary`, or a piece: `NotoSerifSC-4000`, `HanaMinB-20000`). */
  face: string;
  text: string;
  /** Extra space after each character, mm (分散对齐). */
  charSpacing?: number;
  bold?: boolean;
  color?: string;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** pt. */
  width: number;
  /** Dash pattern in mm. */
  dash?: readonly number[];
  color?: string;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Stroke width in pt; 0 = no stroke. */
  width: number;
  dash?: readonly number[];
  color?: string;
  fill?: string;
}

export interface CircleItem {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  width: number;
  dash?: readonly number[];
  color?: string;
}

/** Filled squares (a QR code): each [x, y, w, h] in mm from (x, y), so moving the item never copies its hundreds. */
export interface SquaresItem {
  kind: 'squares';
  x: number;
  y: number;
  rects: Array<[number, number, number, number]>;
  color?: string;
}

export type Item = TextItem | LineItem | RectItem | CircleItem | SquaresItem;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A bound value as placed: the text drawn and the box it must stay inside (its cell, or its block's area). */
export interface PlacedValue {
  bind: string;
  text: string;
  page: number;
  box: Rect;
}

export interface PageLayout {
  items: Item[];
  /** Table cells drawn on this page (a split cell appears once per page). */
  cells: Rect[];
}

export interface DocumentLayout {
  /** mm. */
  pageWidth: number;
  pageHeight: number;
  margins: { top: number; right: number; bottom: number; left: number };
  pages: PageLayout[];
  values: PlacedValue[];
  /** English, for logs; `warningsZh` holds what users see. */
  warnings: string[];
  warningsZh: string[];
  /** Characters no font has, printed as 〓 (each once, in order of use). */
  missingGlyphs: string[];
}

/** Moves an item by (dx, dy). */
export function shift(item: Item, dx: number, dy: number): Item {
  switch (item.kind) {
    case 'text':
      return { ...item, x: item.x + dx, y: item.y + dy };
    case 'line':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'rect':
    case 'squares':
      return { ...item, x: item.x + dx, y: item.y + dy };
    case 'circle':
      return { ...item, cx: item.cx + dx, cy: item.cy + dy };
  }
}
