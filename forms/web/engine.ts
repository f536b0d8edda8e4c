// The page's handle on its worker: every heavy job (reading files, rendering, the export) goes through here.
import { MAX_BACKUP_BYTES, MAX_ROSTER_BYTES, tooLarge } from '../../shared/limits';
import type { Backup } from '../../shared/model';
import type { ImportResult } from '../../shared/roster';
import type { FormId } from '../definitions/form';
import type { CommitteeExportInput, ExportProgress, MissingGlyphs } from '../export/committee';
import { dossierJobs, type FormFormat } from '../export/dossier';
import type { ExportData } from '../export/merge';
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
  /**
   * Renders, ahead, the form the generator page previews first for this data (the first applicant's first form, as
   * app.tsx and PreviewPane choose): the panel calls it as it opens the page, which then finds it made.
   */
  renderFirstPreviewAhead(data: ExportData): Promise<void>;
  /** The whole export as one Blob (the worker streams it over in batches). */
  exportZip(input: CommitteeExportInput, opts: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void }): Promise<{ blob: Blob; manifest: Manifest; missingGlyphs: MissingGlyphs[] }>;
}

/** Where the pages' fonts are: the fonts/ folder beside the page (the extension's pages all sit at its root). */
export const pageFontBase = (): string => new URL('fonts/', document.baseURI).href;

async function endpoint(): Promise<{ ep: Endpoint; onCrash: (cb: (m: string) => void) => void }> {
  try {
    // Shared, not dedicated: a page that opens while another keeps the engine warm renders at once.
    const w = new SharedWorker(new URL('./shared-worker.ts', import.meta.url), { type: 'module', name: 'zhicheng-engine' });
    w.port.start();
    return { ep: w.port, onCrash: (cb) => w.addEventListener('error', () => cb('worker error')) };
  } catch {
    // A browser or origin without module shared workers (a page opened from file://): the same code, on a
    // MessageChannel in the page.
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
    async renderFirstPreviewAhead(data) {
      const applicant = data.applicants[0];
      const job = applicant && dossierJobs(applicant, data.records, data.settings)[0];
      if (job) await api.renderAhead(job.formId, job.data, 'pdf');
    },
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
