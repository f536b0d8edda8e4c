import type { PDFContext } from 'pdf-lib';
import { platformDeflaters, portableDeflaters, type Deflate, type DeflateLevel } from '../platform';

export type { Deflate };

export const portableDeflate: Deflate = portableDeflaters.zlib;

/** zlib-wrapped DEFLATE for FlateDecode streams: Node's own zlib where there is one, fflate in a browser. */
export async function platformDeflate(): Promise<Deflate> {
  return (await platformDeflaters()).zlib;
}

const ascii = new TextEncoder();

/**
 * A FlateDecode stream object. Text is ASCII here (content streams and CMaps: glyphs are written as hex), so its
 * bytes are its UTF-8.
 */
export const flateStream = (context: PDFContext, deflate: Deflate, contents: string | Uint8Array, dict: Record<string, number> = {}, level?: DeflateLevel) =>
  context.stream(deflate(typeof contents === 'string' ? ascii.encode(contents) : contents, level), { Filter: 'FlateDecode', ...dict });
