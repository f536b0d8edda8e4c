// Builds the committed fallback font: HanaMinB (Debian fonts-hanazono) cut into 4096-code-point chunks covering
// CJK Extensions B–F, subset with HarfBuzz (wasm). Run once by a maintainer: `npx tsx scripts/build-fallback-font.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FALLBACK_CHUNK, FALLBACK_CHUNKS, fallbackFile } from '../forms/fonts/files';
import { HbSubsetter } from '../forms/fonts/hb-subset';
import { Sfnt } from '../forms/fonts/sfnt';

const SOURCE = process.argv[2] ?? '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';
const out = new URL('../public/fonts/', import.meta.url);
const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
const src = new Uint8Array(readFileSync(SOURCE));
const sfnt = new Sfnt(src);
let total = 0;
for (const start of FALLBACK_CHUNKS) {
  // A fresh instance per chunk: the 30 MB source and a 2 MB result use most of one instance's fixed memory.
  const hb = await HbSubsetter.create(wasm);
  const face = hb.load(src);
  const cps: number[] = [];
  for (let cp = start; cp < start + FALLBACK_CHUNK; cp++) if (sfnt.has(cp)) cps.push(cp);
  const bytes = hb.subset(face, cps);
  writeFileSync(new URL(fallbackFile(start), out), bytes);
  total += bytes.length;
  console.log(`${fallbackFile(start)}: ${cps.length} characters, ${(bytes.length / 1024).toFixed(0)} KB`);
}
console.log(`total ${(total / 1048576).toFixed(1)} MB`);
