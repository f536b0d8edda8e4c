// The page's worker API served for real on a MessageChannel: a rendered form crosses with the characters it printed
// as 〓 (a property on the bytes would be lost in the structured clone).
import { afterEach, describe, expect, it } from 'vitest';
import { formById, jobsFor } from '../../forms/definitions';
import { formRenderer } from '../../forms/export/renderer';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { workerApi, type WorkerApi } from '../../forms/web/handlers';
import { client, serve, type Endpoint } from '../../forms/web/rpc';
import { Settings } from '../../shared/model';
import { sampleApplicant } from '../../shared/sample/applicants';

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

function connect() {
  const ch = new MessageChannel();
  channels.push(ch);
  serve(ch.port2 as unknown as Endpoint, workerApi(() => nodeFontLoader(), (fonts, date) => formRenderer({ fonts, ...(date ? { date } : {}) })));
  const rpc = client<WorkerApi>(ch.port1 as unknown as Endpoint);
  ch.port1.start();
  ch.port2.start();
  return rpc;
}

function sheetData(name: string) {
  const a = sampleApplicant('a02');
  const applicant = { ...a, name };
  return jobsFor(formById('verification')!, { applicants: [applicant], records: [], settings: Settings.parse({}) })[0]!.data;
}

describe('the worker’s renderForm', () => {
  it('returns the PDF and the characters printed as 〓', async () => {
    const { api } = connect();
    await api.configure({ base: 'unused/' });
    const plain = await api.renderForm('verification', sheetData('张伟民'), 'pdf');
    expect(new TextDecoder().decode(plain.bytes.slice(0, 5))).toBe('%PDF-');
    expect(plain.missingGlyphs).toEqual([]);
    const odd = await api.renderForm('verification', sheetData('张𰻝'), 'pdf');
    expect(odd.missingGlyphs).toEqual(['𰻝']);
  });

  it('exports the ZIP and names each file with a character printed as 〓', async () => {
    const rpc = connect();
    await rpc.api.configure({ base: 'unused/' });
    const odd = { ...sampleApplicant('a02'), name: '张𰻝' };
    const chunks: Uint8Array[] = [];
    const { manifest, missingGlyphs } = await rpc
      .with({ onChunk: (c) => chunks.push(c as Uint8Array) })
      .exportZip({ applicants: [odd], records: [], settings: Settings.parse({}), createdAt: '2026-11-30T08:00:00.000Z' });
    expect(chunks.length).toBeGreaterThan(0);
    expect(missingGlyphs.length).toBeGreaterThan(0);
    expect(missingGlyphs.every((m) => m.chars.includes('𰻝') && manifest.files.some((f) => f.path === m.path))).toBe(true);
  }, 60_000);
});
