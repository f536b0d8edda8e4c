import { open, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { HB_SUBSET_WASM, HB_SUBSET_WASM_SOURCE } from './files';
import { FontFileError, type FontLoader } from './loader';

const DEFAULT_DIR = fileURLToPath(new URL('../../public/fonts/', import.meta.url));
/** Files copied from node_modules at install time: read them from there when the copy is missing. */
const SOURCES: Record<string, string> = { [HB_SUBSET_WASM]: HB_SUBSET_WASM_SOURCE };

/** The file's bytes as read, not copied (a whole-file read has a buffer of its own). */
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** The whole file, into `place(size)` when given. */
async function read(path: string, place?: (size: number) => Uint8Array): Promise<Uint8Array> {
  if (!place) return view(await readFile(path));
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const into = place(size);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await file.read(into, at, size - at, at);
      if (bytesRead === 0) throw new Error(`${path} ended at ${at} of ${size} bytes`);
      at += bytesRead;
    }
    return into;
  } finally {
    await file.close();
  }
}

/** Reads font files from public/fonts/ (or `dir`). */
export function nodeFontLoader(dir: string = DEFAULT_DIR): FontLoader {
  const require = createRequire(import.meta.url);
  return {
    key: `dir:${dir}`,
    async load(file, place) {
      try {
        return await read(`${dir}${dir.endsWith('/') ? '' : '/'}${file}`, place);
      } catch (e) {
        const source = SOURCES[file];
        if (source) {
          try {
            return await read(require.resolve(source), place);
          } catch {
            /* report the first error */
          }
        }
        throw new FontFileError(`font file ${file} not readable (\`npm run fonts\` cuts Noto Serif SC's): ${(e as Error).message}`);
      }
    },
  };
}
