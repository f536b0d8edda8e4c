// A render thread's script when the pool runs from the sources (tests under vitest): the TypeScript through tsx. The
// built CLI starts dist/cli/render-worker.mjs instead (see render-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
