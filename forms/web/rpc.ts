// A tiny request/response channel over postMessage, used between the page and its rendering worker. Each request
// has an id; the worker answers with progress events, data chunks and one final result or error.

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

export type Handlers = Record<string, (sink: CallSink, ...args: never[]) => Promise<unknown>>;

/** Worker side: runs `handlers[method]`, forwards its progress and chunks, and aborts it on a cancel message. */
export function serve(ep: Endpoint, handlers: Handlers): void {
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
        const own = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
        post({ id: msg.id, type: 'chunk', value: own }, [own.buffer as ArrayBuffer]);
      },
    };
    const handler = handlers[msg.method];
    const work = handler ? handler(sink, ...(msg.args as never[])) : Promise.reject(new Error(`unknown method ${msg.method}`));
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

/** Page side: `call(method, args, options)` resolves with the worker's result. */
export function client(ep: Endpoint) {
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
  return {
    call<T>(method: string, args: unknown[], opts: CallOptions = {}): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, opts });
        opts.signal?.addEventListener('abort', () => ep.postMessage({ id, type: 'cancel' } satisfies PageMessage), { once: true });
        ep.postMessage({ id, type: 'call', method, args } satisfies PageMessage);
      });
    },
    /** Rejects every call in flight (the worker died). */
    failAll(message: string): void {
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new WorkerError(message, 'WorkerCrash'));
      }
    },
  };
}
