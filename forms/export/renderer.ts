// The one renderer both the CLI and the page's worker use: PDF, DOCX and XLSX from forms/render, fonts from a loader.
import type { FontLoader } from '../fonts/loader';
import { renderDocxDocument } from '../render/docx/index';
import { buildDocument, renderPdf, renderXlsx } from '../render/index';
import type { FormRenderer } from './committee';

export interface RendererOptions {
  /** Default: the platform's loader (public/fonts on disk in Node, /fonts/ fetched in a browser). */
  fonts?: FontLoader;
  /** Stamped as the PDFs' creation date, so one export is one set of bytes. */
  date?: Date;
}

export function formRenderer(opts: RendererOptions = {}): FormRenderer {
  return (formId, data, format) => {
    if (format === 'pdf') return renderPdf(formId, data as never, opts);
    if (format === 'xlsx') return renderXlsx(formId, data as never, opts.date ? { date: opts.date } : {});
    return renderDocxDocument(buildDocument(formId, data as never));
  };
}
