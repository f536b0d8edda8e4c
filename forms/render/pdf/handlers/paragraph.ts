import type { Paragraph } from '../../../document/model';
import { resolveContent } from '../../../document/resolve';
import { mergeStyle } from '../env';
import { emptyFrame, stack } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';
import { ptToMm } from '../../../document/model';

export const paragraph: FrameHandler<Paragraph> = (block, width, { env, style }) => {
  const s = mergeStyle(style, block.style);
  const text = layoutText(resolveContent(env.data, block.text), s, width, env, (block.indent ?? 0) * ptToMm(s.size));
  const before = block.spaceBefore ?? 0;
  const after = block.spaceAfter ?? 0;
  if (!before && !after) return text;
  const f = stack(width, [emptyFrame(width, before), text, emptyFrame(width, after)]);
  // No break inside the space before: the first line stays with it.
  f.breaks = f.breaks.filter((b) => b > before + 1e-6);
  return f;
};

