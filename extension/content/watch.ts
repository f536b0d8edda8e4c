import type { PageRead } from '../../shared/model';
import type { CaptureMessage } from '../messaging/messages';
import { captureMessage } from './snapshot';

export interface WatchDeps {
  doc: Document;
  url: () => string;
  readPage: (doc: Document, url: string) => PageRead;
  send: (msg: CaptureMessage) => Promise<unknown>;
  log?: (message: string, error?: unknown) => void;
}

export interface WatchOptions {
  /** Results are often drawn after load (or after the user passes a captcha): wait this long after the last change. */
  debounceMs: number;
  /** A page that keeps changing (a clock, an ad) must not flood the background. */
  maxSends: number;
  /** Stop watching after this long; a reload starts over. */
  maxWatchMs: number;
}

export const DEFAULT_WATCH: WatchOptions = { debounceMs: 400, maxSends: 10, maxWatchMs: 10 * 60_000 };

/**
 * Reads the page now and again whenever the DOM settles after a change, and sends a capture each time the reading
 * differs from the last one sent. Returns a stop function.
 */
export function watchPage(deps: WatchDeps, opts: WatchOptions = DEFAULT_WATCH): () => void {
  const { doc } = deps;
  const win = doc.defaultView;
  let lastKey = '';
  let sends = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const captureNow = (): void => {
    if (stopped) return;
    let read: PageRead;
    const url = deps.url();
    try {
      read = deps.readPage(doc, url);
    } catch (e) {
      deps.log?.('readPage failed', e);
      return;
    }
    const key = JSON.stringify([url, read]);
    if (key === lastKey) return;
    lastKey = key;
    sends += 1;
    const msg = captureMessage(doc, url, read);
    deps.send(msg).catch((e: unknown) => deps.log?.('capture not delivered', e));
    if (sends >= opts.maxSends) stop();
  };

  const Observer = win?.MutationObserver ?? globalThis.MutationObserver;
  const observer = Observer
    ? new Observer(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(captureNow, opts.debounceMs);
      })
    : undefined;
  const deadline = setTimeout(() => stop(), opts.maxWatchMs);

  function stop(): void {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    clearTimeout(deadline);
  }

  captureNow();
  if (!stopped && observer && doc.body) {
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  }
  return stop;
}
