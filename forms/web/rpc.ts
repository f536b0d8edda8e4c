// A tiny typed request/response channel over postMessage between the page and its rendering worker, derived from one
// interface: the worker serves an object whose methods take a CallSink first; the page gets a proxy with the same
// methods minus the sink (`client<Api>(ep).api.renderForm(…)`), so a method is added in one place and every call is
// type-checked. Each request has an id; the worker answers with progress events, data chunks and one result or error.
import { ownedBytes } from '../../shared/bytes';

export type WorkerEvent =
  | { id: number; type: 'progress'; value: unknown }
  | { id: number; type: 'chunk'; value: Uint8Array }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'error'; message: string; name: string };

export type PageMessage = { id: number; type: 'call'; method: string; args: unknown[] } | { id: number; type: 'cancel' };

export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

/** What a call may send back before its result. */
export interface CallSink {
  signal: AbortSignal;
  progress(value: unknown): void;
  chunk(bytes: Uint8Array): void;
}

/** The worker's methods: each takes the call's sink first, then what the page passes. */
export type Api<A> = { [K in keyof A]: (sink: CallSink, ...args: never[]) => Promise<unknown> };

/** The page's view of an Api: the same methods without the sink. */
export type Remote<A> = { [K in keyof A]: A[K] extends (sink: CallSink, ...args: infer P) => Promise<infer R> ? (...args: P) => Promise<R> : never };

/** Worker side: runs `api[method]`, forwards its progress and chunks, and aborts it on a cancel message. */
export function serve<A extends Api<A>>(ep: Endpoint, api: A): void {
  const methods: Record<string, unknown> = api;
  const running = new Map<number, AbortController>();
  ep.addEventListener('message', (e: MessageEvent<PageMessage>) => {
    const msg = e.data;
    if (msg.type === 'cancel') {
      running.get(msg.id)?.abort();
      return;
    }
    const ac = new AbortController();
    running.set(msg.id, ac);
    const post = (ev: WorkerEvent, transfer: Transferable[] = []) => ep.postMessage(ev, transfer);
    const sink: CallSink = {
      signal: ac.signal,
      progress: (value) => post({ id: msg.id, type: 'progress', value }),
      chunk: (value) => {
        // Transfer, not copy; a view into a larger buffer is copied first so the rest of that buffer stays usable.
        const own = ownedBytes(value);
        post({ id: msg.id, type: 'chunk', value: own }, [own.buffer as ArrayBuffer]);
      },
    };
    const method = Object.hasOwn(methods, msg.method) ? methods[msg.method] : undefined;
    const work: Promise<unknown> =
      typeof method === 'function' ? (async () => method.call(api, sink, ...msg.args))() : Promise.reject(new Error(`unknown method ${msg.method}`));
    work.then(
      (value) => post({ id: msg.id, type: 'result', value }),
      (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        post({ id: msg.id, type: 'error', message: e.message, name: ac.signal.aborted ? 'AbortError' : e.name });
      },
    ).finally(() => running.delete(msg.id));
  });
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (value: unknown) => void;
  onChunk?: (bytes: Uint8Array) => void;
}

/** The error a worker call rejects with: the worker's message and error name. */
export class WorkerError extends Error {
  constructor(message: string, override readonly name: string) {
    super(message);
  }
}

/** Page side: `api.method(...args)` resolves with the worker's result; `with(options).method(...)` adds a signal or listeners. */
export function client<A extends Api<A>>(ep: Endpoint) {
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; opts: CallOptions }>();
  ep.addEventListener('message', (e: MessageEvent<WorkerEvent>) => {
    const ev = e.data;
    const p = pending.get(ev.id);
    if (!p) return;
    if (ev.type === 'progress') p.opts.onProgress?.(ev.value);
    else if (ev.type === 'chunk') p.opts.onChunk?.(ev.value);
    else {
      pending.delete(ev.id);
      if (ev.type === 'result') p.resolve(ev.value);
      else p.reject(new WorkerError(ev.message, ev.name));
    }
  });
  const call = (method: string, args: unknown[], opts: CallOptions): Promise<unknown> => {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, opts });
      opts.signal?.addEventListener('abort', () => ep.postMessage({ id, type: 'cancel' } satisfies PageMessage), { once: true });
      ep.postMessage({ id, type: 'call', method, args } satisfies PageMessage);
    });
  };
  // The method's name is the property read: no name is ever written as a string.
  const remote = (opts: CallOptions): Remote<A> =>
    new Proxy({} as Remote<A>, { get: (_t, method) => (typeof method === 'string' ? (...args: unknown[]) => call(method, args, opts) : undefined) });
  return {
    api: remote({}),
    with: remote,
    /** Rejects every call in flight (the worker died). */
    failAll(message: string): void {
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new WorkerError(message, 'WorkerCrash'));
      }
    },
  };
}
