// One bench scenario in its own process, so its peak RSS is its own:
//   tsx test/bench/scenario.ts <ours|pdfme> <evaluation|verification> <n> [--save <last.pdf>]
// Renders n documents one after another (each its own PDF, as the CLI and the export make them) and prints one JSON
// line. The clock starts after module loading and data set-up and includes font loading (ours: on the first render;
// pdfme: reading the TTF), so n = 1 is a cold single document.
import { writeFile } from 'node:fs/promises';
import { generate } from '@pdfme/generator';
import type { ApplicantCredentialData } from '../../forms/definitions/form';
import { renderPdf } from '../../forms/render/index';
import { PRIMARY_FONT } from '../../forms/fonts/files';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { cycle, sampleJobs } from './data';
import { PDFME_PLUGINS, pdfmeFont, pdfmeSheet } from './pdfme-sheet';

export interface ScenarioResult {
  engine: 'ours' | 'pdfme';
  form: 'evaluation' | 'verification';
  n: number;
  totalMs: number;
  firstMs: number;
  bytes: number;
  peakRssMB: number;
}

const [engine, form, nArg, saveFlag, savePath] = process.argv.slice(2);
if ((engine !== 'ours' && engine !== 'pdfme') || (form !== 'evaluation' && form !== 'verification') || !(Number(nArg) > 0)) {
  throw new Error('usage: scenario.ts <ours|pdfme> <evaluation|verification> <n> [--save last.pdf]');
}
if (engine === 'pdfme' && form !== 'verification') throw new Error('pdfme has only the verification sheet');
const n = Number(nArg);
const jobs = cycle(sampleJobs(form), n);
const date = new Date('2026-10-12T08:00:00Z');
const loader = nodeFontLoader();

let render: (data: unknown) => Promise<Uint8Array>;
if (engine === 'ours') {
  render = (data) => renderPdf(form, data as never, { fonts: loader, date });
} else {
  let font: ReturnType<typeof pdfmeFont> | undefined;
  render = async (data) => {
    font ??= pdfmeFont(await loader.load(PRIMARY_FONT));
    const { template, input } = pdfmeSheet(data as ApplicantCredentialData);
    return generate({ template, inputs: [input], options: { font }, plugins: PDFME_PLUGINS });
  };
}

let bytes = 0;
let firstMs = 0;
const t0 = performance.now();
for (const [i, job] of jobs.entries()) {
  const pdf = await render(job.data);
  bytes += pdf.length;
  if (i === 0) firstMs = performance.now() - t0;
  if (i === n - 1 && saveFlag === '--save' && savePath) await writeFile(savePath, pdf);
}
const totalMs = performance.now() - t0;
const result: ScenarioResult = { engine, form, n, totalMs, firstMs, bytes, peakRssMB: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(result)}\n`);
