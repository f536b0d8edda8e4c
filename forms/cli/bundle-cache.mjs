// Node only, plain JavaScript so that bin/zhicheng.mjs can load it before any TypeScript runs.
// A TypeScript entry bundled into one ES module with esbuild and kept on disk until one of its source files changes.
// The CLI and its render threads run such bundles instead of TypeScript through tsx: a tsx thread carries a module
// loader thread of its own and compiles every module again (tens of MB and about a second per thread).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Our sources say where they are with import.meta (fonts beside the repo, the render thread's entry, sample pages):
 * each file gets its own location written in, so the bundle behaves like the sources wherever it is kept.
 */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.(tsx?|mjs)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, what) =>
        JSON.stringify(what === 'url' ? pathToFileURL(args.path).href : what === 'dirname' ? dirname(args.path) : args.path),
      );
      return { contents, loader: args.path.endsWith('.mjs') ? 'js' : args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Where the CLI keeps its bundles: node_modules/.cache, which npm ci clears and git ignores. */
export const BUNDLE_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/zhicheng-desk/', import.meta.url));

async function fresh(index, version, dir) {
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
async function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Earlier builds of the entry, once an hour old: a process started before the rebuild may still be loading one. */
async function removeStale(cacheDir, name, keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const f of await readdir(cacheDir)) {
    if (f === keep || !f.startsWith(`${name}-`) || f.endsWith('.tmp')) continue;
    const path = join(cacheDir, f);
    if ((await stat(path).catch(() => null))?.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

/**
 * The path of a bundle of `entry` (an absolute path), built into `cacheDir` when there is none or a source changed.
 * Bundles are named by their content, so processes building at once write the same bytes under the same name.
 * @param {string} entry
 * @param {string} cacheDir
 * @returns {Promise<string>}
 */
export async function cachedBundle(entry, cacheDir) {
  const { build, stop, version } = await import('esbuild');
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.[cm]?tsx?$/, '');
  const indexPath = join(cacheDir, `${name}.json`);
  try {
    const index = JSON.parse(await readFile(indexPath, 'utf8'));
    if (await fresh(index, version, cacheDir)) return join(cacheDir, index.file);
  } catch {
    /* no index yet, or unreadable: build */
  }
  const workDir = process.cwd();
  const outdir = join(cacheDir, 'build');
  // esbuild's service process would otherwise live as long as the CLI (a long export): stop it once built.
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: workDir,
    bundle: true,
    // What is imported with import() goes in a file of its own, loaded only then, with the packages it needs.
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownLocation],
    // Packages stay in node_modules and load as Node loads them: only our own TypeScript is bundled.
    packages: 'external',
  }).finally(() => stop());
  const hash = createHash('sha256');
  for (const f of result.outputFiles) hash.update(f.path).update(f.contents);
  // One folder per build: its files import each other by relative path.
  const folder = `${name}-${hash.digest('hex').slice(0, 16)}`;
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(workDir, input);
    const s = await stat(path);
    inputs[path] = [s.mtimeMs, s.size];
  }
  await mkdir(join(cacheDir, folder), { recursive: true });
  for (const f of result.outputFiles) await writeAtomic(join(cacheDir, folder, relative(outdir, f.path)), f.contents);
  const file = join(folder, `${name}.mjs`);
  await writeAtomic(indexPath, JSON.stringify({ esbuild: version, file, inputs }));
  await removeStale(cacheDir, name, folder);
  return join(cacheDir, file);
}
