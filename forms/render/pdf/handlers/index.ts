import type { FrameBlock, FrameHandler } from './types';
import type { LayoutEnv } from '../env';
import { textBlock } from './text-block';
import { spacer } from './spacer';
import { sealBox } from './seal-box';
import { photoBox } from './photo-box';
import { qr } from './qr';
import { signatureLine } from './signature-line';

/** One handler per resolved block type (tables and page breaks are the flow's). */
export const FRAME_HANDLERS: { [K in FrameBlock['type']]: FrameHandler<Extract<FrameBlock, { type: K }>> } = {
  text: textBlock,
  spacer,
  seal: sealBox,
  photo: photoBox,
  qr,
  signature: signatureLine,
};

export function frameOf(block: FrameBlock, width: number, env: LayoutEnv) {
  return (FRAME_HANDLERS[block.type] as FrameHandler<FrameBlock>)(block, width, env);
}

export type { FrameBlock, FrameHandler } from './types';
