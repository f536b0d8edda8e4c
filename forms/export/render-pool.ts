// Node only (the CLI and the bench; never on the browser's path): forms rendered on worker threads, one per core, so
// a large export uses every core. Same renderer as in-process, same bytes.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { BUNDLE_CACHE_DIR, cachedBundle } from '../cli/bundle-cache.mjs';
import type { FormRenderer, RenderedForm } from './committee';
import type { RenderWorkerData } from './render-worker';

interface Job {
  resolve: (b: RenderedForm) => void;
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

const WORKER_ENTRY = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

/** The threads' script: the cached bundle, or TypeScript through tsx when it cannot be built (slower, same bytes). */
async function workerScript(): Promise<string | URL> {
  try {
    return await cachedBundle(WORKER_ENTRY, BUNDLE_CACHE_DIR);
  } catch (e) {
    process.emitWarning(`render-worker bundle not built (${(e as Error).message}); using tsx`);
    return new URL('./render-worker.mjs', import.meta.url);
  }
}

/**
 * Threads rendering thousands of forms make garbage fast, and V8 then lets each heap grow to several times what is
 * live between collections: 600–730 MB for 1,000 applicants. Growing a heap by at most its live size keeps that export
 * near 490 MB for 6–10 % more time. Set before the threads start, and for this process only.
 */
const HEAP_GROWING_PERCENT = 100;
/**
 * A young generation of 64 MB per thread instead of V8's default: a form's objects mostly die young, and fewer of them
 * are promoted to be marked later. 1,000 applicants, paired runs: 12 % less time for 80 MB more (about 555 MB).
 */
const YOUNG_GENERATION_MB = 64;

export async function renderPool(opts: RenderPoolOptions = {}): Promise<RenderPool> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const size = Math.max(1, opts.size ?? availableParallelism());
  const script = await workerScript();
  const workerData: RenderWorkerData = { date: opts.date?.toISOString() ?? null };
  const workers = Array.from({ length: size }, () => {
    const slot = { w: new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), jobs: new Map<number, Job>(), dead: false };
    slot.w.on('message', (m: { id: number; bytes?: RenderedForm; missingGlyphs?: string[]; error?: string }) => {
      const j = slot.jobs.get(m.id);
      if (!j) return;
      slot.jobs.delete(m.id);
      if (m.bytes) j.resolve(m.missingGlyphs ? Object.assign(m.bytes, { missingGlyphs: m.missingGlyphs }) : m.bytes);
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
  const render: FormRenderer = (formId, data, format) => {
    // The least busy live thread; ties go to the first.
    const live = workers.filter((s) => !s.dead);
    if (!live.length) return Promise.reject(new Error('no render thread left'));
    const slot = live.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = nextId++;
    return new Promise<RenderedForm>((resolve, reject) => {
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
