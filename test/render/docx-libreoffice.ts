// Looking at a DOCX on this machine: LibreOffice converts it to PDF, poppler reads the PDF back. One LibreOffice call
// converts many files (~90 ms each instead of ~1.5 s alone); each call gets a private profile so parallel runs do
// not clash. A fontconfig file maps the Windows fonts the DOCX names to the installed look-alikes, so the page looks
// as Word would show it.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

const run = promisify(execFile);

export const SERIF_CJK = 'Noto Serif CJK SC';
/** HanaMinB (Debian fonts-hanazono) has CJK Extension B, as SimSun-ExtB has on Windows. */
export const EXT_B_FONT = 'HanaMinB';

const alias = (from: string, to: string) =>
  `<alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`;

/**
 * fonts.conf: the system's fonts, with 宋体/SimSun/新宋体 → Noto Serif CJK SC and SimSun-ExtB → HanaMinB.
 * `fonts: 'latin-only'` leaves out every CJK font (to prove an embedded font is what draws the text).
 */
export function writeFontconfig(dir: string, fonts: 'aliased' | 'latin-only' = 'aliased'): string {
  const dirs = fonts === 'aliased' ? ['/usr/share/fonts'] : ['/usr/share/fonts/truetype/dejavu'];
  const aliases =
    fonts === 'aliased'
      ? [
          ...['宋体', 'SimSun', '新宋体', 'NSimSun'].map((f) => alias(f, SERIF_CJK)),
          alias('SimSun-ExtB', EXT_B_FONT),
        ]
      : [];
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${join(tmpdir(), `zhicheng-fc-cache-${fonts}`)}</cachedir>
${aliases.map((a) => `  ${a}`).join('\n')}
</fontconfig>
`;
  const file = join(dir, `fonts-${fonts}.conf`);
  writeFileSync(file, conf);
  return file;
}

export interface Converted {
  /** PDF path for each input, same order. */
  pdfs: string[];
  ms: number;
}

/** Converts DOCX files to PDF with one LibreOffice call (a private profile, the given fontconfig). */
export async function convertToPdf(docxFiles: readonly string[], outDir: string, fontconfig: string): Promise<Converted> {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const t0 = performance.now();
  await run(
    'libreoffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
    { env: { ...process.env, FONTCONFIG_FILE: fontconfig, HOME: profile }, timeout: 240_000, maxBuffer: 16 << 20 },
  );
  const ms = performance.now() - t0;
  const made = new Set(readdirSync(outDir));
  const pdfs = docxFiles.map((f) => {
    const pdf = basename(f).replace(/\.docx$/, '.pdf');
    if (!made.has(pdf)) throw new Error(`LibreOffice made no ${pdf}`);
    return join(outDir, pdf);
  });
  return { pdfs, ms };
}

/**
 * The PDF's text in content-stream order (-raw): LibreOffice writes a table cell by cell, so a value that wraps
 * beside a label that wraps too still reads as one run of text.
 */
export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 << 20 })).stdout;
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
}

/** Text of each page (pdftotext separates pages with form feeds). */
export async function pdfPages(pdf: string): Promise<string[]> {
  return (await pdfText(pdf)).split('\f').slice(0, await pdfPageCount(pdf));
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type2] encoding emb sub uni id gen: emb is the 5th field from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** PNGs of every page (`<prefix>-<n>.png`); returns pdftoppm's stderr (font warnings show there). */
export async function pdfToPngs(pdf: string, prefix: string, dpi = 60, fontconfig?: string): Promise<string> {
  const { stderr } = await run('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], {
    env: { ...process.env, ...(fontconfig ? { FONTCONFIG_FILE: fontconfig } : {}) },
  });
  return stderr;
}

/** The parts of a DOCX (a ZIP) as text, by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, k.endsWith('.xml') || k.endsWith('.rels') ? strFromU8(v) : '']));
}

/**
 * The East Asian font and language a run is set in: its own, or else the document defaults' (styles.xml docDefaults),
 * which reach every run because the default paragraph style (Normal) sets neither.
 */
export function runFontAndLanguage(run: string, stylesXml: string): { font?: string; lang?: string } {
  const normal = /<w:style w:type="paragraph" w:styleId="Normal"[^]*?<\/w:style>/.exec(stylesXml)?.[0] ?? '';
  if (/<w:rFonts|<w:lang/.test(normal)) throw new Error('the Normal style overrides the document defaults');
  const defaults = /<w:rPrDefault>[^]*?<\/w:rPrDefault>/.exec(stylesXml)?.[0] ?? '';
  const font = (xml: string) => /<w:rFonts[^>]*w:eastAsia="([^"]+)"/.exec(xml)?.[1];
  const lang = (xml: string) => /<w:lang[^>]*w:eastAsia="([^"]+)"/.exec(xml)?.[1];
  return { font: font(run) ?? font(defaults), lang: lang(run) ?? lang(defaults) };
}

/** The binary parts of a DOCX, by path. */
export const docxFiles = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/** Removes every kind of white space (pdftotext breaks lines and spreads 分散对齐 labels). */
export const squashSpace = (s: string): string => s.replace(/[\s\u00A0\u3000\u200B]+/g, '');
