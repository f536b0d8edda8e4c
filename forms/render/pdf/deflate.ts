import { zlibSync } from 'fflate';
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

/** A FlateDecode stream of text that is ASCII, as content streams and CMaps are. */
export const asciiBytes = (text: string): Uint8Array => ascii.encode(text);
