// What "the same form" means when the renderers change underneath the definitions: every form the sample roster's
// plans name, rendered as PDF, DOCX (and XLSX for the committee's tables), reduced to what a reader sees — the PDF's
// words with their boxes (pdftotext -bbox), the DOCX's document.xml and styles.xml with drawing ids numbered in order,
// the XLSX's cells, merges and styles. Used by same-output.test.ts against a committed digest of each.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { Settings } from '../../shared/model';
import { SAMPLE_APPLICANTS } from '../../shared/sample/applicants';
import { SAMPLE_RECORDS } from '../../shared/sample/records';
import { FORMS, documentName, jobsFor, type FormSource } from '../../forms/definitions/index';
import { formRenderer } from '../../forms/export/renderer';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { emptyFontconfig } from './poppler';

/** The sample as the demo uses it: every record, a meeting and its 公示, an office's contact. */
export const SAMPLE_SOURCE: FormSource = {
  applicants: SAMPLE_APPLICANTS,
  records: [...SAMPLE_RECORDS],
  settings: Settings.parse({ checker: '李查验', publicityContact: '024-0000000（示例）' }),
  meeting: { date: '2026-11-13', publicityFrom: '2026-11-16' },
};

const TABLE_FORMS = new Set(['statistics', 'checklist']);

export interface RenderedFile {
  /** `<form>/<applicant id>/<document name>.<ext>`: stable across runs. */
  name: string;
  format: 'pdf' | 'docx' | 'xlsx';
  bytes: Uint8Array;
}

/** Every form of the sample, in every format the CLI and the export write. */
export async function renderSample(source: FormSource = SAMPLE_SOURCE): Promise<RenderedFile[]> {
  const render = formRenderer({ fonts: nodeFontLoader(), date: new Date('2026-11-30T00:00:00Z') });
  const out: RenderedFile[] = [];
  const seen = new Map<string, number>();
  for (const form of FORMS) {
    for (const job of jobsFor(form, source)) {
      const base = `${form.id}/${job.applicant?.id ?? 'committee'}/${documentName(form.id, job.data)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const name = n > 1 ? `${base}-${n}` : base;
      const formats: RenderedFile['format'][] = ['pdf', 'docx', ...(TABLE_FORMS.has(form.id) ? (['xlsx'] as const) : [])];
      const bytes = await render(form.id, job.data, formats);
      formats.forEach((format, i) => out.push({ name: `${name}.${format}`, format, bytes: bytes[i]! }));
    }
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'zhicheng-fingerprint-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/**
 * The words of a PDF with their boxes in pt (two decimals), page by page, and a digest of each page drawn at 50 dpi
 * without system fonts (rules, seal outlines and QR codes are not words); metadata (dates) left out.
 */
export function pdfWords(bytes: Uint8Array): string {
  const file = join(work, 'f.pdf');
  writeFileSync(file, bytes);
  const pages = execFileSync('pdftoppm', ['-r', '50', '-gray', file], { env: { ...process.env, FONTCONFIG_FILE: emptyFontconfig() }, maxBuffer: 256 << 20 });
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines: string[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    const r = (s: string) => Number(s).toFixed(2);
    lines.push(m[1] ? `page ${r(m[1])} ${r(m[2]!)}` : `${r(m[3]!)} ${r(m[4]!)} ${r(m[5]!)} ${r(m[6]!)} ${m[7]}`);
  }
  return `${lines.join('\n')}\npixels ${createHash('sha256').update(pages).digest('hex')}`;
}

/** document.xml and styles.xml of a DOCX, drawing ids renumbered in order of appearance, one element per line. */
export function docxXml(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  const ids = new Map<string, number>();
  const normal = (xml: string) =>
    xml
      .replace(/(<wp:docPr id=|<pic:cNvPr id=|w14:paraId=|w14:textId=)"([^"]*)"/g, (_, k: string, v: string) => {
        if (!ids.has(v)) ids.set(v, ids.size + 1);
        return `${k}"${ids.get(v)}"`;
      })
      .replace(/></g, '>\n<');
  return ['word/document.xml', 'word/styles.xml'].map((p) => `== ${p}\n${normal(strFromU8(parts[p]!))}`).join('\n');
}

/** Every cell of every sheet (address, value, style), merges and column widths. */
export async function xlsxCells(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.eachSheet((ws) => {
    lines.push(`sheet ${ws.name}`, `merges ${JSON.stringify(ws.model.merges)}`, `columns ${JSON.stringify(ws.columns?.map((c) => c.width) ?? [])}`);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        lines.push(`${r},${c} ${JSON.stringify(cell.value)} ${JSON.stringify({ font: cell.font, alignment: cell.alignment, border: cell.border, fill: cell.fill, numFmt: cell.numFmt })}`);
      });
    });
  });
  return lines.join('\n');
}

/** What a reader sees of a file, as text. */
export async function fingerprint(f: RenderedFile): Promise<string> {
  return f.format === 'pdf' ? pdfWords(f.bytes) : f.format === 'docx' ? docxXml(f.bytes) : xlsxCells(f.bytes);
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
