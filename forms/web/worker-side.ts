// The worker's side of the channel: set up on the worker's global, or on a MessagePort when the page has to run it
// itself (a browser that refuses the worker, e.g. a page opened from file://).
import { browserFontLoader } from '../fonts/browser-loader';
import type { FontLoader } from '../fonts/loader';
import { formRenderer } from '../export/renderer';
import { workerApi } from './handlers';
import { serve, type Endpoint, type Handlers } from './rpc';

/** Font files the user picked (the fonts folder) when they cannot be fetched. */
export function pickedFontLoader(files: readonly File[]): FontLoader {
  const byName = new Map(files.map((f) => [f.name, f]));
  return {
    key: `picked:${files.map((f) => `${f.name}:${f.size}`).join(',')}`,
    async load(name) {
      const f = byName.get(name);
      if (!f) throw new Error(`font file ${name} not among the picked files`);
      return new Uint8Array(await f.arrayBuffer());
    },
  };
}

export type FontSource = { base: string } | { files: File[] };

export function serveWorkerSide(ep: Endpoint): void {
  let fonts: FontLoader | undefined;
  const api = workerApi((date) => {
    if (!fonts) throw new Error('worker not configured: font source unknown');
    return formRenderer({ fonts, ...(date ? { date } : {}) });
  });
  serve(ep, {
    ...(api as unknown as Handlers),
    configure: async (_sink, source: FontSource) => {
      fonts = 'base' in source ? browserFontLoader(source.base) : pickedFontLoader(source.files);
    },
  });
}
