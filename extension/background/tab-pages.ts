import { pageKey, PageState, stillShown } from '../messaging/page-state';
import type { SessionArea } from './prefill-queue';

/**
 * Each tab's page state in storage.session. A state lives as long as its tab shows that page: the tab closing, or
 * navigating to anything else, takes it away (the panel checks again when it shows one, so an event the background
 * hears late never shows a page the tab no longer holds).
 */
export class TabPages {
  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<PageState | null> {
    const key = pageKey(tabId);
    const parsed = PageState.safeParse((await this.area.get(key))[key]);
    return parsed.success ? parsed.data : null;
  }

  /** The entries to write with other session keys in one `set` (the panel hears them together). */
  entry(state: PageState): Record<string, PageState> {
    return { [pageKey(state.tabId)]: state };
  }

  forget(tabId: number): Promise<void> {
    return this.area.remove(pageKey(tabId));
  }

  /** A tab started loading or changed URL; a reload of the same page keeps its state until it is read again. */
  async navigated(tabId: number, url: string | undefined): Promise<void> {
    const state = await this.get(tabId);
    if (state && !stillShown(state, url)) await this.forget(tabId);
  }
}
