import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../forms/document/model';
import { resolveDocument } from '../../forms/document/resolved';
import { FALLBACK_CHUNKS, fallbackFile, fontSetFor, MISSING_GLYPH } from '../../forms/fonts/index';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { Sfnt } from '../../forms/fonts/sfnt';
import { renderDocumentPdf } from '../../forms/render/pdf/index';
import { pdftext, savePdf, squash } from './poppler';

const loader = nodeFontLoader();
const ROOT = resolve(__dirname, '../..');

describe('font choice per character', () => {
  it('takes 䶮 (Ext A) from the primary face and 𠮷 (Ext B) from the committed fallback chunk', async () => {
    const fonts = await fontSetFor(loader);
    await fonts.prepare([0x4dae, 0x20bb7]);
    expect(fonts.faceOf(0x4dae)?.key).toBe('primary');
    expect(fonts.faceOf(0x20bb7)?.key).toBe('fallback-20000');
    expect(fonts.faceOf(0x1f600)).toBeUndefined();
  });

  it('commits a fallback chunk, with its licence, for every code point of Extensions B–F that HanaMinB has', () => {
    for (const start of FALLBACK_CHUNKS) expect(existsSync(join(ROOT, 'public/fonts', fallbackFile(start)))).toBe(true);
    expect(readFileSync(join(ROOT, 'public/fonts/HanaMinB-LICENSE.txt'), 'utf8')).toContain('Hanazono Font License');
    expect(readFileSync(join(ROOT, 'public/fonts/NotoSerifSC-OFL.txt'), 'utf8')).toContain('SIL Open Font License');
    const chunk = new Sfnt(new Uint8Array(readFileSync(join(ROOT, 'public/fonts', fallbackFile(0x20000)))));
    expect(chunk.has(0x20bb7)).toBe(true);
    expect(chunk.has(0x4e00)).toBe(false);
  });

  it('draws a character no face has as 〓, with a warning in Chinese, and does not fail', async () => {
    const fonts = await fontSetFor(loader);
    const doc: Document = { title: 't', page: { size: 'A4' }, data: { v: '张😀三' }, body: [{ type: 'paragraph', text: { bind: 'v' } }] };
    const r = await renderDocumentPdf(resolveDocument(doc), fonts);
    expect(r.layout.warningsZh.join('')).toContain('U+1F600');
    expect(squash(pdftext(savePdf('missing', r.bytes)))).toContain(`张${String.fromCodePoint(MISSING_GLYPH)}三`);
  });

  it('embeds subsets holding only the document’s characters', async () => {
    const fonts = await fontSetFor(loader);
    const doc: Document = { title: 't', page: { size: 'A4' }, data: {}, body: [{ type: 'paragraph', text: '一二三𠮷' }] };
    const r = await renderDocumentPdf(resolveDocument(doc), fonts);
    // Two tiny subsets: far below the 14.8 MB primary face.
    expect(r.bytes.length).toBeLessThan(20_000);
    expect(squash(pdftext(savePdf('tiny', r.bytes)))).toBe('一二三𠮷');
  });
});

describe('the browser path', () => {
  it('imports nothing from node:* (the Node font loader is loaded only under Node)', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (/^node:|^(fs|path|os|crypto|child_process)$/.test(spec)) offenders.push(`${file}: ${spec}`);
        if (!spec.startsWith('.')) continue;
        const base = resolve(dirname(file), spec);
        const next = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
        if (next) visit(next);
      }
    };
    visit(join(ROOT, 'forms/render/index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});

describe('slim font copy', () => {
  it('reads the same glyphs, advances and metrics as the whole file, in a fraction of its size', () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'public/fonts/NotoSerifSC-Regular.ttf')));
    const whole = new Sfnt(bytes);
    const slim = whole.slim();
    expect(slim.bytes.length).toBeLessThan(bytes.length / 5);
    expect(slim.metrics).toEqual(whole.metrics);
    for (const ch of '辽宁省专业技术资格评定表 ABCxyz0123（）：、。䶮鿿') {
      const cp = ch.codePointAt(0)!;
      expect(slim.glyphOf(cp), ch).toBe(whole.glyphOf(cp));
      expect(slim.advance(slim.glyphOf(cp)), ch).toBe(whole.advance(whole.glyphOf(cp)));
    }
    expect(slim.has(0x20bb7)).toBe(false);
  });
});
