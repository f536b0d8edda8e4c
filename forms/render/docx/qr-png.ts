import QRCode from 'qrcode';
import { encodeBilevelPng } from './png';

/** Modules of quiet zone on each side (the QR standard's minimum). */
export const QR_QUIET_ZONE = 4;
const PIXELS_PER_MODULE = 8;

/** The QR code of `text` as a PNG, quiet zone included, with crisp square modules. */
export function qrPng(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size + 2 * QR_QUIET_ZONE;
  const px = side * PIXELS_PER_MODULE;
  const dark = (x: number, y: number): boolean => {
    const c = Math.floor(x / PIXELS_PER_MODULE) - QR_QUIET_ZONE;
    const r = Math.floor(y / PIXELS_PER_MODULE) - QR_QUIET_ZONE;
    return r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c) === 1;
  };
  return encodeBilevelPng(px, px, dark);
}
