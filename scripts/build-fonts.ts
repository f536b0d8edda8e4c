// postinstall (and `npm run fonts`): cuts Noto Serif SC from node_modules into the primary tier and its pieces in
// public/fonts/ (forms/fonts/files.ts says what each holds) with HarfBuzz's subsetter. Not committed: cut again when an
// input changes (the face, the subsetter, the tier's characters, this code), otherwise left as they are.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { FULL_FONT_SOURCE, NOTO_PIECES, PRIMARY_FONT, pieceFile, pieceOf } from '../forms/fonts/files';
import { Sfnt } from '../forms/fonts/sfnt';
import { PIECED_RANGE, tierCodePoints } from './font-tier';
import { HB_SUBSET_WASM_SOURCE, HbSubsetter } from './hb-subset';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/fonts');
/** What the files were cut from; in node_modules/.cache, so `npm ci` cuts them again. */
const STAMP = join(ROOT, 'node_modules/.cache/zhicheng-desk/build-fonts.json');
/** What earlier installs put here and nothing reads now; the extension build would ship it. */
const STALE = ['NotoSerifSC-Regular.ttf', 'harfbuzz-subset.wasm'];

const require = createRequire(import.meta.url);
const full = new Uint8Array(readFileSync(require.resolve(FULL_FONT_SOURCE)));
const wasmPath = require.resolve(HB_SUBSET_WASM_SOURCE);
const face = new Sfnt(full);
const tier = tierCodePoints(face, ROOT);
const sha = (...parts: Array<string | Uint8Array>) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};
const inputs = sha(full, readFileSync(wasmPath), tier.join(','), ...['scripts/build-fonts.ts', 'scripts/font-tier.ts', 'forms/fonts/files.ts', 'scripts/hb-subset.ts'].map((f) => readFileSync(join(ROOT, f))));

const outputs = [PRIMARY_FONT, ...NOTO_PIECES.starts.map((s) => pieceFile(NOTO_PIECES, s))];
const stamp = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, 'utf8')) as { inputs?: string }) : {};
mkdirSync(OUT, { recursive: true });
for (const f of STALE) rmSync(join(OUT, f), { force: true });
if (stamp.inputs === inputs && outputs.every((f) => existsSync(join(OUT, f)))) {
  console.log('build-fonts: public/fonts up to date');
} else {
  const t0 = performance.now();
  const hb = await HbSubsetter.create(readFileSync(wasmPath));
  const loaded = hb.load(full);
  const inTier = new Set(tier);
  const pieces = new Map<number, number[]>(NOTO_PIECES.starts.map((s) => [s, []]));
  for (let cp = PIECED_RANGE.from; cp <= PIECED_RANGE.to; cp++) {
    if (!face.has(cp) || inTier.has(cp)) continue;
    pieces.get(pieceOf(NOTO_PIECES, cp)!)!.push(cp);
  }
  const sizes: string[] = [];
  const write = (file: string, cps: number[]) => {
    if (cps.length === 0) throw new Error(`build-fonts: ${file} would be empty`);
    const bytes = hb.subset(loaded, cps);
    // Through a temporary name: a render reading the fonts meanwhile never sees half a file.
    const tmp = join(OUT, `.${file}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(OUT, file));
    sizes.push(`${file} ${cps.length} characters, ${(bytes.length / 1e6).toFixed(2)} MB`);
  };
  write(PRIMARY_FONT, tier);
  for (const [start, cps] of pieces) write(pieceFile(NOTO_PIECES, start), cps);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${JSON.stringify({ inputs }, null, 1)}\n`);
  console.log(`build-fonts: ${sizes.join('; ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
