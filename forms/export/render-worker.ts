// One render-pool thread: renders the forms it is sent and sends the bytes back (transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import type { FormId } from '../definitions/form';
import type { FormFormat } from './dossier';
import { formRenderer } from './renderer';

export interface RenderWorkerData {
  date: string | null;
}

const { date } = workerData as RenderWorkerData;
const render = formRenderer(date ? { date: new Date(date) } : {});

parentPort!.on('message', (m: { id: number; formId: FormId; data: unknown; format: FormFormat }) => {
  render(m.formId, m.data, m.format).then(
    (bytes) => {
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      parentPort!.postMessage({ id: m.id, bytes: own, missingGlyphs: bytes.missingGlyphs }, [own.buffer as ArrayBuffer]);
    },
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
