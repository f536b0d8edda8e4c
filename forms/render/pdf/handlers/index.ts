import type { FrameBlock, FrameHandler } from './types';
import { paragraph } from './paragraph';
import { title } from './title';
import { spacer } from './spacer';
import { sealBox } from './seal-box';
import { photoBox } from './photo-box';
import { qr } from './qr';
import { signatureLine } from './signature-line';

/** One handler per element type (tables and page breaks are the flow's). */
export const FRAME_HANDLERS: { [K in FrameBlock['type']]: FrameHandler<Extract<FrameBlock, { type: K }>> } = {
  title,
  paragraph,
  spacer,
  sealBox,
  photoBox,
  qr,
  signatureLine,
};

export function frameOf(block: FrameBlock, width: number, ctx: Parameters<FrameHandler<FrameBlock>>[2]) {
  return (FRAME_HANDLERS[block.type] as FrameHandler<FrameBlock>)(block, width, ctx);
}

export type { FrameBlock, FrameHandler, HandlerContext } from './types';
