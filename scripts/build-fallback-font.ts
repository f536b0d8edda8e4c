// Builds the committed fallback font: HanaMinB (Debian fonts-hanazono) cut into 4096-code-point pieces covering
// CJK Extensions B–F, subset with HarfBuzz (wasm). Run once by a maintainer: `npx tsx scripts/build-fallback-font.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HANAMIN_PIECES, PIECE_SIZE, pieceFile } from '../forms/fonts/files';
import { Sfnt } from '../forms/fonts/sfnt';
import { HB_SUBSET_WASM_SOURCE, HbSubsetter } from './hb-subset';

const SOURCE = process.argv[2] ?? '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';
const out = new URL('../public/fonts/', import.meta.url);
const wasm = await WebAssembly.compile(readFileSync(createRequire(import.meta.url).resolve(HB_SUBSET_WASM_SOURCE)));
const src = new Uint8Array(readFileSync(SOURCE));
const sfnt = new Sfnt(src);
let total = 0;
for (const start of HANAMIN_PIECES.starts) {
  // A fresh instance per piece: the 30 MB source and a 2 MB result use most of one instance's fixed memory.
  const hb = await HbSubsetter.create(wasm);
  const face = hb.load(src);
  const cps: number[] = [];
  for (let cp = start; cp < start + PIECE_SIZE; cp++) if (sfnt.has(cp)) cps.push(cp);
  const bytes = hb.subset(face, cps);
  const file = pieceFile(HANAMIN_PIECES, start);
  writeFileSync(new URL(file, out), bytes);
  total += bytes.length;
  console.log(`${file}: ${cps.length} characters, ${(bytes.length / 1024).toFixed(0)} KB`);
}
console.log(`total ${(total / 1048576).toFixed(1)} MB`);
