import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../forms/document/model';
import { resolveDocument } from '../../forms/document/resolved';
import { FULL_FONT_SOURCE, HANAMIN_PIECES, pieceFile, fontSetFor, MISSING_GLYPH, PRIMARY_FONT } from '../../forms/fonts/index';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { Sfnt } from '../../forms/fonts/sfnt';
import { renderDocumentPdf } from '../../forms/render/pdf/index';
import { pdftext, savePdf, squash } from './poppler';

const loader = nodeFontLoader();
const ROOT = resolve(__dirname, '../..');

/** The whole Noto Serif SC the tiers are cut from. */
const fullFace = () => new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FULL_FONT_SOURCE)));

describe('font choice per character', () => {
  it('takes 䶮 (通用规范汉字表) from the primary tier, 龘 from a Noto piece, 𠮷 (Ext B) from a HanaMinB piece', async () => {
    const fonts = await fontSetFor(loader);
    await fonts.prepare([0x4dae, 0x9f98, 0x20bb7, 0x1f600]);
    expect(fonts.faceOf(0x4dae)?.key).toBe('primary');
    expect(fonts.faceOf(0x9f98)?.key).toBe('NotoSerifSC-9000');
    expect(fonts.faceOf(0x20bb7)?.key).toBe('HanaMinB-20000');
    expect(fonts.faceOf(0x1f600)).toBeUndefined();
    // The piece draws it as the whole face does.
    const whole = new Sfnt(fullFace());
    const piece = fonts.faceOf(0x9f98)!.sfnt;
    expect(piece.advance(piece.glyphOf(0x9f98))).toBe(whole.advance(whole.glyphOf(0x9f98)));
    expect(piece.metrics.ascent).toBe(whole.metrics.ascent);
  });

  it('commits a fallback piece, with its licence, for every code point of Extensions B–F that HanaMinB has', () => {
    for (const start of HANAMIN_PIECES.starts) expect(existsSync(join(ROOT, 'public/fonts', pieceFile(HANAMIN_PIECES, start)))).toBe(true);
    expect(readFileSync(join(ROOT, 'public/fonts/HanaMinB-LICENSE.txt'), 'utf8')).toContain('Hanazono Font License');
    expect(readFileSync(join(ROOT, 'public/fonts/NotoSerifSC-OFL.txt'), 'utf8')).toContain('SIL Open Font License');
    const piece = new Sfnt(new Uint8Array(readFileSync(join(ROOT, 'public/fonts', pieceFile(HANAMIN_PIECES, 0x20000)))));
    expect(piece.has(0x20bb7)).toBe(true);
    expect(piece.has(0x4e00)).toBe(false);
  });

  it('where a piece is not shipped (the extension has no HanaMinB), prints 〓 and names the missing file in Chinese', async () => {
    // A package with the tier only, as the extension is for HanaMinB.
    const dir = mkdtempSync(join(tmpdir(), 'zhicheng-fonts-'));
    symlinkSync(join(ROOT, 'public/fonts', PRIMARY_FONT), join(dir, PRIMARY_FONT));
    const fonts = await fontSetFor(nodeFontLoader(dir));
    const doc: Document = { title: 't', page: { size: 'A4' }, data: { v: '陈𠮷祥' }, body: [{ type: 'paragraph', text: { bind: 'v' } }] };
    const r = await renderDocumentPdf(resolveDocument(doc), fonts);
    expect(r.layout.missingGlyphs).toEqual(['𠮷']);
    expect(r.layout.warningsZh).toEqual([expect.stringMatching(/^字符“𠮷”（U\+20BB7）是生僻字，本程序的这个版本没有附带它的字库（HanaMinB-20000\.ttf），已印为〓/)]);
    expect(squash(pdftext(savePdf('not-shipped', r.bytes)))).toBe(`陈${String.fromCodePoint(MISSING_GLYPH)}祥`);
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
    // Two tiny subsets: far below the 4.3 MB primary tier.
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
