/** See bundle-cache.mjs. */
export function cachedBundle(entry: string, cacheDir: string): Promise<string>;
export const BUNDLE_CACHE_DIR: string;
