// Subsets of the renderers' own fonts, embedded under the names the runs use, so a machine without SimSun (Linux,
// macOS, LibreOffice, WPS on Linux) shows the document as the PDF shows it. Word prefers an installed font of the
// same name, so offices with SimSun still see SimSun.
import { fontSetFor, type Face, type FontLoader } from '../../fonts';
import { BODY_FONT, SUPPLEMENTARY_FONT, type UsedCharacters } from './fonts';

export interface EmbeddedFont {
  name: string;
  data: Uint8Array;
}

const codePoints = (text: string): number[] => [...text].map((ch) => ch.codePointAt(0)!);

/**
 * LibreOffice 7.4 (measured here) silently ignores an embedded font file of 1024 bytes or less — a subset of
 * one or two characters. Zeros after the last table are ignored by every font reader, so pad short files.
 */
const MIN_FONT_BYTES = 2048;
function padded(font: Uint8Array): Uint8Array {
  if (font.length >= MIN_FONT_BYTES) return font;
  const out = new Uint8Array(MIN_FONT_BYTES);
  out.set(font);
  return out;
}

/** The faces that draw the most of these code points (a font name embeds one face). */
function mainFace(cps: readonly number[], faceOf: (cp: number) => Face | undefined): { face: Face; cps: number[] } | undefined {
  const groups = new Map<Face, number[]>();
  for (const cp of cps) {
    const face = faceOf(cp);
    if (face) groups.set(face, [...(groups.get(face) ?? []), cp]);
  }
  let best: { face: Face; cps: number[] } | undefined;
  for (const [face, list] of groups) if (!best || list.length > best.cps.length) best = { face, cps: list };
  return best;
}

/**
 * The fonts to embed for the characters a document sets: as 宋体 the subset of the face that draws most of the BMP
 * characters (the primary tier, nearly always), and as SimSun-ExtB the one that draws most of those beyond the BMP
 * (a fallback piece). A character the chosen face lacks (a rare one in another piece) is left to the reader's fonts.
 */
export async function embeddedFonts(loader: FontLoader, chars: UsedCharacters): Promise<EmbeddedFont[]> {
  const set = await fontSetFor(loader);
  const out: EmbeddedFont[] = [];
  for (const [slot, name] of [['body', BODY_FONT], ['supplementary', SUPPLEMENTARY_FONT]] as const) {
    const cps = codePoints(chars.text(slot));
    await set.prepare(cps);
    const main = mainFace(cps, (cp) => set.faceOf(cp));
    if (main) out.push({ name, data: padded(main.face.subsetter.subset(main.cps)) });
  }
  return out;
}
