import { DEFAULTS, type Title } from '../../../document/model';
import { paragraph } from './paragraph';
import type { FrameHandler } from './types';

export const title: FrameHandler<Title> = (block, width, ctx) =>
  paragraph(
    {
      type: 'paragraph',
      text: block.text,
      style: { size: DEFAULTS.titleSize, bold: true, align: 'center', lineHeight: 1.3, ...block.style },
      spaceAfter: block.spaceAfter ?? DEFAULTS.titleSpaceAfter,
    },
    width,
    ctx,
  );
