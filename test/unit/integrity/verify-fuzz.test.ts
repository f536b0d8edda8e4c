// Random mutations of a real export (the real writer's bytes) fed to verify-export: whenever it says 核对通过, each of
// the extractors here (unzip, bsdtar reading the file and reading it as a stream, Python's zipfile) must give exactly
// the files the manifest lists, byte for byte. A mutation that changes nothing the user gets may pass; one that
// changes what any tool extracts must not.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeArchive, type ArchiveFile } from '../../../forms/export/archive';
import { MANIFEST_PATH } from '../../../forms/export/manifest';
import { verifyExport } from '../../../forms/export/verify';
import { bytesSource } from '../../../shared/zip/reader';
import { EXTRACTORS, extractWith, sameFiles } from './extractors';

const enc = new TextEncoder();
const META = { schemaVersion: 1 as const, app: 'zhicheng-desk' as const, createdAt: '2026-10-12T09:30:00+08:00', meeting: '2026-10-12', deadlines: [] };
const FILES: ArchiveFile[] = [
  { path: '001-张三-3114/评定表.pdf', bytes: enc.encode(`%PDF-1.7\n${'原件'.repeat(200)}\n%%EOF\n`) },
  { path: '001-张三-3114/诚信承诺书.docx', bytes: enc.encode('PK docx stand-in') },
  { path: '工作时限.txt', bytes: enc.encode('评审会后3个工作日内报送。\r\n'.repeat(30)) },
];

type Mutation =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'field'; at: number; width: 2 | 4; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'copy'; from: number; to: number; length: number };

function apply(zip: Uint8Array, ms: Mutation[]): Uint8Array {
  let z = zip.slice();
  for (const m of ms) {
    const at = (n: number) => Math.min(n, Math.max(0, z.length - 1));
    switch (m.kind) {
      case 'set':
        z[at(m.at)] = m.value;
        break;
      case 'field': {
        const p = at(m.at);
        for (let i = 0; i < m.width && p + i < z.length; i++) z[p + i] = (m.value >>> (8 * i)) & 0xff;
        break;
      }
      case 'truncate':
        z = z.slice(0, at(m.at));
        break;
      case 'insert':
        z = new Uint8Array([...z.subarray(0, at(m.at)), ...m.bytes, ...z.subarray(at(m.at))]);
        break;
      case 'delete':
        z = new Uint8Array([...z.subarray(0, at(m.at)), ...z.subarray(at(m.at) + m.length)]);
        break;
      case 'copy':
        z.set(z.slice(at(m.from), at(m.from) + m.length).subarray(0, Math.max(0, z.length - at(m.to))), at(m.to));
        break;
    }
  }
  return z;
}

describe('verify-export fuzz', () => {
  let zip: Uint8Array;
  let want: Map<string, Uint8Array>;
  /** Offsets of every header field worth aiming at: the signatures, versions, flags, sizes, offsets. */
  let hot: number[];

  beforeAll(async () => {
    const chunks: Uint8Array[] = [];
    const gen = writeArchive(FILES, META);
    for (let r = await gen.next(); !r.done; r = await gen.next()) chunks.push(r.value);
    zip = new Uint8Array(Buffer.concat(chunks));
    want = new Map(Object.entries(unzipSync(zip)));
    expect([...want.keys()].sort()).toEqual([...FILES.map((f) => f.path), MANIFEST_PATH].sort());
    hot = [];
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = zip[i]! | (zip[i + 1]! << 8) | (zip[i + 2]! << 16) | (zip[i + 3]! << 24);
      const fields = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : sig === 0x06054b50 ? 22 : sig === 0x08074b50 ? 16 : 0;
      for (let f = 0; f < fields; f++) hot.push(i + f);
    }
  });

  it('never passes an archive any extractor would extract differently from the manifest', async () => {
    let passed = 0;
    let runs = 0;
    const position = () => fc.oneof(fc.constantFrom(...hot), fc.nat({ max: zip.length }));
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), at: position(), value: fc.integer({ min: 0, max: 255 }) }) },
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('field' as const),
          at: position(),
          width: fc.constantFrom(2 as const, 4 as const),
          value: fc.oneof(fc.constantFrom(0, 1, 3, 8, 20, 0x800, 0xffff, 0xffffffff, 0x08074b50, 0x04034b50), fc.nat()),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: zip.length }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position(), length: fc.integer({ min: 1, max: 40 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), from: position(), to: position(), length: fc.integer({ min: 1, max: 120 }) }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        runs++;
        const mutant = apply(zip, ms);
        const r = await verifyExport(bytesSource(mutant));
        if (!r.ok) return;
        passed++;
        for (const tool of EXTRACTORS) {
          if (!sameFiles(extractWith(tool, mutant), want)) throw new Error(`verify passed, ${tool} extracts otherwise: ${JSON.stringify(ms)}`);
        }
      }),
      { numRuns: 400 },
    );
    // The property is only meaningful if some mutants pass (harmless ones: times, attributes) and most do not: about
    // 1 in 50 passes, so none in 400 would mean the extractors were never consulted.
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(runs / 2);
  }, 300_000);

  it('passes a harmless change (the modification time of an entry), which every extractor agrees with', async () => {
    const mutant = zip.slice();
    mutant[10] = mutant[10]! ^ 0x20; // the first local header's time: the extracted bytes are the same
    expect((await verifyExport(bytesSource(mutant))).ok).toBe(true);
    for (const tool of EXTRACTORS) expect(sameFiles(extractWith(tool, mutant), want), tool).toBe(true);
  });
});
