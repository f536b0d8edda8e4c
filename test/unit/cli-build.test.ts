// The CLI's one build step (scripts/build-cli.mjs): built once, reused while its sources are unchanged, rebuilt when
// one changes; and the modules it bundles find their files from dist/cli/ as from their own folder.
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_BUILD, buildCli } from '../../scripts/build-cli.mjs';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('buildCli', () => {
  it('reuses the build until a source file changes, then builds the new source', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-build-'));
    const entry = join(dir, 'entry.ts');
    const dep = join(dir, 'dep.ts');
    await writeFile(entry, "import { word } from './dep';\nexport const said: string = word;\nexport const later = () => import('./lazy');\n");
    await writeFile(dep, "export const word = 'first';\n");
    await writeFile(join(dir, 'lazy.ts'), "export const lazy = 'loaded';\n");
    const build = { root: dir, outdir: join(dir, 'out'), entries: { entry } };

    const first = await buildCli(build);
    expect(first.entry).toBe(join(dir, 'out', 'entry.mjs'));
    const loaded = await import(pathToFileURL(first.entry).href);
    expect(loaded.said).toBe('first');
    expect((await loaded.later()).lazy).toBe('loaded');
    const builtAt = (await stat(first.entry)).mtimeMs;

    await buildCli(build);
    expect((await stat(first.entry)).mtimeMs).toBe(builtAt);

    await writeFile(dep, "export const word = 'second';\n");
    // Another mtime even on a coarse clock.
    await utimes(dep, new Date(), new Date(Date.now() + 5000));
    const rebuilt = await buildCli(build);
    // A fresh URL: Node caches modules by URL.
    expect((await import(`${pathToFileURL(rebuilt.entry).href}?again`)).said).toBe('second');
    expect(JSON.parse(await readFile(join(dir, 'out', 'inputs.json'), 'utf8')).inputs).toHaveProperty([dep]);
  });

  it('fails with the bundler’s message when the entry does not build', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-build-'));
    const entry = join(dir, 'broken.ts');
    await writeFile(entry, "import { nothing } from './missing';\nexport default nothing;\n");
    await expect(buildCli({ root: dir, outdir: join(dir, 'out'), entries: { entry } })).rejects.toThrow(/missing/);
  });

  it('bundles modules that locate files through import.meta only from the depth of dist/cli/', async () => {
    await buildCli(CLI_BUILD);
    const { inputs } = JSON.parse(await readFile(join(CLI_BUILD.outdir, 'inputs.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const depth = (path: string) => relative(CLI_BUILD.root, path).split(sep).length;
    const ours = Object.keys(inputs).filter((p) => !relative(CLI_BUILD.root, p).startsWith(`node_modules${sep}`));
    expect(ours.length).toBeGreaterThan(50);
    const locating: string[] = [];
    for (const p of ours) if (/\bimport\.meta\.(url|dirname|filename)\b/.test(await readFile(p, 'utf8'))) locating.push(p);
    // At least the font loader: the check has something to check.
    expect(locating.map((p) => relative(CLI_BUILD.root, p))).toContain(join('forms', 'fonts', 'node-loader.ts'));
    const misplaced = locating.filter((p) => depth(p) !== depth(join(CLI_BUILD.outdir, 'main.mjs')));
    expect(misplaced).toEqual([]);
  });
});
