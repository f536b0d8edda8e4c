import type { TextBlock } from '../../../document';
import { emptyFrame, stack } from '../frame';
import { layoutText } from '../text';
import type { FrameHandler } from './types';

/** A title or paragraph: its lines, with the space before and after. */
export const textBlock: FrameHandler<TextBlock> = (block, width, env) => {
  const text = layoutText(block.runs, block.style, width, env, block.indent);
  const { spaceBefore: before, spaceAfter: after } = block;
  if (!before && !after) return text;
  const f = stack(width, [emptyFrame(width, before), text, emptyFrame(width, after)]);
  // No break inside the space before: the first line stays with it.
  f.breaks = f.breaks.filter((b) => b > before + 1e-6);
  return f;
};
