import { DEFAULTS, type SealBox } from '../../../document/model';
import { mergeStyle } from '../env';
import { emptyFrame, offset } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

const DASH = [2, 1.2];

export const sealBox: FrameHandler<SealBox> = (block, width, { env, style }) => {
  const shape = block.shape ?? 'circle';
  const size = Math.min(block.size ?? (shape === 'circle' ? DEFAULTS.sealCircle : DEFAULTS.sealSquare), width);
  const pad = 1;
  const f = emptyFrame(width, size + 2 * pad);
  const align = block.align ?? 'right';
  const x = align === 'left' ? 0 : align === 'center' ? (width - size) / 2 : width - size;
  const top = pad;
  const bottom = pad + size;
  const color = DEFAULTS.sealColor;
  f.entries.push({
    top,
    bottom,
    item:
      shape === 'circle'
        ? { kind: 'circle', cx: x + size / 2, cy: pad + size / 2, r: size / 2, width: 0.75, dash: DASH, color }
        : { kind: 'rect', x, y: pad, w: size, h: size, width: 0.75, dash: DASH, color },
  });
  const caption = layoutText(
    [{ text: block.caption ?? DEFAULTS.sealCaption }],
    mergeStyle(style, { size: 10.5, bold: false, align: 'center', lineHeight: 1.3, color }),
    size * 0.8,
    env,
  );
  const placed = offset(caption, x + size * 0.1, pad + (size - caption.height) / 2);
  // The caption belongs to the box's band, so the box is never cut through.
  f.entries.push(...placed.entries.map((e) => ({ ...e, top, bottom })));
  return f;
};
