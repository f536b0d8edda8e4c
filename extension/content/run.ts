import type { PageRead } from '../../shared/model';
import { PrefillMessage, type CaptureMessage, type PrefillResult } from '../messaging/messages';
import { QUERY_PAGES, queryPageKind, type QueryPage } from '../messaging/query-pages';
import { fillQueryForm } from './prefill';
import { watchPage, DEFAULT_WATCH, type WatchOptions } from './watch';

/** The slice of `browser.runtime` a content script uses. */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown) => Promise<unknown> | undefined): void;
  };
}

export interface ContentEnv {
  doc: Document;
  url: () => string;
  runtime: ContentRuntime;
  readPage: (doc: Document, url: string) => PageRead;
  log?: (message: string, detail?: unknown) => void;
  watch?: WatchOptions;
}

/**
 * Tells the background which certificate number the query form is sent with (on submit, or a click on its button,
 * for a site that sends by script), so a result without a number of its own is tied to nothing else.
 */
function watchSubmission(doc: Document, page: QueryPage, runtime: ContentRuntime, log?: ContentEnv['log']): void {
  const report = () => {
    const input = doc.querySelector<HTMLInputElement>(page.certNoInput);
    if (!input) return;
    runtime.sendMessage({ type: 'query-submitted', certNo: input.value.trim().slice(0, 40) }).catch((e: unknown) => log?.('query-submitted not delivered', e));
  };
  doc.addEventListener('submit', report, true);
  doc.addEventListener(
    'click',
    (e) => {
      const target = e.target as Element | null;
      if (target?.closest?.(page.submitButton)) report();
    },
    true,
  );
}

/** The content script: answers the panel's prefill, asks for a waiting one on query pages, and reports the page. */
export function startContent(env: ContentEnv): () => void {
  const { doc, runtime } = env;
  // Listen before asking, so a prefill pushed while the request is in flight is not lost.
  runtime.onMessage.addListener((message) => {
    const parsed = PrefillMessage.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve<PrefillResult>(fillQueryForm(doc, env.url(), parsed.data.data, { onlyEmpty: false }));
  });
  const queryKind = queryPageKind(env.url());
  if (queryKind !== null) watchSubmission(doc, QUERY_PAGES[queryKind], runtime, env.log);
  if (queryKind !== null) {
    runtime
      .sendMessage({ type: 'prefill-request' })
      .then((reply) => {
        const parsed = PrefillMessage.safeParse(reply);
        if (parsed.success) fillQueryForm(doc, env.url(), parsed.data.data, { onlyEmpty: true });
      })
      .catch((e: unknown) => env.log?.('prefill request failed', e));
  }
  return watchPage(
    {
      doc,
      url: env.url,
      readPage: env.readPage,
      send: (msg: CaptureMessage) => runtime.sendMessage(msg),
      log: env.log,
    },
    env.watch ?? DEFAULT_WATCH,
  );
}
