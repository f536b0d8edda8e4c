// The CLI's one build step (Node only, plain JavaScript: it runs before any TypeScript can). esbuild bundles our
// TypeScript into dist/cli/: main.mjs (forms/cli/main.ts) and render-worker.mjs (forms/export/render-worker.ts, the
// render threads' script), with what a command loads through import() in chunk files of their own, loaded only then.
// Packages are not bundled: they load from node_modules as Node loads them, and only when a module needs them.
//
// bin/zhicheng.mjs runs the built CLI and nothing else. It is built at install (postinstall runs this file), and built
// again by the bin when a source file changed since (dist/cli/inputs.json lists every input with its mtime and size),
// so the CLI always runs the sources as they are, with no build to remember. Built rather than run through tsx: a tsx
// render thread carries a module loader thread of its own and compiles every module again (tens of MB and about a
// second per thread).
//
// dist/cli/ sits two folders below the root, as forms/<part>/ does: the library modules that find files beside them
// through import.meta.url (forms/fonts → public/fonts/, forms/export → the render thread's script) find the same from
// the bundle. test/unit/cli-build.test.ts fails when a bundled module at another depth uses import.meta.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** What the CLI is built from (entry → output name) and where it goes. */
export const CLI_BUILD = {
  root: ROOT,
  outdir: join(ROOT, 'dist/cli'),
  entries: { main: join(ROOT, 'forms/cli/main.ts'), 'render-worker': join(ROOT, 'forms/export/render-worker.ts') },
};

/** Whether every input of the last build is as it was (same mtime and size), under the same esbuild. */
async function fresh(outdir, esbuildVersion) {
  try {
    const stamp = JSON.parse(await readFile(join(outdir, 'inputs.json'), 'utf8'));
    if (stamp.esbuild !== esbuildVersion) return false;
    await Promise.all(stamp.outputs.map((f) => stat(join(outdir, f))));
    const same = await Promise.all(
      Object.entries(stamp.inputs).map(async ([path, [mtime, size]]) => {
        const s = await stat(path);
        return s.mtimeMs === mtime && s.size === size;
      }),
    );
    return same.every(Boolean);
  } catch {
    return false;
  }
}

/** Through a temporary name, so a process starting meanwhile never loads half a file (two builds write the same bytes). */
async function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Chunks of earlier builds, once an hour old: a process started before the rebuild may still load one. */
async function removeStale(outdir, keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const f of await readdir(outdir)) {
    if (keep.has(f) || f.endsWith('.tmp')) continue;
    const path = join(outdir, f);
    if ((await stat(path).catch(() => null))?.mtimeMs < hourAgo) await rm(path, { force: true });
  }
}

/**
 * Builds the CLI into `outdir` unless the last build there is still fresh; returns the output files by entry name.
 * @param {{ root: string, outdir: string, entries: Record<string, string>, force?: boolean }} build
 * @returns {Promise<Record<string, string>>}
 */
export async function buildCli({ root, outdir, entries, force = false }) {
  const esbuild = await import('esbuild');
  const outputs = Object.fromEntries(Object.keys(entries).map((name) => [name, join(outdir, `${name}.mjs`)]));
  if (!force && (await fresh(outdir, esbuild.version))) return outputs;
  const result = await esbuild
    .build({
      entryPoints: entries,
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      outdir,
      outExtension: { '.js': '.mjs' },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
      packages: 'external',
    })
    // esbuild's service process would otherwise live as long as the CLI (a long export).
    .finally(() => esbuild.stop());
  await mkdir(outdir, { recursive: true });
  // Chunks (named by their content) before the entries that import them.
  const entryFiles = new Set(Object.values(outputs));
  const files = [...result.outputFiles].sort((a, b) => Number(entryFiles.has(a.path)) - Number(entryFiles.has(b.path)));
  for (const f of files) await writeAtomic(f.path, f.contents);
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, input);
    const s = await stat(path);
    inputs[path] = [s.mtimeMs, s.size];
  }
  const stamp = { esbuild: esbuild.version, outputs: result.outputFiles.map((f) => relative(outdir, f.path)), inputs };
  await writeAtomic(join(outdir, 'inputs.json'), JSON.stringify(stamp));
  await removeStale(outdir, new Set([...stamp.outputs, 'inputs.json']));
  return outputs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outputs = await buildCli({ ...CLI_BUILD, force: process.argv.includes('--force') });
  console.log(`CLI ready: ${Object.values(outputs).map((f) => relative(ROOT, f)).join(', ')}`);
}
