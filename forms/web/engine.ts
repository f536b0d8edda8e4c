// The page's handle on its worker: every heavy job (reading files, rendering, the export) goes through here.
import { MAX_BACKUP_BYTES, MAX_ROSTER_BYTES, tooLarge } from '../../shared/limits';
import type { Backup } from '../../shared/model';
import type { ImportResult } from '../../shared/roster';
import type { FormId } from '../definitions/form';
import type { CommitteeExportInput, ExportProgress, MissingGlyphs } from '../export/committee';
import type { FormFormat } from '../export/dossier';
import type { Manifest } from '../export/manifest';
import type { FontSource, RenderedFile, WorkerApi } from './handlers';
import { client, type Endpoint } from './rpc';

export interface Engine {
  /** Where the renderer reads fonts from. */
  configure(source: FontSource): Promise<void>;
  importRoster(file: File): Promise<ImportResult>;
  importBackup(file: File): Promise<Backup>;
  rosterTemplate(): Promise<Uint8Array>;
  renderForm(formId: FormId, data: unknown, format: FormFormat, signal?: AbortSignal): Promise<RenderedFile>;
  /** The whole export as one Blob (the worker streams it over in batches). */
  exportZip(input: CommitteeExportInput, opts: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void }): Promise<{ blob: Blob; manifest: Manifest; missingGlyphs: MissingGlyphs[] }>;
}

async function endpoint(): Promise<{ ep: Endpoint; onCrash: (cb: (m: string) => void) => void }> {
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    return { ep: w, onCrash: (cb) => w.addEventListener('error', (e) => cb(e.message || 'worker error')) };
  } catch {
    // A browser that refuses to start the module worker: same code, on a MessageChannel in the page.
    const { serveWorkerSide } = await import('./worker-side');
    const ch = new MessageChannel();
    serveWorkerSide(ch.port2);
    ch.port1.start();
    ch.port2.start();
    return { ep: ch.port1, onCrash: () => {} };
  }
}

/** A picked file's bytes, refused before reading when over the cap (the same caps as the CLI and the panel). */
async function bytesOf(file: File, max: number): Promise<Uint8Array> {
  if (file.size > max) throw new Error(tooLarge(`“${file.name}”`, file.size, max));
  return new Uint8Array(await file.arrayBuffer());
}

export async function createEngine(): Promise<Engine> {
  const { ep, onCrash } = await endpoint();
  const rpc = client<WorkerApi>(ep);
  onCrash((m) => rpc.failAll(`后台处理意外中止（${m}），请刷新页面后重试。`));
  const { api } = rpc;
  return {
    configure: (source) => api.configure(source),
    importRoster: async (file) => api.importRoster(file.name, await bytesOf(file, MAX_ROSTER_BYTES)),
    importBackup: async (file) => api.importBackup(file.name, await bytesOf(file, MAX_BACKUP_BYTES)),
    rosterTemplate: () => api.rosterTemplate(),
    renderForm: (formId, data, format, signal) => rpc.with(signal ? { signal } : {}).renderForm(formId, data, format),
    async exportZip(input, opts) {
      const parts: Blob[] = [];
      const { manifest, missingGlyphs } = await rpc
        .with({
          ...(opts.signal ? { signal: opts.signal } : {}),
          onProgress: (p) => opts.onProgress?.(p as ExportProgress),
          // Each batch becomes a Blob at once, so the browser may keep it outside the page's memory.
          onChunk: (c) => parts.push(new Blob([c as BlobPart])),
        })
        .exportZip(input);
      return { blob: new Blob(parts, { type: 'application/zip' }), manifest, missingGlyphs };
    },
  };
}
