// The worker's side of the channel: set up on the worker's global, or on a MessagePort when the page has to run it
// itself (a browser that refuses to start the module worker).
import { browserFontLoader } from '../fonts/browser-loader';
import type { FontLoader } from '../fonts/loader';
import { formRenderer } from '../export/renderer';
import { workerApi } from './handlers';
import { serve, type Endpoint, type Handlers } from './rpc';

/** Where the fonts are fetched from: a URL ending in '/'. */
export type FontSource = { base: string };

export function serveWorkerSide(ep: Endpoint): void {
  let fonts: FontLoader | undefined;
  const api = workerApi((date) => {
    if (!fonts) throw new Error('worker not configured: font source unknown');
    return formRenderer({ fonts, ...(date ? { date } : {}) });
  });
  serve(ep, {
    ...(api as unknown as Handlers),
    configure: async (_sink, source: FontSource) => {
      fonts = browserFontLoader(source.base);
    },
  });
}
