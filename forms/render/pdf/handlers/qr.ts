import QRCode from 'qrcode';
import { DEFAULTS, type Qr } from '../../../document/model';
import { contentText, resolveContent } from '../../../document/resolve';
import { mergeStyle } from '../env';
import { emptyFrame, offset } from '../frame';
import type { SquaresItem } from '../items';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

const QUIET = 4;

export const qr: FrameHandler<Qr> = (block, width, { env, style }) => {
  const text = contentText(env.data, block.text);
  if (!text) return emptyFrame(width);
  const size = Math.min(block.size ?? DEFAULTS.qrSize, width);
  const align = block.align ?? 'left';
  const x0 = align === 'left' ? 0 : align === 'right' ? width - size : (width - size) / 2;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const m = size / (n + 2 * QUIET);
  const rects: SquaresItem['rects'] = [];
  for (let r = 0; r < n; r++) {
    // One rectangle per horizontal run of dark modules keeps the content stream small.
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      rects.push([x0 + (QUIET + start) * m, (QUIET + r) * m, (c - start) * m, m]);
    }
  }
  const f = emptyFrame(width, size);
  f.entries.push({ top: 0, bottom: size, item: { kind: 'squares', rects, color: '#000000' } });
  if (block.caption !== undefined) {
    const cw = Math.min(width, Math.max(size, 40));
    const cx = align === 'left' ? 0 : align === 'right' ? width - cw : (width - cw) / 2;
    const cap = layoutText(resolveContent(env.data, block.caption), mergeStyle(style, { size: 9, align: 'center', bold: false, lineHeight: 1.3 }), cw, env);
    const placed = offset(cap, cx, size);
    f.entries.push(...placed.entries.map((e) => ({ ...e, top: 0, bottom: size + cap.height })));
    f.values.push(...placed.values);
    f.height = size + cap.height;
    f.breaks = [f.height];
  }
  return f;
};
