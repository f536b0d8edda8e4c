// The static generator page: `npm run build:web` → dist/web/, relative paths, so it runs from any static host (and
// the extension ships the same app as its generator page). Fonts come from public/fonts beside the page.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../public'),
  plugins: [preact()],
  worker: { format: 'es' },
  build: {
    outDir: process.env.ZHICHENG_WEB_OUT_DIR || here('../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // The generator page and its 使用说明 (the extension's help page, linked from the page's header).
    rollupOptions: { input: { index: here('index.html'), help: here('help.html') } },
  },
});
