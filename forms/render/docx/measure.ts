// Rough text measure for the one decision Word cannot make for us: whether a row may be kept unsplit. SimSun sets
// CJK at 1 em and ASCII at exactly ½ em; other fonts stay close to that, and the margin below covers the difference.
import { mmToPt } from '../../document';

const SAFETY = 1.08;

const charEm = (ch: string): number => (ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1);

/** Lines a text takes at `sizePt` in a column `widthMm` wide (breaking anywhere, which Word may not do for Latin words). */
export function estimateLines(text: string, widthMm: number, sizePt: number): number {
  const width = mmToPt(widthMm) / sizePt / SAFETY;
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    for (const ch of para) {
      const w = charEm(ch);
      if (used + w > width && used > 0) {
        lines++;
        used = w;
      } else used += w;
    }
  }
  return lines;
}

/** Height in pt of a text set at `sizePt` with line pitch `lineHeight` × size. */
export const estimateHeightPt = (text: string, widthMm: number, sizePt: number, lineHeight: number): number =>
  estimateLines(text, widthMm, sizePt) * sizePt * lineHeight;
