// The generator page (forms/web) as one of the extension's pages (unlisted: the side panel opens it in a tab). The
// same app as the static page: its worker, the fonts (/fonts/, beside generator.html) and the HarfBuzz WebAssembly all
// come from the extension package (wxt.config.ts allows 'wasm-unsafe-eval' for that). It works on the files the user
// imports, as the static page does; nothing is read from or written to the panel's IndexedDB.
import { mountGenerator } from '../../../forms/web/mount';

void mountGenerator(document.getElementById('app')!);
