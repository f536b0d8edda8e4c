// The one renderer both the CLI and the page's worker use: PDF, DOCX and XLSX from forms/render, fonts from a loader.
import type { FontLoader } from '../fonts/loader';
import { renderDocxDocument } from '../render/docx/index';
import { buildDocument, renderPdfWithLayout, renderXlsx } from '../render/index';
import type { FormRenderer, RenderedForm } from './committee';

export interface RendererOptions {
  /** Default: the platform's loader (public/fonts on disk in Node, /fonts/ fetched in a browser). */
  fonts?: FontLoader;
  /** Stamped as the PDFs' creation date, so one export is one set of bytes. */
  date?: Date;
}

export function formRenderer(opts: RendererOptions = {}): FormRenderer {
  return async (formId, data, format) => {
    if (format === 'xlsx') return renderXlsx(formId, data as never, opts.date ? { date: opts.date } : {});
    if (format !== 'pdf') return renderDocxDocument(buildDocument(formId, data as never));
    const r = await renderPdfWithLayout(formId, data as never, opts);
    const out: RenderedForm = r.bytes;
    if (r.layout.missingGlyphs.length) out.missingGlyphs = r.layout.missingGlyphs;
    return out;
  };
}
