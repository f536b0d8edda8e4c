import type { SealBlock } from '../../../document';
import { emptyFrame, offset } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

export const sealBox: FrameHandler<SealBlock> = (block, width, env) => {
  const size = Math.min(block.size, width);
  const pad = block.margin;
  const f = emptyFrame(width, size + 2 * pad);
  const x = block.align === 'left' ? 0 : block.align === 'center' ? (width - size) / 2 : width - size;
  const top = pad;
  const bottom = pad + size;
  const { color, rule, dash } = block;
  f.entries.push({
    top,
    bottom,
    item:
      block.shape === 'circle'
        ? { kind: 'circle', cx: x + size / 2, cy: pad + size / 2, r: size / 2, width: rule, dash, color }
        : { kind: 'rect', x, y: pad, w: size, h: size, width: rule, dash, color },
  });
  const caption = layoutText([{ text: block.caption }], block.captionStyle, size * block.captionWidth, env);
  const placed = offset(caption, x + (size * (1 - block.captionWidth)) / 2, pad + (size - caption.height) / 2);
  // The caption belongs to the box's band, so the box is never cut through.
  f.entries.push(...placed.entries.map((e) => ({ ...e, top, bottom })));
  return f;
};
