import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../background/router';
import { PrefillQueue } from '../background/prefill-queue';
import { TabPages } from '../background/tab-pages';
import { lazyStore } from '../background/lazy-store';
import { replyWith } from '../messaging/reply';
import { hasSidePanel, openPanelWindow, type PanelWindowDeps } from '../background/panel-window';
import { canonicalReportUrl } from '../readers';
import { findCredential, matchPage } from '../../shared/rules';

// Wiring only: the logic is in extension/background/. The background never fetches the sites itself.
export default defineBackground(() => {
  const log = (message: string, detail?: unknown) => console.warn(`[zhicheng] ${message}`, detail ?? '');
  const session = browser.storage.session;
  const queue = new PrefillQueue(session);
  const pages = new TabPages(session);
  const route = createRouter({
    ownId: browser.runtime.id,
    ownBaseUrl: browser.runtime.getURL('/'),
    requireOrigin: !import.meta.env.FIREFOX,
    store: lazyStore(),
    rules: { findCredential, matchPage },
    canonicalUrl: canonicalReportUrl,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    queue,
    pages,
    session,
    log,
  });
  browser.runtime.onMessage.addListener(replyWith(route, log));
  browser.tabs.onRemoved.addListener((tabId) => {
    void queue.forget(tabId);
    void pages.forget(tabId);
  });
  // tab.url is given only for the sites (host permissions): undefined means the tab left them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' || 'url' in change) void pages.navigated(tabId, tab.url);
  });
  // The 使用说明 once, right after installing (not on updates or browser restarts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/help.html') });
  });

  if (import.meta.env.FIREFOX) {
    // Firefox has no side-panel API: the toolbar button toggles the sidebar built from the same entrypoint.
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.browserAction?.onClicked.addListener(() => void sidebar?.toggle());
  } else if (hasSidePanel(browser.sidePanel)) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => log('setPanelBehavior', e));
  } else {
    // An older Chromium core: the same panel page in a window of its own.
    const deps = { windows: browser.windows as unknown as PanelWindowDeps['windows'], session, panelUrl: browser.runtime.getURL('/sidepanel.html') };
    browser.action.onClicked.addListener(() => void openPanelWindow(deps).catch((e: unknown) => log('panel window', e)));
  }
});
