import { ptToMm, type Run, type SignatureBlock } from '../../../document';
import { lineHeightMm, type LayoutEnv, type Style } from '../env';
import { stack, offset, emptyFrame, type Frame } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

const widthOf = (runs: readonly Run[], s: Style, env: LayoutEnv): number => {
  let w = 0;
  for (const r of runs) for (const ch of r.text) w += env.glyph(ch.codePointAt(0)!).em;
  return w * ptToMm(s.size);
};

/** `label（签字）：＿＿＿＿　　年　　月　　日` on one line when it fits, else the date on a second line. */
export const signatureLine: FrameHandler<SignatureBlock> = (block, width, env) => {
  // Each piece is set in a box of its own width: the block's alignment places the boxes.
  const s: Style = { ...block.style, align: 'left' };
  const { label, date, lineWidth, align } = block;
  const gap = lineWidth > 0 ? ptToMm(s.size) : 0;
  const labelW = widthOf(label, s, env);
  const dateW = date.length ? widthOf(date, s, env) : 0;
  let lineW = lineWidth;
  const oneLine = labelW + lineW + (dateW ? gap + dateW : 0) <= width;
  if (!oneLine && lineW > 0) lineW = Math.max(10, Math.min(lineW, width - labelW));
  const lh = lineHeightMm(s);
  const firstW = Math.min(width, labelW + lineW + (oneLine && dateW ? gap + dateW : 0));
  const place = (w: number) => (align === 'left' ? 0 : align === 'center' ? (width - w) / 2 : width - w);

  const line1 = emptyFrame(width, lh);
  const x = place(firstW);
  const labelFrame = layoutText(label, s, Math.min(labelW + 0.01, width), env);
  merge(line1, offset(labelFrame, x, 0));
  const lineX = x + Math.min(labelW, width - lineW);
  const baseline = (lh - ptToMm(s.size)) / 2 + 0.88 * ptToMm(s.size) + ptToMm(s.size) * 0.14;
  if (lineW > 0) line1.entries.push({ top: 0, bottom: lh, item: { kind: 'line', x1: lineX, y1: baseline, x2: lineX + lineW, y2: baseline, width: env.underlineRule } });
  line1.height = Math.max(lh, labelFrame.height);
  const parts: Frame[] = [emptyFrame(width, block.spaceBefore), line1];
  if (dateW) {
    const dateFrame = layoutText(date, s, Math.min(dateW + 0.01, width), env);
    if (oneLine) merge(line1, offset(dateFrame, lineX + lineW + gap, 0));
    else {
      const line2 = emptyFrame(width, dateFrame.height);
      merge(line2, offset(dateFrame, place(Math.min(dateW, width)), 0));
      parts.push(line2);
    }
  }
  const f = stack(width, parts);
  // Keep the whole signature together.
  f.breaks = [f.height];
  return f;
};

function merge(into: Frame, from: Frame): void {
  into.entries.push(...from.entries);
  into.values.push(...from.values);
}
