import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { HB_SUBSET_WASM, HB_SUBSET_WASM_SOURCE } from './files';
import { FontFileError, type FontLoader } from './loader';

const DEFAULT_DIR = fileURLToPath(new URL('../../public/fonts/', import.meta.url));
/** Files copied from node_modules at install time: read them from there when the copy is missing. */
const SOURCES: Record<string, string> = { [HB_SUBSET_WASM]: HB_SUBSET_WASM_SOURCE };

/** The file's bytes as read, not copied (a whole-file read has a buffer of its own). */
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Reads font files from public/fonts/ (or `dir`). */
export function nodeFontLoader(dir: string = DEFAULT_DIR): FontLoader {
  const require = createRequire(import.meta.url);
  return {
    key: `dir:${dir}`,
    async load(file) {
      try {
        return view(await readFile(`${dir}${dir.endsWith('/') ? '' : '/'}${file}`));
      } catch (e) {
        const source = SOURCES[file];
        if (source) {
          try {
            return view(await readFile(require.resolve(source)));
          } catch {
            /* report the first error */
          }
        }
        throw new FontFileError(`font file ${file} not readable (\`npm run fonts\` cuts Noto Serif SC's): ${(e as Error).message}`);
      }
    },
  };
}
