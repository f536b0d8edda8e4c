// The worker's side of the channel: set up on the worker's global, or on a MessagePort when the page has to run it
// itself (a browser that refuses to start the module worker).
import { browserFontLoader } from '../fonts/browser-loader';
import { formRenderer } from '../export/renderer';
import { workerApi } from './handlers';
import { serve, type Endpoint } from './rpc';

export function serveWorkerSide(ep: Endpoint): void {
  serve(
    ep,
    workerApi(
      (source) => browserFontLoader(source.base),
      (fonts, date) => formRenderer({ fonts, ...(date ? { date } : {}) }),
    ),
  );
}
