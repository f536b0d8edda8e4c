import type { ResolvedCellBlock } from '../../../document';
import type { LayoutEnv } from '../env';
import type { Frame } from '../frame';

/** Blocks laid out as a frame of a given width (everything but tables and page breaks, which the flow handles). */
export type FrameBlock = ResolvedCellBlock;

export type FrameHandler<B extends FrameBlock> = (block: B, width: number, env: LayoutEnv) => Frame;
