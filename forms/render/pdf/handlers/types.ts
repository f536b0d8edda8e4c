import type { Block } from '../../../document/model';
import type { LayoutEnv, Style } from '../env';
import type { Frame } from '../frame';

export interface HandlerContext {
  env: LayoutEnv;
  /** The style text inherits here (the body's, or a table cell's). */
  style: Style;
  /** True inside a table cell. */
  inCell: boolean;
}

/** Blocks laid out as a frame of a given width (everything but tables and page breaks, which the flow handles). */
export type FrameBlock = Exclude<Block, { type: 'table' } | { type: 'pageBreak' }>;

export type FrameHandler<B extends FrameBlock> = (block: B, width: number, ctx: HandlerContext) => Frame;
