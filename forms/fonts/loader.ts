/** Reads a file of public/fonts/ by name; one implementation per platform (node-loader, browser-loader). */
export interface FontLoader {
  /** Stable key: font sets are cached per loader key. */
  readonly key: string;
  load(file: string): Promise<Uint8Array>;
}

export class FontFileError extends Error {
  override name = 'FontFileError';
}
