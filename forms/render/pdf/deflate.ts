import { zlibSync } from 'fflate';
import type { PDFContext } from 'pdf-lib';
import { runsInNode } from '../platform';

/** zlib-wrapped DEFLATE, as a PDF's FlateDecode streams hold it. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

export const portableDeflate: Deflate = (bytes) => zlibSync(bytes, { level: 6 });

let chosen: Promise<Deflate> | undefined;

/**
 * Node's own zlib where there is one (the CLI and the export: font subsets and page contents are most of a form's
 * compression, and native zlib takes half the time of JavaScript and leaves no garbage), fflate in a browser. The
 * bytes differ between the two; both are the same PDF to a reader.
 */
export function platformDeflate(): Promise<Deflate> {
  chosen ??= (async (): Promise<Deflate> => {
    if (!runsInNode()) return portableDeflate;
    const zlib = await import('node:zlib');
    return (bytes) => zlib.deflateSync(bytes, { level: 6 });
  })();
  return chosen;
}

const ascii = new TextEncoder();

/**
 * A FlateDecode stream object. Text is ASCII here (content streams and CMaps: glyphs are written as hex), so its
 * bytes are its UTF-8.
 */
export const flateStream = (context: PDFContext, deflate: Deflate, contents: string | Uint8Array, dict: Record<string, number> = {}) =>
  context.stream(deflate(typeof contents === 'string' ? ascii.encode(contents) : contents), { Filter: 'FlateDecode', ...dict });
