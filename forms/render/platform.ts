import { deflateSync, zlibSync } from 'fflate';

/** True in Node (CLI, export, tests); false in the extension and the static page, where `location` is defined. */
export function runsInNode(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string } }; location?: unknown };
  return Boolean(g.process?.versions?.node) && !g.location;
}

/** DEFLATE as one call, at level 6 unless told. */
export type Deflate = (bytes: Uint8Array, level?: DeflateLevel) => Uint8Array;
export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface Deflaters {
  /** zlib-wrapped, as a PDF's FlateDecode streams hold it. */
  zlib: Deflate;
  /** Raw, as a ZIP entry holds it. */
  raw: Deflate;
}

/** fflate's, on any platform. */
export const portableDeflaters: Deflaters = {
  zlib: (bytes, level = 6) => zlibSync(bytes, { level }),
  raw: (bytes, level = 6) => deflateSync(bytes, { level }),
};

let chosen: Promise<Deflaters> | undefined;

/**
 * Node's own zlib where there is one (the CLI and the export: font subsets, page contents and DOCX parts are most of
 * a form's compression, and native zlib takes half the time of JavaScript and leaves no garbage), fflate in a
 * browser. The bytes differ between the two; both are the same file to a reader.
 */
export function platformDeflaters(): Promise<Deflaters> {
  chosen ??= (async (): Promise<Deflaters> => {
    if (!runsInNode()) return portableDeflaters;
    const zlib = await import('node:zlib');
    return { zlib: (bytes, level = 6) => zlib.deflateSync(bytes, { level }), raw: (bytes, level = 6) => zlib.deflateRawSync(bytes, { level }) };
  })();
  return chosen;
}
