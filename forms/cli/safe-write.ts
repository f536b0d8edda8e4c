// Every file the CLI writes goes through here: a temporary file created exclusively in the target folder (never
// following a symlink), each write's byte count checked, synced, then renamed into place. Any failure removes the
// temporary file and becomes an InputError naming the path and the cause, so a full disk never leaves a truncated
// file under its final name and never prints a stack trace.
import { randomBytes } from 'node:crypto';
import { constants, link, open as fsOpen, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from './command';

/** How a file is opened; tests inject a handle that fails the way a full disk does. */
export type OpenFile = (path: string, flags: number, mode: number) => Promise<FileHandle>;

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Why a file could not be written, in Chinese. */
export function writeProblem(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'ENOSPC':
      return '空间不足';
    case 'EDQUOT':
      return '超出磁盘配额';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EROFS':
      return '所在磁盘是只读的';
    case 'ENOENT':
      return '所在文件夹不存在';
    case 'ENOTDIR':
      return '路径中有一部分不是文件夹';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'EEXIST':
      return '文件已存在';
    case 'EFBIG':
      return '文件超过磁盘允许的大小';
    case 'ENAMETOOLONG':
      return '文件名太长';
    case 'EIO':
      return '磁盘读写出错';
    case 'ELOOP':
      return '路径是符号链接';
    default:
      return `系统错误（${(e as { code?: string }).code ?? (e as Error)?.message ?? String(e)}）`;
  }
}

export const writeError = (path: string, e: unknown): InputError =>
  new InputError(`无法写入“${path}”：${writeProblem(e)}。未留下不完整的文件。`, { cause: e });

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

/** A file being written: `write` as often as needed, then `commit` (or `abort`). */
export class SafeFile {
  private done = false;
  bytes = 0;

  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly fh: FileHandle,
    private readonly overwrite: boolean,
  ) {}

  static async create(path: string, opts: { overwrite: boolean; open?: OpenFile }): Promise<SafeFile> {
    const dir = dirname(path);
    for (let attempt = 0; ; attempt++) {
      const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
      try {
        return new SafeFile(path, temp, await (opts.open ?? fsOpen)(temp, CREATE, 0o644), opts.overwrite);
      } catch (e) {
        if ((e as { code?: string }).code === 'EEXIST' && attempt < 5) continue;
        throw writeError(path, e);
      }
    }
  }

  /** Writes all of `data` or throws: a short write is retried, a write that makes no progress is a full disk. */
  async write(data: Uint8Array): Promise<void> {
    try {
      for (let off = 0; off < data.length; ) {
        const { bytesWritten } = await this.fh.write(data, off, data.length - off);
        if (!(bytesWritten > 0)) throw errno('ENOSPC', `write made no progress at ${this.bytes + off} bytes`);
        off += bytesWritten;
      }
      this.bytes += data.length;
    } catch (e) {
      await this.abort();
      throw writeError(this.path, e);
    }
  }

  /** Flushes to disk and puts the file in place; without `overwrite`, refuses (atomically) a file that appeared. */
  async commit(): Promise<void> {
    try {
      await this.fh.sync();
      await this.fh.close();
      this.done = true;
      if (this.overwrite) await rename(this.temp, this.path);
      else {
        await link(this.temp, this.path).catch(async (e: NodeJS.ErrnoException) => {
          // Some file systems (FAT, exFAT, network shares) have no hard links: there a plain rename has to do.
          if (e.code === 'EEXIST') throw e;
          await rename(this.temp, this.path);
        });
        await unlink(this.temp).catch(() => {});
      }
    } catch (e) {
      await this.abort();
      throw writeError(this.path, e);
    }
  }

  /** Closes and removes the temporary file; never throws. */
  async abort(): Promise<void> {
    if (!this.done) await this.fh.close().catch(() => {});
    this.done = true;
    await unlink(this.temp).catch(() => {});
  }
}

/** One whole file written safely (see SafeFile). */
export async function writeFileSafely(path: string, data: Uint8Array, opts: { overwrite: boolean; open?: OpenFile }): Promise<void> {
  const f = await SafeFile.create(path, opts);
  await f.write(data);
  await f.commit();
}
