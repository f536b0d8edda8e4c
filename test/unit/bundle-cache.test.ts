// The render threads' bundle: built once, reused while its sources are unchanged, rebuilt when one changes.
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedBundle } from '../../forms/cli/bundle-cache.mjs';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cachedBundle', () => {
  it('reuses the bundle until a source file changes, then bundles the new source', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-cache-'));
    const entry = join(dir, 'entry.ts');
    const dep = join(dir, 'dep.ts');
    await writeFile(entry, "import { word } from './dep';\nexport const said: string = word;\nexport { where } from './dep';\n");
    await writeFile(dep, "export const word = 'first';\nexport const where = import.meta.url;\n");
    const cache = join(dir, 'cache');

    const first = await cachedBundle(entry, cache);
    const loaded = await import(pathToFileURL(first).href);
    expect(loaded.said).toBe('first');
    // Each source keeps its own location, not the bundle's.
    expect(loaded.where).toBe(pathToFileURL(dep).href);
    const builtAt = (await stat(first)).mtimeMs;

    const again = await cachedBundle(entry, cache);
    expect(again).toBe(first);
    expect((await stat(again)).mtimeMs).toBe(builtAt);

    await writeFile(dep, "export const word = 'second';\nexport const where = import.meta.url;\n");
    // Another mtime even on a coarse clock.
    await utimes(dep, new Date(), new Date(Date.now() + 5000));
    const rebuilt = await cachedBundle(entry, cache);
    expect(rebuilt).not.toBe(first);
    expect((await import(pathToFileURL(rebuilt).href)).said).toBe('second');
    expect(JSON.parse(await readFile(join(cache, 'entry.json'), 'utf8')).inputs).toHaveProperty([dep]);
  });

  it('fails with the bundler’s message when the entry does not build', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-cache-'));
    const entry = join(dir, 'broken.ts');
    await writeFile(entry, "import { nothing } from './missing';\nexport default nothing;\n");
    await expect(cachedBundle(entry, join(dir, 'cache'))).rejects.toThrow(/missing/);
  });
});
