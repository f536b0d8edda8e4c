import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { S_IFREG, ZIP_OS_UNIX } from '../../shared/zip/format';

/** fflate writes neither ZIP64 records nor more than 65,535 entries: refuse before the archive would be broken. */
export const MAX_ZIP_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;
/** st_mode S_IFREG | 0644 in the high 16 bits of the external attributes, as Unix zip writes it. */
const REGULAR_FILE_0644 = ((S_IFREG | 0o644) << 16) >>> 0;

/** Formats that are compressed already (PDF streams, OOXML packages, PNG) are stored; text is deflated. */
const STORED = /\.(pdf|docx|xlsx|png|jpe?g|zip)$/i;
export const shouldDeflate = (path: string): boolean => !STORED.test(path);

/**
 * A ZIP written one whole file at a time. `add` and `end` return the archive bytes produced so far, so the caller
 * can hand them on (to a file, a stream, a Blob) and keep nothing: memory stays at one file plus the central directory.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private error: Error | null = null;
  private entries = 0;
  private written = 0;

  /** `mtime`: the time stamped on every entry (the export's creation time, so one export is one set of bytes). */
  constructor(private readonly mtime: Date) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.error = err;
      else if (chunk) {
        this.pending.push(chunk);
        this.written += chunk.length;
      }
    });
  }

  add(path: string, bytes: Uint8Array): Uint8Array[] {
    if (++this.entries > MAX_ZIP_ENTRIES) throw new Error(`zip: more than ${MAX_ZIP_ENTRIES} entries`);
    const file = shouldDeflate(path) ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = this.mtime;
    // Made on Unix, a regular file rw-r--r--: Info-ZIP's unzip (Debian's) honours the UTF-8 flag only for entries
    // not marked as made on MS-DOS, and would show every Chinese name as mojibake.
    file.os = ZIP_OS_UNIX;
    file.attrs = REGULAR_FILE_0644;
    this.zip.add(file);
    file.push(bytes, true);
    return this.drain();
  }

  end(): Uint8Array[] {
    this.zip.end();
    return this.drain();
  }

  /** Bytes of the archive so far. */
  get size(): number {
    return this.written;
  }

  private drain(): Uint8Array[] {
    if (this.error) throw this.error;
    if (this.written > MAX_OFFSET) throw new Error('zip: archive larger than 4 GiB');
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
