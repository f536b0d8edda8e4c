// The one renderer both the CLI and the page's worker use: PDF, DOCX and XLSX from forms/render, fonts from a loader.
import type { FontLoader } from '../fonts/loader';
import type { ResolvedDocument } from '../document/resolved';
import { renderResolvedDocx, renderResolvedPdf, renderResolvedXlsx, resolveForm } from '../render/index';
import type { FormRenderer, RenderedForm } from './committee';
import type { FormFormat } from './dossier';

export interface RendererOptions {
  /** Default: the platform's loader (public/fonts on disk in Node, /fonts/ fetched in a browser). */
  fonts?: FontLoader;
  /** Stamped as the documents' creation date (PDF, DOCX, XLSX), so one export is one set of bytes. */
  date?: Date;
}

export function formRenderer(opts: RendererOptions = {}): FormRenderer {
  const date = opts.date ? { date: opts.date } : {};
  const renderAs = async (doc: ResolvedDocument, format: FormFormat): Promise<RenderedForm> => {
    if (format === 'xlsx') return renderResolvedXlsx(doc, date);
    if (format === 'docx') return renderResolvedDocx(doc, date);
    const r = await renderResolvedPdf(doc, opts);
    const out: RenderedForm = r.bytes;
    if (r.layout.missingGlyphs.length) out.missingGlyphs = r.layout.missingGlyphs;
    if (r.layout.warningsZh.length) out.warnings = r.layout.warningsZh;
    return out;
  };
  return async (formId, data, formats) => {
    // Built and resolved once, whatever the formats: every renderer encodes the same document.
    const doc = resolveForm(formId, data as never);
    const out: RenderedForm[] = [];
    for (const f of formats) out.push(await renderAs(doc, f));
    return out;
  };
}
