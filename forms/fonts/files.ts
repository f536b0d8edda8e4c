/**
 * The font files the renderers use, all under public/fonts/ (served as /fonts/ in the extension and the page).
 * The primary face is copied there from node_modules at install time (scripts/copy-fonts.mjs, not committed); the
 * fallback is committed as 4096-code-point chunks of HanaMinB (scripts/build-fallback-font.mjs), loaded only when a
 * document has a character in that chunk.
 */
export const PRIMARY_FONT = 'NotoSerifSC-Regular.ttf';
/** Where scripts/copy-fonts.mjs takes the primary face from (also the Node loader's fallback path). */
export const PRIMARY_FONT_SOURCE = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
export const HB_SUBSET_WASM = 'harfbuzz-subset.wasm';
export const HB_SUBSET_WASM_SOURCE = 'harfbuzzjs/dist/harfbuzz-subset.wasm';

export const FALLBACK_CHUNK = 0x1000;
/** First code point of each committed fallback chunk: CJK Extensions B–F (U+20000–U+2EBEF). */
export const FALLBACK_CHUNKS: readonly number[] = Array.from({ length: 15 }, (_, i) => 0x20000 + i * FALLBACK_CHUNK);
export const fallbackFile = (start: number): string => `HanaMinB-${start.toString(16).toUpperCase()}.ttf`;
/** The chunk a code point falls in, if one is committed. */
export function fallbackChunkOf(cp: number): number | undefined {
  const start = cp - (cp % FALLBACK_CHUNK);
  return FALLBACK_CHUNKS.includes(start) ? start : undefined;
}
