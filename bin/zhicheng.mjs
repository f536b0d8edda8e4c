#!/usr/bin/env node
// Runs the TypeScript CLI from a bundle rebuilt whenever a source file changes (forms/cli/bundle-cache.mjs), so the
// CLI and the extension share one source with no build step to remember. Should the bundle not build, through tsx.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_CACHE_DIR, cachedBundle } from '../forms/cli/bundle-cache.mjs';

const main = fileURLToPath(new URL('../forms/cli/main.ts', import.meta.url));
let bundle;
try {
  bundle = await cachedBundle(main, BUNDLE_CACHE_DIR);
} catch (e) {
  process.emitWarning(`CLI bundle not built (${e instanceof Error ? e.message : String(e)}); running through tsx`);
}
if (bundle) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../forms/cli/main.ts');
}
