import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Applicant, Credential } from '../../shared/model';
import { PAGE_STATE_KEY, PageState, STORE_CHANGED_KEY } from '../messaging/page-state';
import { openQuery, type OpenQueryResult } from './open-query';

/** UI selection that survives closing the panel (storage.local; the data itself is in IndexedDB). */
export const UiState = z.object({ expandedApplicantId: z.string().nullable().default(null) });
export type UiState = z.infer<typeof UiState>;
const UI_KEY = 'panelUi';

/** The browser APIs the panel uses, in one place. */
export const panelBrowser = {
  async currentPage(): Promise<PageState | null> {
    const raw = (await browser.storage.session.get(PAGE_STATE_KEY))[PAGE_STATE_KEY];
    const parsed = PageState.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },

  /**
   * Calls back when the background stored something (`store`: the records changed) or read a new page (`page`). The
   * background sets both keys in one write when a page became a record, so one call can carry both.
   */
  onBackgroundChange(cb: (changed: { store: boolean; page: boolean }) => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session') return;
      const changed = { store: STORE_CHANGED_KEY in changes, page: PAGE_STATE_KEY in changes };
      if (changed.store || changed.page) cb(changed);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },

  async loadUi(): Promise<UiState> {
    const parsed = UiState.safeParse((await browser.storage.local.get(UI_KEY))[UI_KEY] ?? {});
    return parsed.success ? parsed.data : { expandedApplicantId: null };
  },

  async saveUi(ui: UiState): Promise<void> {
    await browser.storage.local.set({ [UI_KEY]: ui });
  },

  /** The generator page (forms/web packaged as generator.html) in a new tab; tabs.create needs no permission. */
  async openGenerator(): Promise<void> {
    await browser.tabs.create({ url: browser.runtime.getURL('/generator.html'), active: true });
  },

  openQuery(applicant: Applicant, credential: Credential): Promise<OpenQueryResult> {
    return openQuery(
      {
        query: (q) => browser.tabs.query(q),
        create: (p) => browser.tabs.create(p),
        update: (id, p) => browser.tabs.update(id, p),
        sendMessage: (id, m) => browser.tabs.sendMessage(id, m),
      },
      (msg) => browser.runtime.sendMessage(msg),
      applicant,
      credential,
    );
  },
};
export type PanelBrowser = typeof panelBrowser;
