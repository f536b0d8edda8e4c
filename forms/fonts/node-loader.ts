import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FontFileError, type FontLoader } from './loader';

const DEFAULT_DIR = fileURLToPath(new URL('../../public/fonts/', import.meta.url));

/** The file's bytes as read, not copied (a whole-file read has a buffer of its own). */
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Reads font files from public/fonts/ (or `dir`). */
export function nodeFontLoader(dir: string = DEFAULT_DIR): FontLoader {
  return {
    key: `dir:${dir}`,
    async load(file) {
      try {
        return view(await readFile(`${dir}${dir.endsWith('/') ? '' : '/'}${file}`));
      } catch (e) {
        throw new FontFileError(`font file ${file} not readable (\`npm run fonts\` cuts Noto Serif SC's): ${(e as Error).message}`);
      }
    },
  };
}
