import type { QrBlock } from '../../../document';
import { emptyFrame, offset } from '../frame';
import type { SquaresItem } from '../items';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

export const qr: FrameHandler<QrBlock> = (block, width, env) => {
  const size = Math.min(block.size, width);
  const { align, modules, quietZone } = block;
  const x0 = align === 'left' ? 0 : align === 'right' ? width - size : (width - size) / 2;
  const n = modules.length;
  const m = size / (n + 2 * quietZone);
  const rects: SquaresItem['rects'] = [];
  modules.forEach((row, r) => {
    // One rectangle per horizontal run of dark modules keeps the content stream small.
    let c = 0;
    while (c < n) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      rects.push([(quietZone + start) * m, (quietZone + r) * m, (c - start) * m, m]);
    }
  });
  const f = emptyFrame(width, size);
  f.entries.push({ top: 0, bottom: size, item: { kind: 'squares', x: x0, y: 0, rects } });
  if (block.caption) {
    const cw = Math.min(width, block.caption.width);
    const cx = align === 'left' ? 0 : align === 'right' ? width - cw : (width - cw) / 2;
    const cap = layoutText(block.caption.runs, block.caption.style, cw, env);
    const placed = offset(cap, cx, size);
    f.entries.push(...placed.entries.map((e) => ({ ...e, top: 0, bottom: size + cap.height })));
    f.values.push(...placed.values);
    f.height = size + cap.height;
    f.breaks = [f.height];
  }
  return f;
};
