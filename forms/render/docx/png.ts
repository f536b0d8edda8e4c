// A minimal PNG writer (1-bit greyscale) for the QR code: docx needs a raster image, and the QR library writes only GIF
// and SVG. fflate's zlib keeps this usable in Node and the browser alike.
import { zlibSync } from 'fflate';
import { concatBytes } from '../../../shared/bytes';
import { crc32 } from '../../../shared/zip/crc32';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * A black-and-white PNG: `dark(x, y)` says which pixels are black. `dpi` is written in pHYs so viewers that honour
 * it show the intended size (Word sizes the picture from the drawing's extent anyway).
 */
export function encodeBilevelPng(width: number, height: number, dark: (x: number, y: number) => boolean, dpi = 300): Uint8Array {
  const stride = Math.ceil(width / 8);
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1); // filter byte 0 (none), then bits, 1 = white in greyscale
    for (let x = 0; x < width; x++) if (!dark(x, y)) raw[row + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const ihdr = new Uint8Array(13);
  const h = new DataView(ihdr.buffer);
  h.setUint32(0, width);
  h.setUint32(4, height);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const phys = new Uint8Array(9);
  const ppm = Math.round(dpi / 0.0254);
  new DataView(phys.buffer).setUint32(0, ppm);
  new DataView(phys.buffer).setUint32(4, ppm);
  phys[8] = 1; // unit: metre
  return concatBytes([SIGNATURE, chunk('IHDR', ihdr), chunk('pHYs', phys), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}
