import { MANIFEST_PATH, manifestBytes, type Manifest, type ManifestFile } from './manifest';
import { sha256Hex } from './sha256';
import { ZipWriter } from './zip-writer';

export interface ArchiveFile {
  /** Path inside the ZIP, '/'-separated, already made safe (see file-names.ts). */
  path: string;
  bytes: Uint8Array;
}

export type ArchiveMeta = Omit<Manifest, 'files'>;

/**
 * Streams a ZIP of `files` followed by manifest.json (every file's path, size, SHA-256). Pulls one file at a time
 * from the source, so a consumer that writes each chunk away keeps memory flat however many files there are.
 */
export async function* writeArchive(
  files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>,
  meta: ArchiveMeta,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array, Manifest, undefined> {
  const zip = new ZipWriter(new Date(meta.createdAt));
  const listed: ManifestFile[] = [];
  const seen = new Set<string>([MANIFEST_PATH]);
  for await (const f of files) {
    signal?.throwIfAborted();
    if (seen.has(f.path)) throw new Error(`archive: duplicate path ${f.path}`);
    seen.add(f.path);
    listed.push({ path: f.path, size: f.bytes.length, sha256: await sha256Hex(f.bytes) });
    yield* zip.add(f.path, f.bytes);
  }
  signal?.throwIfAborted();
  const manifest: Manifest = { ...meta, files: listed };
  yield* zip.add(MANIFEST_PATH, manifestBytes(manifest));
  yield* zip.end();
  return manifest;
}
