// The primary tier of Noto Serif SC (cut at install by scripts/build-fonts.ts): it holds every character the forms
// and the sample print, GB 2312 and the 通用规范汉字表 whole; with its pieces it is the whole face again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentCodePoints, resolveDocument } from '../../forms/document';
import { FORMS, jobsFor } from '../../forms/definitions/index';
import { FULL_FONT_SOURCE, NOTO_PIECES, PRIMARY_FONT, pieceFile } from '../../forms/fonts/files';
import { Sfnt } from '../../forms/fonts/sfnt';
import { buildDocument } from '../../forms/render/index';
import { gb2312, tierCodePoints, tongyongGuifan } from '../../scripts/font-tier';
import { SAMPLE_SOURCE } from './fingerprint';

const ROOT = resolve(import.meta.dirname, '../..');
const font = (file: string) => new Sfnt(new Uint8Array(readFileSync(join(ROOT, 'public/fonts', file))));
const tier = font(PRIMARY_FONT);
const whole = new Sfnt(new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FULL_FONT_SOURCE))));
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`;

describe('the primary tier', () => {
  it('holds every character of every form of the sample; only 𠮷 (Extension B, not in Noto) is beyond it', () => {
    const beyond = new Set<number>();
    let forms = 0;
    for (const form of FORMS) {
      const jobs = jobsFor(form, SAMPLE_SOURCE);
      if (jobs.length) forms++;
      for (const job of jobs) {
        for (const cp of documentCodePoints(resolveDocument(buildDocument(form.id, job.data as never)))) {
          if (cp > 0x20 && !tier.has(cp)) beyond.add(cp);
        }
      }
    }
    expect(forms).toBe(FORMS.length);
    expect([...beyond].map(hex)).toEqual([hex(0x20bb7)]);
    expect(whole.has(0x20bb7)).toBe(false);
  });

  it('holds GB 2312 and the 通用规范汉字表 whole, and is current with the sources (else: npm run fonts)', () => {
    const gb = gb2312();
    // 6,763 hanzi and 682 other characters; the decoder gives a few of them as the same code point.
    expect(gb.size).toBeGreaterThan(7400);
    expect(gb.has(0x554a) && gb.has(0x9f44)).toBe(true); // 啊, the first hanzi; 齄, the last
    const guifan = tongyongGuifan();
    expect(guifan.size).toBe(8105);
    expect(guifan.has(0x4dae)).toBe(true); // 䶮
    const missing = [...gb, ...guifan].filter((cp) => !tier.has(cp));
    expect(missing.map(hex)).toEqual([]);
    const expected = tierCodePoints(whole, ROOT);
    expect(expected.filter((cp) => !tier.has(cp)).map(hex)).toEqual([]);
  });

  it('and its pieces hold each character of the whole face once, with the same advance', () => {
    const pieces = NOTO_PIECES.starts.map((s) => font(pieceFile(NOTO_PIECES, s)));
    const faults: string[] = [];
    let count = 0;
    for (let cp = 0; cp < 0x40000; cp++) {
      const holders = [tier, ...pieces].filter((f) => f.has(cp));
      if (!whole.has(cp)) {
        if (holders.length) faults.push(`${hex(cp)} not in the face`);
        continue;
      }
      count++;
      if (holders.length !== 1) faults.push(`${hex(cp)} in ${holders.length} files`);
      else if (holders[0]!.advance(holders[0]!.glyphOf(cp)) !== whole.advance(whole.glyphOf(cp))) faults.push(`${hex(cp)} advance`);
    }
    expect(faults.slice(0, 20)).toEqual([]);
    expect(count).toBeGreaterThan(30_000);
  });
});
