// File and folder names inside the committee ZIP: Chinese, readable, and safe on Windows, macOS and Linux.

/** Characters Windows forbids in names, plus the path separators and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export const MAX_NAME_LENGTH = 60;

/**
 * One path segment from any text: forbidden characters become '_', white space collapses, leading dots and trailing
 * dots/spaces go (hidden files on Unix, stripped by Windows), length is capped in code points (never splitting a
 * surrogate pair). Never returns an empty string.
 */
export function safeName(raw: string, max = MAX_NAME_LENGTH): string {
  let s = raw.normalize('NFC').replace(FORBIDDEN, '_').replace(/\s+/gu, ' ').trim();
  s = s.replace(/^[.\s]+/u, '');
  s = Array.from(s).slice(0, max).join('');
  s = s.replace(/[.\s]+$/u, '');
  if (!s) return '未命名';
  return RESERVED.test(s) ? `_${s}` : s;
}

/** `张三-1234`: a person's folder, by name and the last four characters of the ID number. */
export const personFolder = (name: string, idNumber: string): string => safeName(`${safeName(name, 20)}-${idNumber.slice(-4)}`);

/** `001-张三-1234`: the person's folder in an export, led by the position in the roster. */
export function applicantFolder(index: number, total: number, name: string, idNumber: string): string {
  const width = Math.max(3, String(total).length);
  const seq = String(index + 1).padStart(width, '0');
  return safeName(`${seq}-${personFolder(name, idNumber)}`);
}
