// Every form of the sample prints what it printed when form-baseline.json was written: the PDF's words at the same
// positions, the same DOCX XML, the same XLSX cells. A renderer change that moves a word fails here, naming the file.
// After a deliberate change of a form's look: `FORM_BASELINE=write npx vitest run test/render/same-output.test.ts`,
// and say in the commit what moved and why. `FORM_DUMP=<dir>` writes each file's fingerprint as text, to diff two runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, renderSample, sha256 } from './fingerprint';

const BASELINE = join(import.meta.dirname, 'form-baseline.json');

describe('every form of the sample, against the baseline', () => {
  it('prints the same words at the same places (PDF), the same XML (DOCX), the same cells (XLSX)', async () => {
    const files = await renderSample();
    const now: Record<string, string> = {};
    for (const f of files) {
      const text = await fingerprint(f);
      now[f.name] = sha256(text);
      if (process.env.FORM_DUMP) {
        const out = join(process.env.FORM_DUMP, `${f.name}.txt`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
      }
    }
    if (process.env.FORM_BASELINE === 'write') writeFileSync(BASELINE, `${JSON.stringify(now, null, 1)}\n`);
    const before = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, string>;
    // Every form kind is there, in every format.
    expect(new Set(files.map((f) => f.name.split('/')[0])).size).toBe(10);
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(now).filter((k) => now[k] !== before[k]);
    expect(changed).toEqual([]);
  }, 300_000);
});
