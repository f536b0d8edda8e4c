// What the page's worker does, as plain functions (no DOM, no worker globals), so they are tested in Node as they run
// in the browser: learn where fonts come from, read a roster or a backup, render one form, stream the whole export.
// `WorkerApi` is the one interface of the page↔worker calls: the page's proxy (rpc.ts `client`) is derived from it.
import { concatBytes } from '../../shared/bytes';
import type { Backup } from '../../shared/model';
import type { ImportResult } from '../../shared/roster';
import { parseBackup } from '../../shared/store/backup-file';
import { StoreError } from '../../shared/store/errors';
import type { FormId } from '../definitions/form';
import { warmFonts } from '../fonts/fontset';
import type { FontLoader } from '../fonts/loader';
import type { CommitteeExportInput, ExportProgress, FormRenderer, MissingGlyphs } from '../export/committee';
import type { FormFormat } from '../export/dossier';
import type { Manifest } from '../export/manifest';
import type { CallSink } from './rpc';

/** An error whose message is for the user (Chinese): shown as it is. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Chunks are gathered to about this size before crossing to the page (fewer, larger messages). */
const CHUNK_BATCH = 1 << 20;

// The roster reader (exceljs) and the export load when first used: the worker's start, which the first preview waits
// for, parses only the renderer.
const roster = () => import('../../shared/roster');

/** Where the fonts are fetched from: a URL ending in '/'. */
export type FontSource = { base: string };

export interface RenderedFile {
  bytes: Uint8Array;
  /** What to know before printing it (Chinese), as the layout says it: a character printed as 〓, content cut off. */
  warnings: string[];
}

export interface WorkerApi {
  /** Where the renderer reads fonts from; every render waits for it. */
  configure(sink: CallSink, source: FontSource): Promise<void>;
  importRoster(sink: CallSink, fileName: string, bytes: Uint8Array): Promise<ImportResult>;
  importBackup(sink: CallSink, fileName: string, bytes: Uint8Array): Promise<Backup>;
  rosterTemplate(sink: CallSink): Promise<Uint8Array>;
  /**
   * Renders a form a page is about to ask for (the panel, as it opens the generator page): the next identical
   * `renderForm`, from any page of this engine, takes it instead of rendering again.
   */
  renderAhead(sink: CallSink, formId: FormId, data: unknown, format: FormFormat): Promise<void>;
  /** The file and its warnings (a property on the bytes would not cross to the page). */
  renderForm(sink: CallSink, formId: FormId, data: unknown, format: FormFormat): Promise<RenderedFile>;
  /** The manifest, and each file's characters printed as 〓 (the CLI refuses those; the page says which). */
  exportZip(sink: CallSink, input: CommitteeExportInput): Promise<{ manifest: Manifest; missingGlyphs: MissingGlyphs[] }>;
}

/** A renderer with these fonts, stamping `date` (the export's creation time) on the documents; now when absent. */
export type RendererFactory = (fonts: FontLoader, date?: Date) => FormRenderer;

/**
 * The one render made ahead, per worker (a shared worker serves several pages): kept until an identical request takes
 * it or another replaces it. Keyed by everything the bytes depend on, so a request never gets another form's file.
 */
let ahead: { key: string; file: Promise<RenderedFile> } | undefined;

export function workerApi(loaderFor: (source: FontSource) => FontLoader, renderer: RendererFactory): WorkerApi {
  let fonts: FontLoader | undefined;
  const rendererFor = (date?: Date): FormRenderer => {
    if (!fonts) throw new Error('worker not configured: font source unknown');
    return renderer(fonts, date);
  };
  const keyOf = (formId: FormId, data: unknown, format: FormFormat) => JSON.stringify([fonts?.key, formId, format, data]);
  const render = async (formId: FormId, data: unknown, format: FormFormat): Promise<RenderedFile> => {
    const file = (await rendererFor()(formId, data, [format]))[0]!;
    return { bytes: file, warnings: [...(file.warnings ?? [])] };
  };
  return {
    async configure(_sink, source) {
      fonts = loaderFor(source);
      // Loading starts now, while the page reads its data, and the subsetter runs once (its code compiles on first
      // use): the first preview would otherwise wait for both. A failure is reported by the render that needs the fonts.
      warmFonts(fonts);
    },
    async importRoster(_sink, fileName, bytes) {
      try {
        return await (await roster()).importRoster(bytes, fileName);
      } catch (e) {
        const { RosterError } = await roster();
        if (e instanceof RosterError) throw new UserError(e.message);
        throw e;
      }
    },
    async importBackup(_sink, fileName, bytes) {
      try {
        return parseBackup(new TextDecoder().decode(bytes));
      } catch (e) {
        if (e instanceof StoreError) throw new UserError(`“${fileName}”：${e.message}`);
        throw e;
      }
    },
    rosterTemplate: async () => (await roster()).rosterTemplateXlsx(),
    async renderAhead(_sink, formId, data, format) {
      const key = keyOf(formId, data, format);
      if (ahead?.key === key) return;
      const file = render(formId, data, format);
      ahead = { key, file };
      await file.then(
        () => {},
        () => ahead?.file === file && (ahead = undefined), // the page's own request renders again and reports it
      );
    },
    async renderForm(_sink, formId, data, format) {
      const key = keyOf(formId, data, format);
      if (ahead?.key === key) {
        const { file } = ahead;
        ahead = undefined;
        return file;
      }
      return render(formId, data, format);
    },
    async exportZip(sink, input) {
      const { exportCommittee } = await import('../export/committee');
      const missingGlyphs: MissingGlyphs[] = [];
      const gen = exportCommittee(input, {
        render: rendererFor(input.createdAt ? new Date(input.createdAt) : undefined),
        signal: sink.signal,
        onProgress: (p: ExportProgress) => sink.progress(p),
        onMissingGlyphs: (m) => missingGlyphs.push(m),
      });
      let batch: Uint8Array[] = [];
      let size = 0;
      const flush = () => {
        if (!size) return;
        sink.chunk(concatBytes(batch));
        batch = [];
        size = 0;
      };
      for (let r = await gen.next(); ; r = await gen.next()) {
        if (r.done) {
          flush();
          return { manifest: r.value, missingGlyphs };
        }
        batch.push(r.value);
        size += r.value.length;
        if (size >= CHUNK_BATCH) flush();
      }
    },
  };
}
