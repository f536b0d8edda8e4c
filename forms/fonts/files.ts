/**
 * The font files the renderers use, all under public/fonts/ (served as /fonts/ in the extension and the page).
 *
 * Noto Serif SC comes in tiers, cut at install time from the whole face in node_modules (scripts/build-fonts.ts, not
 * committed): the primary face holds the characters forms and names use nearly always (GB 2312, the 通用规范汉字表,
 * the forms' own text, and every non-ideograph of the face); the rest of its ideographs (U+3400–U+9FFF) are pieces of
 * 4096 code points, loaded only when a document has a character in one. HanaMinB covers CJK Extensions B–F the same
 * way, committed (scripts/build-fallback-font.ts). The extension leaves some pieces out (EXTENSION_LEAVES_OUT).
 */
export const PRIMARY_FONT = 'NotoSerifSC-Common.ttf';
/** The whole face the tiers are cut from (scripts/build-fonts.ts; the bench gives it to pdfme). */
export const FULL_FONT_SOURCE = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';

export const PIECE_SIZE = 0x1000;

/** A face cut into pieces of PIECE_SIZE code points, each its own file, loaded on demand. */
export interface PiecedFace {
  /** File names are `<name>-<start in hex>.ttf`; face keys the same without `.ttf`. */
  readonly name: string;
  /** First code point of each piece. */
  readonly starts: readonly number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: (to - from) / PIECE_SIZE + 1 }, (_, i) => from + i * PIECE_SIZE);

/** Noto Serif SC's ideographs beyond the primary tier: Extension A (U+3400–) and the URO (–U+9FFF). */
export const NOTO_PIECES: PiecedFace = { name: 'NotoSerifSC', starts: range(0x3000, 0x9000) };
/** HanaMinB's CJK Extensions B–F (U+20000–U+2EBEF), for what Noto Serif SC lacks. */
export const HANAMIN_PIECES: PiecedFace = { name: 'HanaMinB', starts: range(0x20000, 0x2e000) };
/** In the order they are asked for a character the primary face lacks. */
export const PIECED_FACES: readonly PiecedFace[] = [NOTO_PIECES, HANAMIN_PIECES];

export const pieceKey = (face: PiecedFace, start: number): string => `${face.name}-${start.toString(16).toUpperCase()}`;
export const pieceFile = (face: PiecedFace, start: number): string => `${pieceKey(face, start)}.ttf`;

/** The piece of `face` a code point falls in, if the face has a piece there. */
export function pieceOf(face: PiecedFace, cp: number): number | undefined {
  const start = cp - (cp % PIECE_SIZE);
  return face.starts.includes(start) ? start : undefined;
}

/**
 * Pieces the extension leaves out to stay under the store's 12 MB zipped (wxt.config.ts; `npm run bench` measures
 * it): with them all it would be 29 MB. A character in one prints 〓 there, with a warning naming the file; the CLI
 * and the static page have them all. Of the two last candidates, about 1 MB each and equally rare in names, the rest
 * of Extension A goes and Extension B's first block stays: it holds the sample's 陈𠮷祥, printed in the panel.
 */
export const EXTENSION_LEAVES_OUT: readonly string[] = [
  pieceFile(NOTO_PIECES, 0x3000),
  ...HANAMIN_PIECES.starts.filter((s) => s !== 0x20000).map((s) => pieceFile(HANAMIN_PIECES, s)),
];
