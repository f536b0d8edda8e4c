// Copies the primary font and the HarfBuzz subsetter from node_modules into public/fonts/ (run at postinstall):
// the extension and the static page serve them from there, the Node loader reads them there. Not committed.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('../public/fonts/', import.meta.url));
const files = {
  'NotoSerifSC-Regular.ttf': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'harfbuzz-subset.wasm': 'harfbuzzjs/dist/harfbuzz-subset.wasm',
};
mkdirSync(dir, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  let from;
  try {
    from = require.resolve(source);
  } catch {
    console.warn(`copy-fonts: ${source} not installed, skipped`);
    continue;
  }
  const to = dir + name;
  if (existsSync(to) && statSync(to).size === statSync(from).size) continue;
  copyFileSync(from, to);
}
