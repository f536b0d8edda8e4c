import type { PhotoBlock } from '../../../document';
import { emptyFrame, offset } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

export const photoBox: FrameHandler<PhotoBlock> = (block, width, env) => {
  const w = Math.min(block.width, width);
  const h = block.height;
  const x = block.align === 'left' ? 0 : block.align === 'right' ? width - w : (width - w) / 2;
  const f = emptyFrame(width, h);
  f.entries.push({ top: 0, bottom: h, item: { kind: 'rect', x, y: 0, w, h, width: block.rule, dash: block.dash, color: block.color } });
  // The caption inside the frame, 1 mm clear of each side.
  const caption = layoutText([{ text: block.caption }], block.captionStyle, w - 2, env);
  const placed = offset(caption, x + 1, (h - caption.height) / 2);
  f.entries.push(...placed.entries.map((e) => ({ ...e, top: 0, bottom: h })));
  return f;
};
