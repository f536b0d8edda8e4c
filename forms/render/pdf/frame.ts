import { shift, type Item } from './items';

/** An item with the vertical band it belongs to (a text line's box), so frames can be cut between lines. */
export interface FrameEntry {
  top: number;
  bottom: number;
  item: Item;
}

/** Part of a bound value drawn on one line. */
export interface FrameValue {
  bind: string;
  text: string;
  top: number;
  bottom: number;
}

/**
 * Content laid out at a given width, in coordinates relative to its top-left corner (mm). Frames are what block
 * handlers return; the flow and the table place, cut and shift them.
 */
export interface Frame {
  width: number;
  height: number;
  entries: FrameEntry[];
  values: FrameValue[];
  /** Offsets (ascending, the last = height) where the frame may be cut between pages. */
  breaks: number[];
}

export const emptyFrame = (width: number, height = 0): Frame => ({ width, height, entries: [], values: [], breaks: [height] });

/** Stacks frames vertically. */
export function stack(width: number, frames: readonly Frame[]): Frame {
  const out = emptyFrame(width);
  out.breaks = [];
  let y = 0;
  for (const f of frames) {
    for (const e of f.entries) out.entries.push({ top: e.top + y, bottom: e.bottom + y, item: shift(e.item, 0, y) });
    for (const v of f.values) out.values.push({ ...v, top: v.top + y, bottom: v.bottom + y });
    for (const b of f.breaks) if (b + y > 0) out.breaks.push(b + y);
    y += f.height;
  }
  out.height = y;
  if (out.breaks[out.breaks.length - 1] !== y) out.breaks.push(y);
  return out;
}

/** The part of a frame whose bands start in [from, to), moved up by `from`. */
export function slice(frame: Frame, from: number, to: number): Frame {
  const inside = (top: number) => top >= from - 1e-6 && top < to - 1e-6;
  return {
    width: frame.width,
    height: to - from,
    entries: frame.entries.filter((e) => inside(e.top)).map((e) => ({ top: e.top - from, bottom: e.bottom - from, item: shift(e.item, 0, -from) })),
    values: frame.values.filter((v) => inside(v.top)).map((v) => ({ ...v, top: v.top - from, bottom: v.bottom - from })),
    breaks: frame.breaks.filter((b) => b > from && b <= to).map((b) => b - from),
  };
}

/** The largest break ≤ limit, or 0 when the first piece does not fit. */
export function lastBreakWithin(frame: Frame, limit: number): number {
  let best = 0;
  for (const b of frame.breaks) if (b <= limit + 1e-6) best = b;
  return best;
}

/** Moves a frame's content by (dx, dy) inside the frame's own coordinates. */
export function offset(frame: Frame, dx: number, dy: number): Frame {
  return {
    ...frame,
    entries: frame.entries.map((e) => ({ top: e.top + dy, bottom: e.bottom + dy, item: shift(e.item, dx, dy) })),
    values: frame.values.map((v) => ({ ...v, top: v.top + dy, bottom: v.bottom + dy })),
    breaks: frame.breaks.map((b) => b + dy),
  };
}
