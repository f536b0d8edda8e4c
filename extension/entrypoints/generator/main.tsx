// The generator page (forms/web) as one of the extension's pages (unlisted: the side panel opens it in a tab). The
// same app as the static page: its worker and the fonts (/fonts/, beside generator.html) come from the extension
// package. It opens with the panel's own applicants, records and settings (the extension's one IndexedDB: read only,
// but for the settings, which both pages edit); files can still be imported beside them.
import { mountGenerator } from '../../../forms/web/mount';
import { browser } from 'wxt/browser';
import { STORE_CHANGED_KEY } from '../../messaging/page-state';
import { openStore, type Store } from '../../../shared/store';

/** One short-lived connection per use: the panel may be writing, and an idle connection would block its upgrades. */
async function withStore<T>(fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

void mountGenerator(document.getElementById('app')!, undefined, {
  read: () => withStore((s) => s.backup()),
  async saveSettings(settings) {
    await withStore((s) => s.putSettings(settings));
    // Open panels reload when this key changes (they hear the background's writes the same way).
    await browser.storage.session.set({ [STORE_CHANGED_KEY]: new Date().toISOString() });
  },
  onChange(cb) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && STORE_CHANGED_KEY in changes) cb();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
});
