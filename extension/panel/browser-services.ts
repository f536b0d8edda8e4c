import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Applicant, Credential } from '../../shared/model';
import { isPageKey, pageKey, PageState, STORE_CHANGED_KEY, stillShown } from '../messaging/page-state';
import { openQuery, type OpenQueryResult } from './open-query';

/** UI selection that survives closing the panel (storage.local; the data itself is in IndexedDB). */
export const UiState = z.object({ expandedApplicantId: z.string().nullable().default(null) });
export type UiState = z.infer<typeof UiState>;
const UI_KEY = 'panelUi';

/** The last store-change stamp this panel wrote, so it does not reload for its own change. */
let ownStamp: string | undefined;

/** The window whose tabs a panel page in `windowId` looks at: its own, or from the panel's own popup window the last focused browser window. */
async function browsingWindowOf(windowId: number): Promise<number | undefined> {
  if ((await browser.windows.get(windowId)).type !== 'popup') return windowId;
  return (await browser.windows.getLastFocused({ windowTypes: ['normal'] })).id;
}

/** The browser APIs the panel uses, in one place. */
export const panelBrowser = {
  /**
   * The tab in front of the user: in the side panel (or Firefox's sidebar), the active tab of its window; in a panel
   * opened as a tab, the active tab of that window unless it is the panel itself; in the panel's own window (a
   * browser with no side panel), the active tab of the last focused browser window. `url` is known only for the sites.
   */
  async frontTab(): Promise<{ id: number; url?: string } | null> {
    const self = await browser.tabs.getCurrent();
    const windowId = self ? await browsingWindowOf(self.windowId) : undefined;
    const [tab] = await browser.tabs.query(windowId !== undefined ? { active: true, windowId } : { active: true, currentWindow: true });
    if (tab?.id === undefined || tab.id === self?.id) return null;
    return { id: tab.id, url: tab.url };
  },

  /** The site page the tab in front holds, as the background read it; null for a tab with no site page. */
  async currentPage(): Promise<PageState | null> {
    const tab = await this.frontTab();
    if (!tab) return null;
    const key = pageKey(tab.id);
    const parsed = PageState.safeParse((await browser.storage.session.get(key))[key]);
    return stillShown(parsed.success ? parsed.data : null, tab.url);
  },

  /**
   * Calls back when the background stored something (`store`: the records changed), or the page to show may be
   * another (`page`): a tab's page was read or forgotten, another tab came to front, a tab navigated. The background
   * sets a page and the store key in one write when a page became a record, so one call can carry both.
   */
  onBackgroundChange(cb: (changed: { store: boolean; page: boolean }) => void): () => void {
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      // This panel's own announcement: it has reloaded already.
      const stamp = changes[STORE_CHANGED_KEY]?.newValue;
      const changed = { store: stamp !== undefined && stamp !== ownStamp, page: Object.keys(changes).some(isPageKey) };
      if (changed.store || changed.page) cb(changed);
    };
    const onFront = () => cb({ store: false, page: true });
    const onUpdated = (_id: number, change: { status?: string; url?: string }) => {
      if (change.status || change.url) onFront();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onFront);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(onFront);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onFront);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFront);
    };
  },

  async loadUi(): Promise<UiState> {
    const parsed = UiState.safeParse((await browser.storage.local.get(UI_KEY))[UI_KEY] ?? {});
    return parsed.success ? parsed.data : { expandedApplicantId: null };
  },

  async saveUi(ui: UiState): Promise<void> {
    await browser.storage.local.set({ [UI_KEY]: ui });
  },

  /** Tells the other pages (the generator page, another window's panel) that this panel changed the store. */
  async announceStoreChange(): Promise<void> {
    ownStamp = `${new Date().toISOString()}#${Math.random().toString(36).slice(2)}`;
    await browser.storage.session.set({ [STORE_CHANGED_KEY]: ownStamp });
  },

  /** A site page in a new tab, in front (tabs.create needs no permission). */
  async openPage(url: string): Promise<void> {
    await browser.tabs.create({ url, active: true });
  },

  /** The generator page (forms/web packaged as generator.html) in a new tab; tabs.create needs no permission. */
  async openGenerator(): Promise<void> {
    await browser.tabs.create({ url: browser.runtime.getURL('/generator.html'), active: true });
  },

  openQuery(applicant: Applicant, credential: Credential): Promise<OpenQueryResult> {
    return openQuery(
      {
        // "The active tab" is the tab in front as the panel sees it: in the panel's own window, the browser window's.
        query: () => this.frontTab().then((t) => (t ? [t] : [])),
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
