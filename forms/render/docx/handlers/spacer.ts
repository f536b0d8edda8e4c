import { mmToPt, type Spacer } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { gapParagraph } from '../text';

export const spacer = (block: Spacer, _ctx: DocxContext): DocxBlock[] => [gapParagraph(mmToPt(block.height))];
