import { open } from 'node:fs/promises';
import { InputError, UsageError, type Command } from '../command';
import { describeProblem, verifyExport } from '../../export/verify';
import type { ByteSource } from '../../../shared/zip/reader';
import { fileProblem } from '../input';
import { beijingDateTime } from '../../../shared/text/beijing-time';

/** Random access to a file on disk, so a large export is checked without loading it whole. */
async function withFileSource<T>(path: string, use: (src: ByteSource) => Promise<T>): Promise<T> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new InputError(`无法打开文件 ${path}：${fileProblem(e)}`);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new InputError(`无法核对 ${path}：${st.isDirectory() ? '这是一个文件夹，不是压缩包' : '这不是普通文件'}`);
    const { size } = st;
    return await use({
      size,
      read: async (offset, length) => {
        const buf = new Uint8Array(length);
        const { bytesRead } = await fh.read(buf, 0, length, offset);
        return buf.subarray(0, bytesRead);
      },
    });
  } finally {
    await fh.close();
  }
}

export const verifyExportCommand: Command = {
  name: 'verify-export',
  summary: '核对导出的评审材料压缩包：逐个文件重算 SHA-256，与 manifest.json 比对',
  usage: '<导出文件.zip> [--json]',
  async run(ctx) {
    const [file, ...extra] = ctx.positionals;
    if (!file || extra.length) throw new UsageError('请给出一个要核对的压缩包文件');
    const result = await withFileSource(file, verifyExport);
    const messages = result.problems.map(describeProblem);
    if (ctx.json) {
      ctx.stdout(
        JSON.stringify({
          ok: result.ok,
          file,
          verified: result.verified,
          listed: result.manifest?.files.length ?? null,
          createdAt: result.manifest?.createdAt ?? null,
          manifestSha256: result.manifestSha256,
          problems: result.problems.map((p, i) => ({ ...p, message: messages[i] })),
        }),
      );
    } else if (result.ok) {
      // Counted as the export and its cover count: every file in the ZIP, the manifest included.
      const when = result.manifest ? `，导出时间 ${beijingDateTime(result.manifest.createdAt)}` : '';
      ctx.stdout(`核对通过：清单所列 ${result.verified} 个文件的大小和 SHA-256 均一致（压缩包共 ${result.verified + 1} 个文件，含清单 manifest.json${when}）。`);
      ctx.stdout(`清单 manifest.json 的 SHA-256：${result.manifestSha256}`);
      ctx.stdout('请与盖章的导出封面上印的值逐位比对：一致才说明清单本身也未被改动。');
    } else {
      ctx.stdout(`核对未通过：${result.problems.length} 处问题，${result.verified} 个文件一致。`);
      for (const m of messages) ctx.stdout(`  ✗ ${m}`);
    }
    return result.ok ? 0 : 1;
  },
};
