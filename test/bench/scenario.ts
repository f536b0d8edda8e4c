// One bench scenario in its own process, so its peak RSS is its own (run.ts builds it into dist/bench/ first):
//   node dist/bench/scenario.mjs <ours|pdfme> <evaluation|verification> <n> [--save <last.pdf>]
// Renders n documents one after another (each its own PDF, as the CLI and the export make them) and prints one JSON
// line. The clock starts after module loading and data set-up and includes font loading (ours: the primary tier,
// before the first render; pdfme: reading the whole TTF on the first), so n = 1 is a cold single
// document. Ours also reports its font work apart: loading, and the subsetting of the first document.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ApplicantCredentialData } from '../../forms/definitions/form';
import { FULL_FONT_SOURCE } from '../../forms/fonts/files';
import type { GlyfSubsetter as GlyfSubsetterType } from '../../forms/fonts/glyf-subset';
import { cycle, sampleJobs } from './data';

export interface ScenarioResult {
  engine: 'ours' | 'pdfme';
  form: 'evaluation' | 'verification';
  n: number;
  totalMs: number;
  firstMs: number;
  bytes: number;
  peakRssMB: number;
  /** Ours: loading the fonts (the primary tier), and the time the first document spent subsetting. */
  fontLoadMs?: number;
  firstSubsetMs?: number;
}

const [engine, form, nArg, saveFlag, savePath] = process.argv.slice(2);
if ((engine !== 'ours' && engine !== 'pdfme') || (form !== 'evaluation' && form !== 'verification') || !(Number(nArg) > 0)) {
  throw new Error('usage: scenario.ts <ours|pdfme> <evaluation|verification> <n> [--save last.pdf]');
}
if (engine === 'pdfme' && form !== 'verification') throw new Error('pdfme has only the verification sheet');
const n = Number(nArg);
const jobs = cycle(sampleJobs(form), n);
const date = new Date('2026-10-12T08:00:00Z');

// Each engine's process loads only its own code, as a user's would (the other's modules would only grow the heap
// every collection walks).
let render: (data: unknown) => Promise<Uint8Array>;
/** Ours: the font set, loaded before the first render so its time can be told apart. */
let loadFonts: (() => Promise<unknown>) | undefined;
/** Time inside the subsetter (ours), summed. */
let subsetMs = 0;
if (engine === 'ours') {
  const [{ renderPdf }, { fontSetFor }, { GlyfSubsetter }, { nodeFontLoader }] = await Promise.all([
    import('../../forms/render/index'),
    import('../../forms/fonts/fontset'),
    import('../../forms/fonts/glyf-subset'),
    import('../../forms/fonts/node-loader'),
  ]);
  const loader = nodeFontLoader();
  loadFonts = () => fontSetFor(loader);
  const subset = GlyfSubsetter.prototype.subset;
  GlyfSubsetter.prototype.subset = function (this: GlyfSubsetterType, ...args: Parameters<typeof subset>) {
    const t = performance.now();
    try {
      return subset.apply(this, args);
    } finally {
      subsetMs += performance.now() - t;
    }
  };
  render = (data) => renderPdf(form, data as never, { fonts: loader, date });
} else {
  const [{ generate }, { PDFME_PLUGINS, pdfmeFont, pdfmeSheet }] = await Promise.all([import('@pdfme/generator'), import('./pdfme-sheet')]);
  // The whole face, as a pdfme user gives it to cover any name (pdfme has no tiers).
  let font: ReturnType<typeof pdfmeFont> | undefined;
  render = async (data) => {
    font ??= pdfmeFont(new Uint8Array(await readFile(createRequire(import.meta.url).resolve(FULL_FONT_SOURCE))));
    const { template, input } = pdfmeSheet(data as ApplicantCredentialData);
    return generate({ template, inputs: [input], options: { font }, plugins: PDFME_PLUGINS });
  };
}

let bytes = 0;
let firstMs = 0;
let fontLoadMs: number | undefined;
let firstSubsetMs: number | undefined;
const t0 = performance.now();
if (loadFonts) {
  await loadFonts();
  fontLoadMs = performance.now() - t0;
}
for (const [i, job] of jobs.entries()) {
  const pdf = await render(job.data);
  bytes += pdf.length;
  if (i === 0) {
    firstMs = performance.now() - t0;
    if (engine === 'ours') firstSubsetMs = subsetMs;
  }
  if (i === n - 1 && saveFlag === '--save' && savePath) await writeFile(savePath, pdf);
}
const totalMs = performance.now() - t0;
const result: ScenarioResult = {
  engine,
  form,
  n,
  totalMs,
  firstMs,
  bytes,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  ...(fontLoadMs === undefined ? {} : { fontLoadMs, firstSubsetMs }),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
