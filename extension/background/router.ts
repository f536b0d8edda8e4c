import { BackgroundMessage, type PrefillMessage } from '../messaging/messages';
import { STORE_CHANGED_KEY } from '../messaging/page-state';
import { queryPageKind } from '../messaging/query-pages';
import { checkSiteSender, isOwnPage, type SenderLike } from '../messaging/sender';
import { handleCapture, type CaptureDeps } from './capture';
import type { PrefillQueue, SessionArea } from './prefill-queue';
import type { TabPages } from './tab-pages';

export interface RouterDeps extends Omit<CaptureDeps, 'targetOfTab'> {
  /** chrome-extension://<id>/ (moz-extension://<uuid>/ in Firefox). */
  ownBaseUrl: string;
  queue: PrefillQueue;
  /** Each tab's page, where the panel reads the one in front. */
  pages: TabPages;
  /** Where the panel hears that the store changed. */
  session: Pick<SessionArea, 'set'>;
}

/**
 * The background's one message listener, as a plain function: returns a Promise of the reply for messages it owns
 * and undefined for anything else (so the browser does not wait for a reply).
 */
export function createRouter(deps: RouterDeps) {
  const captureDeps: CaptureDeps = { ...deps, targetOfTab: (tabId) => deps.queue.submittedTarget(tabId) };

  return (raw: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    const parsed = BackgroundMessage.safeParse(raw);
    if (!parsed.success) {
      // A message of ours with a bad shape is answered (so the sender hears); others are not ours to answer.
      const type = (raw as { type?: unknown } | null)?.type;
      return type === 'capture' ? Promise.resolve({ accepted: false, reason: 'invalid message' }) : undefined;
    }
    const msg = parsed.data;
    switch (msg.type) {
      case 'capture':
        return (async () => {
          const result = await handleCapture(msg, sender, captureDeps);
          if (!result.accepted) {
            deps.log?.('capture refused', result.reason);
            return result;
          }
          const stored = result.state.verdict === 'recorded';
          await deps.session.set({
            ...deps.pages.entry(result.state),
            ...(stored ? { [STORE_CHANGED_KEY]: deps.now().toISOString() } : {}),
          });
          return { accepted: true, verdict: result.state.verdict };
        })();
      case 'prefill-request':
        return (async (): Promise<PrefillMessage | null> => {
          const who = checkSiteSender(sender, deps);
          if (!who.ok) return null;
          const kind = queryPageKind(who.url);
          if (!kind) return null;
          const data = await deps.queue.forPage(who.tabId, kind);
          return data ? { type: 'prefill', data } : null;
        })();
      case 'query-submitted':
        return (async () => {
          const who = checkSiteSender(sender, deps);
          if (!who.ok || queryPageKind(who.url) === null) return { ok: false };
          await deps.queue.markSubmitted(who.tabId, msg.certNo);
          return { ok: true };
        })();
      case 'queue-prefill':
        if (!isOwnPage(sender, deps.ownId, deps.ownBaseUrl)) return Promise.resolve({ ok: false });
        return deps.queue.put(msg.tabId, msg.data, msg.target).then(() => ({ ok: true }));
    }
  };
}
