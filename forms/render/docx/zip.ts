// The ZIP container of a DOCX, from parts already deflated: a DOCX's constant parts are compressed once and their
// bytes reused, which no ZIP library takes (fflate's streaming writer adds data descriptors, its one-shot writer
// deflates everything itself). Laid out as fflate's zipSync lays it out, sizes in the local headers.
import { crc32 } from '../../../shared/zip/crc32';
import type { Deflate } from '../platform';
import { ZIP_FLAG_UTF8, ZIP_METHOD, ZIP_RECORD_SIZE, ZIP_SIGNATURE, ZIP_VERSION_20 } from '../../../shared/zip/format';

/** A part of the package, deflated (raw DEFLATE), with what the headers say of it. */
export interface ZipPart {
  path: string;
  deflated: Uint8Array;
  crc: number;
  size: number;
}

const utf8 = new TextEncoder();

/** A part ready for the container: its bytes (text as UTF-8), deflated (raw; docx's level is 6). */
export function zipPart(path: string, data: string | Uint8Array, deflate: Deflate): ZipPart {
  const bytes = typeof data === 'string' ? utf8.encode(data) : data;
  return { path, deflated: deflate(bytes), crc: crc32(bytes), size: bytes.length };
}

const { localHeader: LOCAL, centralHeader: CENTRAL, endOfCentralDirectory: END } = ZIP_RECORD_SIZE;

/** MS-DOS date and time, local time, as fflate and Info-ZIP write them (2-second resolution). */
function dosTime(d: Date): number {
  const year = d.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip: date out of range: ${d.toISOString()}`);
  return ((year << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;
}

/** The ZIP of `parts`, in their order, each stamped with `mtime`. */
export function zipParts(parts: readonly ZipPart[], mtime: Date): Uint8Array {
  const time = dosTime(mtime);
  const names = parts.map((p) => utf8.encode(p.path));
  let localSize = 0;
  let centralSize = 0;
  parts.forEach((p, i) => {
    localSize += LOCAL + names[i]!.length + p.deflated.length;
    centralSize += CENTRAL + names[i]!.length;
  });
  const out = new Uint8Array(localSize + centralSize + END);
  const view = new DataView(out.buffer);
  const header = (at: number, p: ZipPart, name: Uint8Array) => {
    view.setUint16(at, ZIP_VERSION_20, true);
    view.setUint16(at + 2, name.length === p.path.length ? 0 : ZIP_FLAG_UTF8, true);
    view.setUint16(at + 4, ZIP_METHOD.deflate, true);
    view.setUint32(at + 6, time, true);
    view.setUint32(at + 10, p.crc, true);
    view.setUint32(at + 14, p.deflated.length, true);
    view.setUint32(at + 18, p.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  let at = 0;
  let central = localSize;
  parts.forEach((p, i) => {
    const name = names[i]!;
    view.setUint32(at, ZIP_SIGNATURE.localHeader, true);
    header(at + 4, p, name);
    out.set(name, at + LOCAL);
    out.set(p.deflated, at + LOCAL + name.length);
    view.setUint32(central, ZIP_SIGNATURE.centralHeader, true);
    view.setUint16(central + 4, ZIP_VERSION_20, true); // made by: version 2.0, MS-DOS (as zipSync)
    header(central + 6, p, name);
    view.setUint32(central + 42, at, true);
    out.set(name, central + CENTRAL);
    at += LOCAL + name.length + p.deflated.length;
    central += CENTRAL + name.length;
  });
  view.setUint32(central, ZIP_SIGNATURE.endOfCentralDirectory, true);
  view.setUint16(central + 8, parts.length, true);
  view.setUint16(central + 10, parts.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
