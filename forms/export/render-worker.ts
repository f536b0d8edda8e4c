// One render-pool thread: renders the forms it is sent and sends the bytes back (transferred, not copied).
import { ownedBytes } from '../../shared/bytes';
import { parentPort, workerData } from 'node:worker_threads';
import type { FormId } from '../definitions/form';
import type { FormFormat } from './dossier';
import { formRenderer } from './renderer';

export interface RenderWorkerData {
  date: string | null;
}

/** One form to render in each of `formats`. */
export interface RenderWorkerJob {
  id: number;
  formId: FormId;
  data: unknown;
  formats: readonly FormFormat[];
}

/** The form's files in the order of the job's formats, or why it failed. */
export interface RenderWorkerReply {
  id: number;
  forms?: { bytes: Uint8Array; missingGlyphs?: readonly string[] }[];
  error?: string;
}

const { date } = workerData as RenderWorkerData;
const render = formRenderer(date ? { date: new Date(date) } : {});

parentPort!.on('message', (m: RenderWorkerJob) => {
  render(m.formId, m.data, m.formats).then(
    (rendered) => {
      const forms = rendered.map((r) => ({ bytes: ownedBytes(r), ...(r.missingGlyphs ? { missingGlyphs: r.missingGlyphs } : {}) }));
      parentPort!.postMessage({ id: m.id, forms } satisfies RenderWorkerReply, forms.map((f) => f.bytes.buffer as ArrayBuffer));
    },
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies RenderWorkerReply),
  );
});
