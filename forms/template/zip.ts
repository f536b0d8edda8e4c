// Every applicant's filled copy in one ZIP, as an export is packed: a folder per applicant and manifest.json with
// each file's SHA-256 and the template's. Filled one by one, yielding between applicants so a page stays responsive
// and a cancel is seen. No node:* (the generator page makes this ZIP).
import { SCHEMA_VERSION } from '../../shared/model';
import { writeArchive, type ArchiveFile, type ArchiveMeta } from '../export/archive';
import { applicantFolder } from '../export/file-names';
import { APP_ID, type Manifest } from '../export/manifest';
import { fillFor, filledBaseName, type TemplateSource } from './index';
import type { PreparedTemplate } from './open';

export interface FillProgress {
  done: number;
  total: number;
  name: string;
}

/** The ZIP's bytes, chunk by chunk; the manifest when done. */
export async function* filledZip(
  t: PreparedTemplate,
  source: TemplateSource,
  opts: { signal?: AbortSignal; onProgress?: (p: FillProgress) => void; createdAt?: string } = {},
): AsyncGenerator<Uint8Array, Manifest, undefined> {
  const { applicants } = source;
  const base = filledBaseName(t);
  async function* files(): AsyncGenerator<ArchiveFile> {
    for (const [i, a] of applicants.entries()) {
      await new Promise((r) => setTimeout(r, 0));
      opts.signal?.throwIfAborted();
      yield { path: `${applicantFolder(i, applicants.length, a.name, a.idNumber)}/${base}.docx`, bytes: fillFor(t, source, a) };
      opts.onProgress?.({ done: i + 1, total: applicants.length, name: a.name });
    }
  }
  const meta: ArchiveMeta = {
    schemaVersion: SCHEMA_VERSION,
    app: APP_ID,
    createdAt: opts.createdAt ?? new Date().toISOString(),
    deadlines: [],
    templates: [{ form: 'template', file: t.fileName, sha256: t.sha256 }],
  };
  return yield* writeArchive(files(), meta, opts.signal);
}
