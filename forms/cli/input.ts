// Reading the files a command is given: one Chinese message per way a read can fail, the same in every command.
import { access, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BACKUP_BYTES, MAX_ROSTER_BYTES, tooLarge } from '../../shared/limits';
import type { ImportResult } from '../../shared/roster';
import { InputError } from './command';

export function fileProblem(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    default:
      return (e as Error).message;
  }
}

/** Whether a path exists (a file not to overwrite without --force). */
export const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

/**
 * The bytes of `file`, or an InputError naming `what` the file was meant to be (名册, 查验记录备份…). Only a regular
 * file of at most `max` bytes is read, and never more than `max` bytes of it (a device or a growing file cannot make
 * the read endless).
 */
export async function readInput(file: string, what: string, max = MAX_BACKUP_BYTES): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    throw new InputError(`无法读取${what}“${file}”：${fileProblem(e)}`);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new InputError(`无法读取${what}“${file}”：这是一个文件夹，不是文件`);
    if (!st.isFile()) throw new InputError(`无法读取${what}“${file}”：这不是普通文件（可能是设备或管道）`);
    if (st.size > max) throw new InputError(tooLarge(`${what}“${file}”`, st.size, max));
    const buf = new Uint8Array(st.size);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`无法读取${what}“${file}”：${fileProblem(e)}`);
  } finally {
    await fh.close();
  }
}

/** Why `text` is not JSON, in Chinese: what it looks like instead, or where the first error is. */
function notJson(bytes: Uint8Array, text: string, e: unknown): string {
  if (!text.trim()) return '文件是空的';
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic.startsWith('PK')) return '这是一个压缩包（ZIP，或 .xlsx/.docx 文件），不是 JSON';
  if (magic === '%PDF') return '这是一个 PDF 文件，不是 JSON';
  const at = /position (\d+)/.exec((e as Error).message);
  if (!at) return '文件不完整或有格式错误';
  const before = text.slice(0, Number(at[1])).split('\n');
  return `第${before.length}行第${before.at(-1)!.length + 1}个字符附近有格式错误`;
}

/** A JSON file's value (a BOM allowed), or an InputError saying, in Chinese, why `what` it is not. */
export async function readJson(file: string, what: string): Promise<unknown> {
  const bytes = await readInput(file, what);
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what}“${file}”不是有效的 JSON：${notJson(bytes, text, e)}`);
  }
}

/** A roster file (.xlsx or .csv) imported: rows with errors are reported in the result, an unreadable file throws. */
export async function readRoster(file: string): Promise<ImportResult> {
  // Loaded here, not with this module: every command imports it, and the roster reader (exceljs) is most of the
  // CLI's start-up memory.
  const { importRoster, RosterError } = await import('../../shared/roster');
  try {
    return await importRoster(await readInput(file, '名册', MAX_ROSTER_BYTES), basename(file));
  } catch (e) {
    if (e instanceof RosterError) throw new InputError(`名册“${file}”无法读取：${e.message}`);
    throw e;
  }
}

const MAX_ROW_ERRORS_SHOWN = 20;

/**
 * A roster that must be wholly right (forms, export): any row error stops the command, listing the
 * rows. `stopped` says what did not happen (未导出, 未生成表格).
 */
export async function rosterWithoutErrors(file: string, stopped: string): Promise<ImportResult> {
  const r = await readRoster(file);
  if (r.errors.length) {
    const count = r.errors.length + r.omittedErrors;
    const shown = r.errors.slice(0, MAX_ROW_ERRORS_SHOWN).map((e) => `  第${e.row}行“${e.column}”：${e.message}`);
    const more = count > shown.length ? [`  另有${count - shown.length}处问题`] : [];
    throw new InputError(`名册“${file}”有${count}处问题，${stopped}。请改正后重试：\n${[...shown, ...more].join('\n')}`);
  }
  if (!r.applicants.length) throw new InputError(`名册“${file}”中没有申报人，${stopped}。`);
  return r;
}
