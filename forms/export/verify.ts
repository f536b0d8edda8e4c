import { MANIFEST_PATH, Manifest } from './manifest';
import { sha256Hex } from './sha256';
import { EXPORT_LIMITS, ZipFormatError, checkCrc, inflateEntry, listZip, readEntry, type ByteSource, type ZipEntryInfo } from '../../shared/zip/reader';

export type ExportProblem =
  | { kind: 'bad-archive'; detail: string }
  | { kind: 'no-manifest' }
  | { kind: 'listed-twice'; path: string }
  | { kind: 'bad-manifest'; detail: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unlisted'; path: string }
  | { kind: 'unreadable'; path: string; detail: string }
  | { kind: 'size'; path: string; expected: number; actual: number }
  | { kind: 'hash'; path: string; expected: string; actual: string };

export interface VerifyResult {
  ok: boolean;
  /** Files listed in the manifest whose size and SHA-256 matched. */
  verified: number;
  manifest: Manifest | null;
  /** SHA-256 of manifest.json as stored: what the signed 导出封面 prints, to compare by eye. */
  manifestSha256: string | null;
  problems: ExportProblem[];
}

/** Chinese for users, from our own reader's errors; anything else is a damaged archive in English detail. */
const zipDetail = (e: unknown): string => (e instanceof ZipFormatError ? e.zh : `压缩数据已损坏（${(e as Error).message}）`);

/** Re-reads every file of an export and checks it against manifest.json: size, SHA-256, nothing missing or added. */
export async function verifyExport(src: ByteSource): Promise<VerifyResult> {
  const failed = (problems: ExportProblem[], manifestSha256: string | null = null): VerifyResult => ({ ok: false, verified: 0, manifest: null, manifestSha256, problems });
  let entries: ZipEntryInfo[];
  try {
    // Also refuses what tools would extract differently: local vs central headers, unsafe or duplicate names, links.
    entries = (await listZip(src, EXPORT_LIMITS)).filter((e) => !e.directory);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    return failed([{ kind: 'bad-archive', detail: e.zh }]);
  }
  const problems: ExportProblem[] = [];
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const me = byPath.get(MANIFEST_PATH);
  if (!me) return failed([{ kind: 'no-manifest' }]);
  let manifest: Manifest;
  let manifestSha256: string;
  try {
    const bytes = await readEntry(src, me);
    manifestSha256 = await sha256Hex(bytes);
    const parsed = Manifest.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return failed([{ kind: 'bad-manifest', detail }], manifestSha256);
    }
    manifest = parsed.data;
  } catch (e) {
    return failed([{ kind: 'bad-manifest', detail: e instanceof ZipFormatError ? e.zh : (e as Error).message }]);
  }

  let verified = 0;
  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (listed.has(f.path) || f.path === MANIFEST_PATH) {
      problems.push({ kind: 'listed-twice', path: f.path });
      continue;
    }
    listed.add(f.path);
    const e = byPath.get(f.path);
    if (!e) {
      problems.push({ kind: 'missing', path: f.path });
      continue;
    }
    if (e.size !== f.size) {
      problems.push({ kind: 'size', path: f.path, expected: f.size, actual: e.size });
      continue;
    }
    try {
      // The manifest first, so a changed file is named as changed; then the archive's own CRC-32, which the
      // extractors check: a file that matches the manifest but not its CRC would be reported damaged by them.
      const bytes = await inflateEntry(src, e);
      const actual = await sha256Hex(bytes);
      if (actual !== f.sha256) {
        problems.push({ kind: 'hash', path: f.path, expected: f.sha256, actual });
        continue;
      }
      checkCrc(e, bytes);
      verified++;
    } catch (err) {
      problems.push({ kind: 'unreadable', path: f.path, detail: zipDetail(err) });
    }
  }
  for (const path of byPath.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.push({ kind: 'unlisted', path });
  }
  return { ok: problems.length === 0, verified, manifest, manifestSha256, problems };
}

/** One problem as a Chinese sentence for users. */
export function describeProblem(p: ExportProblem): string {
  switch (p.kind) {
    case 'bad-archive':
      return `压缩包不能通过核对：${p.detail}`;
    case 'listed-twice':
      return `清单中同一文件出现了不止一次：${p.path}（清单被改动过）`;
    case 'no-manifest':
      return `压缩包中没有 ${MANIFEST_PATH}，无法核对：这不是本工具导出的文件，或清单已被删除`;
    case 'bad-manifest':
      return `${MANIFEST_PATH} 内容有误，无法核对（${p.detail}）`;
    case 'missing':
      return `缺少文件：${p.path}（清单中有，压缩包中没有）`;
    case 'unlisted':
      return `多出文件：${p.path}（压缩包中有，清单中没有）`;
    case 'unreadable':
      return `文件无法读取：${p.path}（${p.detail}）`;
    case 'size':
      return `文件已被改动：${p.path}（大小应为 ${p.expected} 字节，实际为 ${p.actual} 字节）`;
    case 'hash':
      return `文件已被改动：${p.path}（SHA-256 应为 ${p.expected}，实际为 ${p.actual}）`;
  }
}
