// Word measures in twips (1/20 pt), half-points (font sizes), eighths of a point (borders) and, for pictures and
// shapes in `docx`, pixels at 96 to the inch. The document model speaks mm and pt.
import { mmToPt } from '../../document';

export const mmToTwip = (mm: number): number => Math.round(mmToPt(mm) * 20);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** Border widths are in eighths of a point; Word accepts 2–96. */
export const ptToBorderEighths = (pt: number): number => Math.min(96, Math.max(2, Math.round(pt * 8)));
/** Unrounded: docx multiplies by 9525 to EMUs, so 25 mm stays exactly 900000 EMU. */
export const mmToPx = (mm: number): number => (mm / 25.4) * 96;
/** `#rrggbb` → `rrggbb`, as WordprocessingML writes colours. */
export const hexColor = (c: string): string => c.replace(/^#/, '').toUpperCase();
