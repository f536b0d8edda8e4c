// Entry of a render-pool thread: TypeScript through tsx (as bin/zhicheng.mjs does), then the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
