import type { SpacerBlock } from '../../../document';
import { emptyFrame } from '../frame';
import type { FrameHandler } from './types';

export const spacer: FrameHandler<SpacerBlock> = (block, width) => emptyFrame(width, block.height);
