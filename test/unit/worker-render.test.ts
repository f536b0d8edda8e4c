// The page's worker API served for real on a MessageChannel: a rendered form crosses with its warnings (a property
// on the bytes would be lost in the structured clone).
import { describe, expect, it } from 'vitest';
import { formById, jobsFor } from '../../forms/definitions';
import { formRenderer } from '../../forms/export/renderer';
import { nodeFontLoader } from '../../forms/fonts/node-loader';
import { workerApi, type RendererFactory, type WorkerApi } from '../../forms/web/handlers';
import { connect as connectTo } from './support/channel';
import { Settings } from '../../shared/model';
import { sampleApplicant } from '../../shared/sample/applicants';

/** Forms each connection's renderer was asked to render (a shared worker serves one engine to several pages). */
const rendered: string[] = [];

function connect() {
  const renderer: RendererFactory = (fonts, date) => {
    const render = formRenderer({ fonts, ...(date ? { date } : {}) });
    return (formId, data, formats) => (rendered.push(formId), render(formId, data, formats));
  };
  return connectTo<WorkerApi>(workerApi(() => nodeFontLoader(), renderer));
}

function sheetData(name: string) {
  const a = sampleApplicant('a02');
  const applicant = { ...a, name };
  return jobsFor(formById('verification')!, { applicants: [applicant], records: [], settings: Settings.parse({}) })[0]!.data;
}

describe('the worker’s renderForm', () => {
  it('returns the PDF and what the layout warns of it: a character printed as 〓', async () => {
    const { api } = connect();
    await api.configure({ base: 'unused/' });
    const plain = await api.renderForm('verification', sheetData('张伟民'), 'pdf');
    expect(new TextDecoder().decode(plain.bytes.slice(0, 5))).toBe('%PDF-');
    expect(plain.warnings).toEqual([]);
    const odd = await api.renderForm('verification', sheetData('张𰻝'), 'pdf');
    expect(odd.warnings).toEqual(['字符“𰻝”（U+30EDD）没有可用字体，已印为〓，请手工填写']);
  });

  it('hands a form rendered ahead by one page to the next identical request from another, once', async () => {
    const [panel, page] = [connect().api, connect().api];
    await panel.configure({ base: 'unused/' });
    await page.configure({ base: 'unused/' });
    rendered.length = 0;
    const data = sheetData('王预先');
    await panel.renderAhead('verification', data, 'pdf');
    expect(rendered).toEqual(['verification']);
    const taken = await page.renderForm('verification', data, 'pdf');
    expect(new TextDecoder().decode(taken.bytes.slice(0, 5))).toBe('%PDF-');
    expect(rendered).toHaveLength(1); // taken, not rendered again
    await page.renderForm('verification', data, 'pdf'); // taken once only: this one renders
    await page.renderForm('verification', sheetData('王另外'), 'pdf');
    expect(rendered).toHaveLength(3);
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
