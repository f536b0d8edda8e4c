import { DEFAULTS, type PhotoBox } from '../../../document/model';
import { mergeStyle } from '../env';
import { emptyFrame, offset } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

export const photoBox: FrameHandler<PhotoBox> = (block, width, { env, style }) => {
  const w = Math.min(block.width ?? DEFAULTS.photoWidth, width);
  const h = block.height ?? DEFAULTS.photoHeight;
  const align = block.align ?? 'center';
  const x = align === 'left' ? 0 : align === 'right' ? width - w : (width - w) / 2;
  const f = emptyFrame(width, h);
  f.entries.push({ top: 0, bottom: h, item: { kind: 'rect', x, y: 0, w, h, width: 0.5, dash: [1.5, 1], color: DEFAULTS.sealColor } });
  const caption = layoutText(
    [{ text: block.caption ?? DEFAULTS.photoCaption }],
    mergeStyle(style, { align: 'center', color: '#606060', bold: false }),
    w - 2,
    env,
  );
  const placed = offset(caption, x + 1, (h - caption.height) / 2);
  f.entries.push(...placed.entries.map((e) => ({ ...e, top: 0, bottom: h })));
  return f;
};
