// `npm run bench` part: what the content script does on each page the user opens — readPage, then the capture message
// (page text and script-free snapshot) — on every report fixture, in Node (linkedom). Prints one JSON line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPage } from '../../extension/readers';
import { captureMessage } from '../../extension/content/snapshot';
import { parseSavedPage } from '../../forms/cli/commands/read-page';
import { SAMPLE_SITES_DIR } from '../../shared/sample/sites';

const DIR = fileURLToPath(SAMPLE_SITES_DIR);
const ROUNDS = Number(process.argv[2] ?? 200);
const index = JSON.parse(readFileSync(`${DIR}index.json`, 'utf8')) as { fixtures: { file: string; url: string; outcome: string }[] };
const reports = index.fixtures.filter((f) => f.outcome === 'report' && !f.url.includes('example.com'));

/** Median of `ROUNDS` timings of one step, after warm-up rounds (the first pages pay for the JIT). */
function median(step: () => void): number {
  for (let i = 0; i < 30; i++) step();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    step();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const rows = reports.map((f) => {
  const bytes = readFileSync(`${DIR}${f.file}`);
  const doc = parseSavedPage(bytes);
  const read = readPage(doc, f.url);
  const readMs = median(() => readPage(doc, f.url));
  const captureMs = median(() => captureMessage(doc, f.url, read));
  return { file: f.file, bytes: bytes.length, readMs, captureMs, totalMs: readMs + captureMs };
});
const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const slowest = rows.reduce((a, b) => (b.totalMs > a.totalMs ? b : a));
process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, largest, slowest, rows })}\n`);
