import { mmToPt, type SpacerBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { gapParagraph } from '../text';

export const spacer = (block: SpacerBlock, _ctx: DocxContext): DocxBlock[] => [gapParagraph(mmToPt(block.height))];
