/** Reads a file of public/fonts/ by name; one implementation per platform (node-loader, browser-loader). */
export interface FontLoader {
  /** Stable key: font sets are cached per loader key. */
  readonly key: string;
  /**
   * The file's bytes. With `place`, a loader that can read into given memory puts them in `place(size)` and returns
   * that view (the subsetter's wasm memory: a face is then read once, not read and copied; on a fresh process each MB
   * is some 250 newly touched pages, 3 ms each way on our machines). Others ignore it.
   */
  load(file: string, place?: (size: number) => Uint8Array): Promise<Uint8Array>;
}

export class FontFileError extends Error {
  override name = 'FontFileError';
}
