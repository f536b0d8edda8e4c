// Our DOCX package (forms/render/docx/package.ts: constant parts packed once, their bytes reused) against docx's own
// packer, for every form of the sample; and the same document on the same date is the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resolveDocument, type Document, type ResolvedDocument } from '../../forms/document';
import { FORMS, jobsFor } from '../../forms/definitions/index';
import { renderDocxByDocx, renderDocxDocument } from '../../forms/render/docx/document';
import { VARYING_PARTS } from '../../forms/render/docx/package';
import { resolveForm } from '../../forms/render/index';
import { bytesSource, checkZip, EXPORT_LIMITS, readEntry } from '../../shared/zip/reader';
import { SAMPLE_SOURCE } from './fingerprint';

const DATE = new Date('2026-11-30T08:00:00Z');

/** Every form of the sample, resolved. */
const sampleDocuments = (): { name: string; doc: ResolvedDocument }[] =>
  FORMS.flatMap((form) => jobsFor(form, SAMPLE_SOURCE).map((job, i) => ({ name: `${form.id}#${i}`, doc: resolveForm(form.id, job.data as never) })));

/** The parts of a package in its order, read by our own strict reader (entries tiling the file, CRCs checked). */
async function parts(docx: Uint8Array): Promise<[string, Uint8Array][]> {
  const src = bytesSource(docx);
  const entries = await checkZip(src, { ...EXPORT_LIMITS, contiguous: true });
  return Promise.all(entries.map(async (e) => [e.path, await readEntry(src, e)] as [string, Uint8Array]));
}

/** core.xml's dates: docx stamps the time its document object was made, ours the export's. */
const undated = (xml: string) => xml.replace(/(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, '$1…');

/** MS-DOS date and time of every entry, from the central directory. */
function entryTimes(zip: Uint8Array): number[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = v.getUint16(end + 10, true);
  const times: number[] = [];
  for (let i = 0, at = v.getUint32(end + 16, true); i < count; i++) {
    times.push(v.getUint32(at + 12, true));
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return times;
}

const dosTime = (d: Date) =>
  (((d.getFullYear() - 1980) << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;

describe('the DOCX package', () => {
  it('holds the same parts, in the same order, as docx’s own packer writes, for every form of the sample', async () => {
    const docs = sampleDocuments();
    expect(docs.length).toBeGreaterThan(40);
    let pictures = 0;
    for (const { name, doc } of docs) {
      const ours = await parts(await renderDocxDocument(doc, { date: DATE }));
      const theirs = await parts(await renderDocxByDocx(doc));
      expect(ours.map(([p]) => p), name).toEqual(theirs.map(([p]) => p));
      for (const [i, [path, bytes]] of ours.entries()) {
        const other = theirs[i]![1];
        if (path.endsWith('.png')) expect(bytes, `${name} ${path}`).toEqual(other);
        else expect(undated(strFromU8(bytes)), `${name} ${path}`).toBe(undated(strFromU8(other)));
      }
      pictures += ours.filter(([p]) => p.startsWith('word/media/')).length;
      const core = strFromU8(ours.find(([p]) => p === 'docProps/core.xml')![1]);
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${DATE.toISOString()}</dcterms:created>`);
      expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${DATE.toISOString()}</dcterms:modified>`);
    }
    // QR codes of the verification sheets: pictures and their relationships went through our packer too.
    expect(pictures).toBeGreaterThan(5);
  }, 120_000);

  it('reuses only parts that are the same in every form: what differs is the document, its styles, core.xml and relationships', async () => {
    const seen = new Map<string, Set<string>>();
    for (const { doc } of sampleDocuments()) {
      for (const [path, bytes] of await parts(await renderDocxByDocx(doc))) {
        if (path.startsWith('word/media/')) continue;
        const text = path === 'docProps/core.xml' ? undated(strFromU8(bytes)) : strFromU8(bytes);
        seen.set(path, (seen.get(path) ?? new Set()).add(text));
      }
    }
    const differing = [...seen].filter(([, versions]) => versions.size > 1).map(([path]) => path);
    expect(differing.sort()).toEqual([...VARYING_PARTS].sort());
  }, 120_000);

  it('is the same bytes for the same document and date, whatever was rendered before; every entry carries the date', async () => {
    const docs = sampleDocuments();
    // A verification sheet with its QR code: the picture and the seal are the drawings, numbered in the document.
    const withPicture = async (doc: ResolvedDocument) => (await parts(await renderDocxDocument(doc))).some(([p]) => p.startsWith('word/media/'));
    let qr: ResolvedDocument | undefined;
    for (const { doc } of docs) if (!qr && (await withPicture(doc))) qr = doc;
    const first = await renderDocxDocument(qr!, { date: DATE });
    for (const { doc } of docs.slice(0, 10)) await renderDocxDocument(doc, { date: new Date() });
    const again = await renderDocxDocument(qr!, { date: DATE });
    expect(again).toEqual(first);
    const times = entryTimes(first);
    expect(times.length).toBe((await parts(first)).length);
    expect(new Set(times)).toEqual(new Set([dosTime(DATE)]));
    const later = new Date(DATE.getTime() + 86_400_000);
    expect(new Set(entryTimes(await renderDocxDocument(qr!, { date: later })))).toEqual(new Set([dosTime(later)]));
  });

  it('is a ZIP Info-ZIP tests clean, with the date on every entry', async () => {
    const doc: Document = { title: '测试', page: { size: 'A4' }, data: {}, body: [{ type: 'paragraph', text: '张䶮𠮷' }] };
    const file = join(mkdtempSync(join(tmpdir(), 'zhicheng-docx-package-')), 't.docx');
    writeFileSync(file, await renderDocxDocument(resolveDocument(doc), { date: DATE }));
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const day = `${DATE.getFullYear()}${String(DATE.getMonth() + 1).padStart(2, '0')}${String(DATE.getDate()).padStart(2, '0')}.`;
    const entries = execFileSync('zipinfo', ['-T', file], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => / defN /.test(l));
    expect(entries).toHaveLength(17);
    for (const l of entries) expect(l).toContain(day);
  });
});
