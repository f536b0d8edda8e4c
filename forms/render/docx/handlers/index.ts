import type { ResolvedBlock } from '../../../document';
import type { DocxBlock, DocxContext } from '../context';
import { pageBreak } from './page-break';
import { textBlock } from './text-block';
import { photoBox } from './photo-box';
import { qr } from './qr';
import { sealBox } from './seal-box';
import { signatureLine } from './signature-line';
import { spacer } from './spacer';
import { table } from './table';

type Handlers = { [T in ResolvedBlock['type']]: (block: Extract<ResolvedBlock, { type: T }>, ctx: DocxContext) => DocxBlock[] };

/** One handler per resolved block type. */
export const HANDLERS: Handlers = { text: textBlock, table, signature: signatureLine, seal: sealBox, photo: photoBox, qr, pageBreak, spacer };

export function renderBlock(block: ResolvedBlock, ctx: DocxContext): DocxBlock[] {
  const handler = HANDLERS[block.type] as (b: ResolvedBlock, c: DocxContext) => DocxBlock[];
  return handler(block, ctx);
}
