// Node only (the CLI and the bench; never on the browser's path): forms rendered on worker threads, one per core, so
// a large export uses every core. Same renderer as in-process, same bytes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FormRenderer } from './committee';

interface Job {
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}

export interface RenderPool {
  render: FormRenderer;
  /** Threads in the pool. */
  size: number;
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Default: the machine's cores. */
  size?: number;
  /** Stamped as the PDFs' creation date. */
  date?: Date;
}

export function renderPool(opts: RenderPoolOptions = {}): RenderPool {
  const size = Math.max(1, opts.size ?? availableParallelism());
  const script = new URL('./render-worker.mjs', import.meta.url);
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(script, { workerData: { date: opts.date?.toISOString() ?? null } });
    const jobs = new Map<number, Job>();
    w.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      const j = jobs.get(m.id);
      if (!j) return;
      jobs.delete(m.id);
      if (m.bytes) j.resolve(m.bytes);
      else j.reject(new Error(m.error ?? 'render failed'));
    });
    w.on('error', (e) => {
      for (const j of jobs.values()) j.reject(e);
      jobs.clear();
    });
    return { w, jobs };
  });
  let nextId = 1;
  const render: FormRenderer = (formId, data, format) => {
    // The least busy thread; ties go to the first.
    const slot = workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.w.postMessage({ id, formId, data, format });
    });
  };
  return {
    render,
    size,
    close: async () => {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}
