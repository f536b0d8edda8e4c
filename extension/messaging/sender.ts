import { isSiteUrl } from '../../shared/sites';

/** The parts of runtime.MessageSender the checks read; all set by the browser, never by the message. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type SenderCheck = { ok: true; url: string; tabId: number } | { ok: false; reason: string };

export interface SiteSenderOptions {
  ownId: string;
  /**
   * Chromium always sets `sender.origin`; Firefox does not have it (MDN: runtime.MessageSender). When required, a
   * missing origin is refused.
   */
  requireOrigin: boolean;
}

/** A content script of ours, in the top frame of a tab showing one of the sites over https. */
export function checkSiteSender(sender: SenderLike, opts: SiteSenderOptions): SenderCheck {
  if (sender.id !== opts.ownId) return { ok: false, reason: 'sender is another extension' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { ok: false, reason: 'sender has no tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, reason: 'sender is a sub-frame' };
  const url = sender.url;
  if (!url || !isSiteUrl(url)) return { ok: false, reason: 'sender url is not one of the sites' };
  if (sender.origin === undefined) {
    if (opts.requireOrigin) return { ok: false, reason: 'sender has no origin' };
  } else if (sender.origin !== new URL(url).origin || !isSiteUrl(`${sender.origin}/`)) {
    return { ok: false, reason: 'sender origin is not the site of its url' };
  }
  return { ok: true, url, tabId };
}

/** One of our own pages (the side panel), never a content script: its URL lies under our extension's base URL. */
export function isOwnPage(sender: SenderLike, ownId: string, ownBaseUrl: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}
