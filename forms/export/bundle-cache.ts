// Node only. A TypeScript entry bundled into one plain ES module with esbuild, kept on disk until one of its source
// files changes. The render threads run such a bundle instead of TypeScript through tsx: a tsx thread carries a module
// loader of its own and compiles every module again, about 60 MB and a second per thread.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

interface CacheIndex {
  /** esbuild's version: another esbuild may bundle differently. */
  esbuild: string;
  /** The bundle's file name in the cache folder. */
  file: string;
  /** Every source file in the bundle: [mtime ms, size]. */
  inputs: Record<string, [number, number]>;
}

async function fresh(index: CacheIndex, version: string, dir: string): Promise<boolean> {
  if (index.esbuild !== version) return false;
  try {
    await stat(join(dir, index.file));
    const checks = Object.entries(index.inputs).map(async ([path, [mtime, size]]) => {
      const s = await stat(path);
      return s.mtimeMs === mtime && s.size === size;
    });
    return (await Promise.all(checks)).every(Boolean);
  } catch {
    return false;
  }
}

/** Writes via a temporary name, so a second process building at the same time never reads half a file. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * The path of a bundle of `entry` (absolute), built into `cacheDir` when there is none or a source changed since.
 * Bundles are named by content, so concurrent builders write the same bytes under the same name.
 */
export async function cachedBundle(entry: string, cacheDir: string): Promise<string> {
  const { build, version } = await import('esbuild');
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.[cm]?ts$/, '');
  const indexPath = join(cacheDir, `${name}.json`);
  try {
    const index = JSON.parse(await readFile(indexPath, 'utf8')) as CacheIndex;
    if (await fresh(index, version, cacheDir)) return join(cacheDir, index.file);
  } catch {
    /* no index yet, or unreadable: build */
  }
  const cwd = process.cwd();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Packages that use require() (CommonJS) get one from the bundle's own location, as they would have.
    banner: { js: "import { createRequire as __zhichengRequire } from 'node:module'; const require = __zhichengRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0]!.contents;
  const file = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const inputs: CacheIndex['inputs'] = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(cwd, input);
    const s = await stat(path);
    inputs[path] = [s.mtimeMs, s.size];
  }
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(join(cacheDir, file), code);
  await writeAtomic(indexPath, JSON.stringify({ esbuild: version, file, inputs } satisfies CacheIndex));
  return join(cacheDir, file);
}
