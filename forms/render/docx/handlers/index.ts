import type { Block, BlockType } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { pageBreak } from './page-break';
import { paragraph } from './paragraph';
import { photoBox } from './photo-box';
import { qr } from './qr';
import { sealBox } from './seal-box';
import { signatureLine } from './signature-line';
import { spacer } from './spacer';
import { table } from './table';
import { title } from './title';

type Handlers = { [T in BlockType]: (block: Extract<Block, { type: T }>, ctx: DocxContext) => DocxBlock[] };

/** One handler per element type of the document model. */
export const HANDLERS: Handlers = { title, paragraph, table, signatureLine, sealBox, photoBox, qr, pageBreak, spacer };

export function renderBlock(block: Block, ctx: DocxContext): DocxBlock[] {
  const handler = HANDLERS[block.type] as (b: Block, c: DocxContext) => DocxBlock[];
  return handler(block, ctx);
}
