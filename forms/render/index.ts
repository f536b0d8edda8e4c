// The forms' render API, for Node (CLI, export) and the browser (extension, static page) alike: nothing on the
// browser's path imports node:*; fonts come through a FontLoader (forms/fonts), by default the platform's own.
import type { Document } from '../document/model';
import { resolveDocument, type ResolvedDocument } from '../document/resolved';
import { formById, type FormId, type FormInput, type InputData } from '../definitions/index';
import { browserFontLoader } from '../fonts/browser-loader';
import { fontSetFor } from '../fonts/fontset';
import type { FontLoader } from '../fonts/loader';
import { renderDocumentPdf, type PdfResult } from './pdf/index';
import { platformDeflate } from './pdf/deflate';
import { runsInNode } from './platform';

export interface RenderPdfOptions {
  /** Where fonts come from; default: public/fonts/ read from disk in Node, fetched from /fonts/ in a browser. */
  fonts?: FontLoader;
  /** PDF CreationDate/ModDate (default now): fix it for byte-identical output. */
  date?: Date;
}

export class UnknownFormError extends Error {
  override name = 'UnknownFormError';
}

let defaultLoader: Promise<FontLoader> | undefined;

/** public/fonts on disk under Node; the extension's or page's /fonts/ in a browser. */
export function defaultFontLoader(): Promise<FontLoader> {
  defaultLoader ??= (async () => {
    if (runsInNode()) return (await import('../fonts/node-loader')).nodeFontLoader();
    const g = globalThis as { chrome?: { runtime?: { getURL?: (p: string) => string } }; location?: { href: string } };
    const base = g.chrome?.runtime?.getURL?.('/fonts/') ?? new URL('/fonts/', g.location?.href ?? 'http://localhost/').href;
    return browserFontLoader(base);
  })();
  return defaultLoader;
}

/** The document a form makes from its data (what both renderers draw). */
export function buildDocument<I extends FormInput>(formId: FormId | string, data: InputData[I]): Document {
  const form = formById(formId);
  if (!form) throw new UnknownFormError(`unknown form: ${formId}`);
  return (form.build as (d: InputData[I]) => Document)(data);
}

/** The form's document with every default decided: what each renderer encodes. Build it once for several formats. */
export function resolveForm<I extends FormInput>(formId: FormId | string, data: InputData[I]): ResolvedDocument {
  return resolveDocument(buildDocument(formId, data));
}

/** A resolved document as PDF, with its layout (boxes, placed values, warnings). */
export async function renderResolvedPdf(doc: ResolvedDocument, opts: RenderPdfOptions = {}): Promise<PdfResult> {
  const fonts = await fontSetFor(opts.fonts ?? (await defaultFontLoader()));
  return renderDocumentPdf(doc, fonts, { ...(opts.date ? { date: opts.date } : {}), deflate: await platformDeflate() });
}

/** Renders a form as PDF, with its layout (boxes, placed values, warnings) for tests and callers that report. */
export async function renderPdfWithLayout<I extends FormInput>(formId: FormId | string, data: InputData[I], opts: RenderPdfOptions = {}): Promise<PdfResult> {
  return renderResolvedPdf(resolveForm(formId, data), opts);
}

/** Renders a form as PDF. */
export async function renderPdf<I extends FormInput>(formId: FormId | string, data: InputData[I], opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  return (await renderPdfWithLayout(formId, data, opts)).bytes;
}

export type { PdfResult };
export type { DocumentLayout, PlacedValue, PageLayout } from './pdf/items';

// ── DOCX (forms/render/docx) ──

export interface RenderDocxOptions {
  /**
   * Embed subsets of the renderers' fonts under 宋体 / SimSun-ExtB so the file looks like the PDF where SimSun is
   * missing: `true` takes the default loader. Off by default (Word and WPS have SimSun; see DocxOptions.fonts).
   */
  embedFonts?: boolean | FontLoader;
  /** Stamped in the package (core.xml, ZIP entries); default now. Fix it for byte-identical output. */
  date?: Date;
}

/** A resolved document as DOCX. */
export async function renderResolvedDocx(doc: ResolvedDocument, opts: RenderDocxOptions = {}): Promise<Uint8Array> {
  const fonts = opts.embedFonts === true ? await defaultFontLoader() : opts.embedFonts || undefined;
  // Loaded on first use (the docx library is half the renderer's code): a page's first PDF preview does not wait for it.
  const { renderDocxDocument } = await import('./docx/index');
  return renderDocxDocument(doc, { ...(fonts ? { fonts } : {}), ...(opts.date ? { date: opts.date } : {}) });
}

/** Renders a form as DOCX: real Word tables in 宋体, the same content and order as the PDF. */
export async function renderDocx<I extends FormInput>(formId: FormId | string, data: InputData[I], opts: RenderDocxOptions = {}): Promise<Uint8Array> {
  return renderResolvedDocx(resolveForm(formId, data), opts);
}

// ── XLSX (forms/render/xlsx): the committee's tables as spreadsheets, from the same definition ──

/** A resolved document as one XLSX sheet. */
export async function renderResolvedXlsx(doc: ResolvedDocument, opts: { date?: Date } = {}): Promise<Uint8Array> {
  const { renderXlsxDocument } = await import('./xlsx/index');
  return renderXlsxDocument(doc, opts);
}

/** Renders a form's document as one XLSX sheet. */
export async function renderXlsx<I extends FormInput>(formId: FormId | string, data: InputData[I], opts: { date?: Date } = {}): Promise<Uint8Array> {
  return renderResolvedXlsx(resolveForm(formId, data), opts);
}
