import { FontFileError, type FontLoader } from './loader';

/** Fetches font files from `baseUrl` (e.g. `chrome.runtime.getURL('/fonts/')` or the page's `/fonts/`). No node:*. */
export function browserFontLoader(baseUrl: string): FontLoader {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    key: `url:${base}`,
    async load(file) {
      const res = await fetch(new URL(file, base));
      if (!res.ok) throw new FontFileError(`font file ${file}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}
