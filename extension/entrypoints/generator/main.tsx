// The generator page (forms/web) as one of the extension's pages (unlisted: the side panel opens it in a tab). The
// same app as the static page: its worker, the fonts (/fonts/, beside generator.html) and the HarfBuzz WebAssembly all
// come from the extension package (wxt.config.ts allows 'wasm-unsafe-eval' for that). It opens with the panel's own
// applicants, records and settings (the extension's one IndexedDB, read only); files can still be imported beside them.
import { mountGenerator } from '../../../forms/web/mount';
import { openStore } from '../../../shared/store';

void mountGenerator(document.getElementById('app')!, undefined, async () => {
  const store = await openStore();
  try {
    return await store.backup();
  } finally {
    store.close();
  }
});
