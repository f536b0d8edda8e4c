import { encodeBilevelPng } from './png';

const PIXELS_PER_MODULE = 8;

/** A QR code's modules (`modules[r][c]` dark) as a PNG with `quietZone` light modules each side, crisp squares. */
export function qrPng(modules: readonly (readonly boolean[])[], quietZone: number): Uint8Array {
  const n = modules.length;
  const px = (n + 2 * quietZone) * PIXELS_PER_MODULE;
  const dark = (x: number, y: number): boolean => {
    const c = Math.floor(x / PIXELS_PER_MODULE) - quietZone;
    const r = Math.floor(y / PIXELS_PER_MODULE) - quietZone;
    return r >= 0 && c >= 0 && r < n && c < n && modules[r]![c] === true;
  };
  return encodeBilevelPng(px, px, dark);
}
