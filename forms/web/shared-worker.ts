/// <reference lib="webworker" />
// The render engine, one per browser for all the pages of the extension (or all tabs of the static page): the side
// panel warms it while the clerk is on the sites, so the generator page opened from the panel finds fonts, subsetter
// and renderer loaded. Each page that connects gets its own channel; the fonts are shared (fontset.ts keeps one set).
import type { Endpoint } from './rpc';
import { serveWorkerSide } from './worker-side';

(self as unknown as SharedWorkerGlobalScope).addEventListener('connect', (e) => {
  const port = e.ports[0]!;
  serveWorkerSide(port as unknown as Endpoint);
  port.start();
});
