// Node only. How a render thread starts — its script and the V8 settings of rendering threads — in one place, so
// render-pool only hands out work.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { RenderWorkerData } from './render-worker';

/**
 * The thread's script, found beside this module. In the built CLI (dist/cli/, scripts/build-cli.mjs) that is the
 * built render-worker.mjs; in the sources, which only tests run, it is forms/export/render-worker.mjs, which loads the
 * TypeScript through tsx (slower to start, same bytes).
 */
const SCRIPT = new URL('./render-worker.mjs', import.meta.url);

/**
 * The V8 settings of render threads, the only ones the CLI sets. Threads rendering thousands of forms make garbage
 * fast, and V8 then lets each heap grow to several times what is live between collections: 600–730 MB for 1,000
 * applicants.
 * - heapGrowingPercent: a heap grows by at most its live size, which keeps that export near 490 MB for 6–10 % more
 *   time. A V8 flag, so process-wide: set before the first thread starts, and only in a process that renders.
 * - youngGenerationMb: 16 MB per thread. 64 MB measured 12 % faster once; with today's renderer it is not, and costs
 *   about 110 MB: 1,000 applicants, PDF and DOCX, quiet 2-core machine: 16 MB 38–45 s, 469–491 MB (3 runs); 32 MB
 *   45–47 s, 501–507 MB; 64 MB 42–43 s, 589–604 MB (2 runs each).
 */
const RENDER_THREAD_V8 = { heapGrowingPercent: 100, youngGenerationMb: 16 } as const;

export function startRenderThread(workerData: RenderWorkerData): Worker {
  setFlagsFromString(`--heap-growing-percent=${RENDER_THREAD_V8.heapGrowingPercent}`);
  return new Worker(SCRIPT, { workerData, resourceLimits: { maxYoungGenerationSizeMb: RENDER_THREAD_V8.youngGenerationMb } });
}
