import type { Spacer } from '../../../document/model';
import { emptyFrame } from '../frame';
import type { FrameHandler } from './types';

export const spacer: FrameHandler<Spacer> = (block, width) => emptyFrame(width, Math.max(0, block.height));
