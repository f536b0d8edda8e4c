/// <reference lib="webworker" />
// The page's worker: rendering and the export run here, so the page stays responsive.
import type { Endpoint } from './rpc';
import { serveWorkerSide } from './worker-side';

serveWorkerSide(self as unknown as Endpoint);
