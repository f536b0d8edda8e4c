// Every form as DOCX, opened by LibreOffice (with 宋体/SimSun-ExtB aliased to Noto Serif CJK SC/HanaMinB, as Word
// would show it) and read back with poppler: every bound value is on the page, histories continue on new pages
// under their repeated header, and every run is set in 宋体 (SimSun-ExtB beyond the BMP).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMS, jobsFor, type FormJob, type FormSource } from '../../forms/definitions';
import { cellBlocks, contentText, resolveContent, type Block, type CellBlock, type Content, type Document, type Table } from '../../forms/document';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { buildDocument, renderDocx } from '../../forms/render';
import type { Applicant } from '../../shared/model';
import {
  convertToPdf,
  docxParts,
  pdfFonts,
  pdfPages,
  pdfText,
  runFontAndLanguage,
  squashSpace,
  writeFontconfig,
} from './docx-libreoffice';
import { SAMPLE_APPLICANTS, SETTINGS, recordFor, sampleApplicant } from './helpers';

/** 王䶮 (Extension A), 陈𠮷祥 (Extension B), 刘建国 (the long history). */
const PEOPLE = ['a03', 'a04', 'a05', 'a13', 'a16'].map(sampleApplicant);
const LONG = 'a05';

const sourceOf = (applicants: readonly Applicant[]): FormSource => ({
  applicants: [...applicants],
  records: applicants.flatMap((a) => a.credentials.filter((c) => c.certNo !== '').map((c) => recordFor(a, c))),
  settings: SETTINGS,
});

interface Rendered {
  job: FormJob;
  doc: Document;
  docx: Uint8Array;
  file: string;
  pdf?: string;
}

/** The text of every bound value a document prints (not the QR code's, which is a picture), in order. */
function boundValues(doc: Document): string[] {
  const out: string[] = [];
  const add = (c: Content | undefined) => {
    for (const r of resolveContent(doc.data, c)) if (r.bind !== undefined && r.text.trim() !== '') out.push(r.text);
  };
  const visit = (b: Block | CellBlock): void => {
    if (b.type === 'title' || b.type === 'paragraph') add(b.text);
    else if (b.type === 'signatureLine') {
      add(b.label);
      if (typeof b.date === 'object' || typeof b.date === 'string') add(b.date);
    } else if (b.type === 'qr') add(b.caption);
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) cellBlocks(cell).forEach(visit);
  };
  doc.body.forEach(visit);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'docx-forms-'));
const rendered: Rendered[] = [];

beforeAll(async () => {
  const personal = sourceOf(PEOPLE);
  const committee = sourceOf(SAMPLE_APPLICANTS);
  for (const form of FORMS) {
    const jobs = jobsFor(form, form.input === 'committee' ? committee : personal);
    for (const [i, job] of jobs.entries()) {
      const doc = buildDocument(form.id, job.data);
      const docx = await renderDocx(form.id, job.data);
      const file = join(dir, `${form.id}-${job.applicant?.id ?? 'all'}-${i}.docx`);
      writeFileSync(file, docx);
      rendered.push({ job, doc, docx, file });
    }
  }
  const { pdfs } = await convertToPdf(
    rendered.map((r) => r.file),
    join(dir, 'pdf'),
    writeFontconfig(dir, 'aliased'),
  );
  pdfs.forEach((pdf, i) => (rendered[i]!.pdf = pdf));
}, 300_000);

describe.each(FORMS.map((f) => [f.id, f] as const))('%s as DOCX', (id) => {
  const mine = () => rendered.filter((r) => r.job.form.id === id);

  it('renders for the sample applicants', () => {
    expect(mine().length).toBeGreaterThan(0);
    for (const r of mine()) expect(r.docx.length).toBeGreaterThan(5_000);
  });

  it('puts every bound value on the page exactly (LibreOffice → pdftotext)', async () => {
    for (const r of mine()) {
      const text = squashSpace(await pdfText(r.pdf!));
      const values = boundValues(r.doc);
      expect(values.length, r.file).toBeGreaterThan(0);
      for (const v of values) expect(text, `${r.file}: ${v}`).toContain(squashSpace(v));
    }
  });

  it('names 宋体 (SimSun) in the font table and every run, SimSun-ExtB for characters beyond the BMP', async () => {
    for (const r of mine()) {
      const parts = docxParts(r.docx);
      expect(parts['word/fontTable.xml']).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>');
      expect(parts['word/fontTable.xml']).toContain('<w:font w:name="SimSun-ExtB">');
      for (const [path, xml] of Object.entries(parts)) {
        if (!/^word\/(document|footer\d*|header\d*)\.xml$/.test(path)) continue;
        for (const run of xml.match(/<w:r>.*?<\/w:r>/g) ?? []) {
          const text = [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
          if (text === '') continue;
          const wide = /[\u{10000}-\u{10FFFF}]/u.test(text);
          expect(runFontAndLanguage(run, parts['word/styles.xml']!), `${path}: ${text}`).toEqual({ font: wide ? 'SimSun-ExtB' : '宋体', lang: 'zh-CN' });
        }
      }
      // LibreOffice drew the text in the aliased serif, never a sans fallback.
      const fonts = (await pdfFonts(r.pdf!)).map((f) => f.name);
      expect(fonts.some((f) => /NotoSerifCJK/.test(f)), `${r.file}: ${fonts.join(', ')}`).toBe(true);
      expect(fonts.filter((f) => /Sans|DejaVu/.test(f)), r.file).toEqual([]);
    }
  });
});

describe('characters beyond the basic set', () => {
  it('prints 䶮 and 𠮷 — the latter in HanaMinB, as SimSun-ExtB would on Windows', async () => {
    const eva = rendered.filter((r) => r.job.form.id === 'evaluation');
    const texts = await Promise.all(eva.map((r) => pdfText(r.pdf!)));
    expect(texts.some((t) => t.includes('王䶮'))).toBe(true);
    expect(texts.some((t) => t.includes('陈𠮷祥'))).toBe(true);
    const withExtB = eva.find((r) => r.job.applicant?.id === 'a04')!;
    expect((await pdfFonts(withExtB.pdf!)).map((f) => f.name).join(' ')).toMatch(/HanaMinB/);
  });
});

describe('a long history', () => {
  it('spans pages with its header rows repeated on each', async () => {
    const r = rendered.find((x) => x.job.form.id === 'evaluation' && x.job.applicant?.id === LONG)!;
    const pages = (await pdfPages(r.pdf!)).map(squashSpace);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // The longest table of the form: its title row and its longest column label must head every page it is on.
    const longest = r.doc.body.filter((b): b is Table => b.type === 'table').reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const headerRows = longest.headerRows ?? 0;
    expect(headerRows).toBeGreaterThan(0);
    const cellText = (c: { text?: Content }) => squashSpace(contentText(r.doc.data, c.text));
    const longestOf = (texts: string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    const heads = longest.rows.slice(0, headerRows).map((row) => longestOf(row.cells.map(cellText)));
    const body = longest.rows.slice(headerRows).map((row) => longestOf(row.cells.map(cellText)));
    const first = pages.findIndex((p) => p.includes(body[0]!));
    const last = pages.findLastIndex((p) => p.includes(body[body.length - 1]!));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    for (let p = first; p <= last; p++) for (const h of heads) expect(pages[p], `page ${p + 1}: ${h}`).toContain(h);
  });
});

describe('embedded fonts', () => {
  it('draws the form from the embedded subsets on a machine with no Chinese font at all', async () => {
    const job = rendered.find((x) => x.job.form.id === 'verification' && x.job.applicant?.id === 'a04')!.job;
    const docx = await renderDocx(job.form.id, job.data, { embedFonts: nodeFontLoader() });
    const plain = rendered.find((x) => x.job === job)!.docx;
    const file = join(dir, 'embedded.docx');
    writeFileSync(file, docx);
    // Alone in its LibreOffice session: LibreOffice keeps the first document's embedded fonts for the session.
    const { pdfs } = await convertToPdf([file], join(dir, 'embedded'), writeFontconfig(dir, 'latin-only'));
    const fonts = await pdfFonts(pdfs[0]!);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/NotoSerifSC-Regular/);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/HanaMinB/);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(await pdfText(pdfs[0]!)).toContain('陈𠮷祥');
    // What embedding costs (printed for the report; bounded here so a whole face never slips in).
    const extra = docx.length - plain.length;
    console.log(`docx verification sheet: ${plain.length} B plain, ${docx.length} B with embedded subsets (+${extra} B)`);
    expect(extra).toBeGreaterThan(5_000);
    expect(extra).toBeLessThan(120_000);
  }, 120_000);
});
