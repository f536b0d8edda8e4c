// Poppler (Debian poppler-utils) for checking PDFs: fonts, rendering without system fonts, text and word boxes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export const work = mkdtempSync(join(tmpdir(), 'zhicheng-render-'));

/** A fontconfig with no font directories: poppler cannot substitute a system font for a broken embedded one. */
export function emptyFontconfig(): string {
  const file = join(work, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<fontconfig><cachedir>${join(work, 'fc-cache')}</cachedir></fontconfig>\n`);
  return file;
}

export function savePdf(name: string, bytes: Uint8Array): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export interface FontRow {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export function pdffonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|MacRoman|Standard)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l);
      if (!m) throw new Error(`unparsed pdffonts line: ${l}`);
      return { name: m[1]!, type: m[2]!.trim(), emb: m[4] === 'yes', sub: m[5] === 'yes', uni: m[6] === 'yes' };
    });
}

/** Renders every page with no system fonts; returns stderr (poppler's font warnings land there). */
export function renderWithoutSystemFonts(file: string, dpi = 30): string {
  const r = spawnSync('pdftoppm', ['-r', String(dpi), '-gray', file, join(work, 'page')], {
    env: { ...process.env, FONTCONFIG_FILE: emptyFontconfig() },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return r.stderr;
}

/** A grey image: one byte per pixel, row by row. */
export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A page (or a rectangle of it, in pt) rendered in grey without system fonts. */
export function renderGrey(file: string, page: number, dpi: number, box?: { x: number; y: number; w: number; h: number }): Grey {
  const s = dpi / 72;
  const out = join(work, `grey-${page}`);
  const crop = box ? ['-x', String(Math.floor(box.x * s)), '-y', String(Math.floor(box.y * s)), '-W', String(Math.ceil(box.w * s)), '-H', String(Math.ceil(box.h * s))] : [];
  const r = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-singlefile', ...crop, file, out], {
    env: { ...process.env, FONTCONFIG_FILE: emptyFontconfig() },
  });
  if (r.status !== 0) throw new Error('pdftoppm failed');
  const pgm = readFileSync(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    let tok = '';
    while (/\s/.test(String.fromCharCode(pgm[pos]!))) pos++;
    while (!/\s/.test(String.fromCharCode(pgm[pos]!))) tok += String.fromCharCode(pgm[pos++]!);
    fields.push(tok);
  }
  pos++;
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: pgm.subarray(pos) };
}

/** Fraction of dark pixels in a rectangle of a page (pt), rendered without system fonts. */
export function inkIn(file: string, page: number, box: { x: number; y: number; w: number; h: number }, dpi = 150): number {
  const { pixels } = renderGrey(file, page, dpi, box);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

export function pdftext(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface BboxPage {
  width: number;
  height: number;
  words: Word[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Words with their boxes (pt, origin top-left) per page, from `pdftotext -bbox-layout`. */
export function pdfwords(file: string): BboxPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: BboxPage[] = [];
  for (const pm of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const page = pages.length;
    const words = [...pm[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      page,
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5]!),
    }));
    pages.push({ width: Number(pm[1]), height: Number(pm[2]), words });
  }
  return pages;
}

export const squash = (s: string): string => s.replace(/\s+/gu, '');

/**
 * The form engine's font checks on a PDF file: only embedded, subset, Unicode CID TrueType fonts (no Type 3), and
 * poppler renders every page with no system font and no warning.
 */
export function expectEngineFonts(file: string, name = file): void {
  const fonts = pdffonts(file);
  expect(fonts.length, name).toBeGreaterThan(0);
  for (const f of fonts) expect(f, `${name}: ${f.name}`).toMatchObject({ emb: true, sub: true, uni: true, type: 'CID TrueType' });
  expect(renderWithoutSystemFonts(file), name).toBe('');
}
