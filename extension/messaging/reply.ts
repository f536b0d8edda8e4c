/**
 * A message listener that answers with a Promise, wired the old way every Chromium and Firefox understands: return
 * true and call sendResponse later. Only recent Chrome accepts a returned Promise, and the older Chromium cores of
 * the offices' browsers (wxt.config.ts: minimum_chrome_version) would answer undefined at once.
 */
export function replyWith<S>(handler: (message: unknown, sender: S) => Promise<unknown> | undefined, log?: (message: string, detail?: unknown) => void) {
  return (message: unknown, sender: S, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = handler(message, sender);
    if (reply === undefined) return undefined;
    reply.then(sendResponse, (e: unknown) => {
      log?.('message handler failed', e);
      sendResponse(undefined);
    });
    return true;
  };
}
