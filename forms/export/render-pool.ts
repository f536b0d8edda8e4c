// Node only (the CLI and the bench; never on the browser's path): forms rendered on worker threads, one per core, so
// a large export uses every core. Same renderer as in-process, same bytes.
import { availableParallelism } from 'node:os';
import type { FormRenderer, RenderedForm } from './committee';
import type { RenderWorkerData, RenderWorkerJob, RenderWorkerReply } from './render-worker';
import { startRenderThread } from './render-thread';

interface Job {
  resolve: (forms: RenderedForm[]) => void;
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

export async function renderPool(opts: RenderPoolOptions = {}): Promise<RenderPool> {
  const size = Math.max(1, opts.size ?? availableParallelism());
  const workerData: RenderWorkerData = { date: opts.date?.toISOString() ?? null };
  const workers = Array.from({ length: size }, () => {
    const slot = { w: startRenderThread(workerData), jobs: new Map<number, Job>(), dead: false };
    slot.w.on('message', (m: RenderWorkerReply) => {
      const j = slot.jobs.get(m.id);
      if (!j) return;
      slot.jobs.delete(m.id);
      if (m.forms) j.resolve(m.forms.map((f) => (f.missingGlyphs ? Object.assign(f.bytes, { missingGlyphs: f.missingGlyphs }) : f.bytes)));
      else j.reject(new Error(m.error ?? 'render failed'));
    });
    // A thread that crashed or exited takes no more work, and what it held fails instead of waiting for ever.
    const die = (e: Error) => {
      slot.dead = true;
      for (const j of slot.jobs.values()) j.reject(e);
      slot.jobs.clear();
    };
    slot.w.on('error', die);
    slot.w.on('exit', (code) => die(new Error(`render thread exited (code ${code})`)));
    return slot;
  });
  let nextId = 1;
  const render: FormRenderer = (formId, data, formats) => {
    // The least busy live thread; ties go to the first.
    const live = workers.filter((s) => !s.dead);
    if (!live.length) return Promise.reject(new Error('no render thread left'));
    const slot = live.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = nextId++;
    return new Promise<RenderedForm[]>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.w.postMessage({ id, formId, data, formats } satisfies RenderWorkerJob);
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
