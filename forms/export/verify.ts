import { MANIFEST_PATH, Manifest } from './manifest';
import { sha256Hex } from './sha256';
import { listZip, readEntry, type ByteSource } from './zip-reader';

export type ExportProblem =
  | { kind: 'no-manifest' }
  | { kind: 'bad-manifest'; detail: string }
  | { kind: 'missing'; path: string }
  | { kind: 'duplicate'; path: string }
  | { kind: 'unlisted'; path: string }
  | { kind: 'unreadable'; path: string; detail: string }
  | { kind: 'size'; path: string; expected: number; actual: number }
  | { kind: 'hash'; path: string; expected: string; actual: string };

export interface VerifyResult {
  ok: boolean;
  /** Files listed in the manifest whose size and SHA-256 matched. */
  verified: number;
  manifest: Manifest | null;
  problems: ExportProblem[];
}

/** Re-reads every file of an export and checks it against manifest.json: size, SHA-256, nothing missing or added. */
export async function verifyExport(src: ByteSource): Promise<VerifyResult> {
  const entries = (await listZip(src)).filter((e) => !e.path.endsWith('/'));
  const problems: ExportProblem[] = [];
  const byPath = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    if (byPath.has(e.path)) problems.push({ kind: 'duplicate', path: e.path });
    byPath.set(e.path, e);
  }
  const me = byPath.get(MANIFEST_PATH);
  if (!me) return { ok: false, verified: 0, manifest: null, problems: [...problems, { kind: 'no-manifest' }] };
  let manifest: Manifest;
  try {
    const parsed = Manifest.safeParse(JSON.parse(new TextDecoder().decode(await readEntry(src, me))));
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { ok: false, verified: 0, manifest: null, problems: [...problems, { kind: 'bad-manifest', detail }] };
    }
    manifest = parsed.data;
  } catch (e) {
    return { ok: false, verified: 0, manifest: null, problems: [...problems, { kind: 'bad-manifest', detail: (e as Error).message }] };
  }

  let verified = 0;
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const e = byPath.get(f.path);
    if (!e) {
      problems.push({ kind: 'missing', path: f.path });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readEntry(src, e);
    } catch (err) {
      problems.push({ kind: 'unreadable', path: f.path, detail: (err as Error).message });
      continue;
    }
    if (bytes.length !== f.size) {
      problems.push({ kind: 'size', path: f.path, expected: f.size, actual: bytes.length });
      continue;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== f.sha256) problems.push({ kind: 'hash', path: f.path, expected: f.sha256, actual });
    else verified++;
  }
  for (const path of byPath.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.push({ kind: 'unlisted', path });
  }
  return { ok: problems.length === 0, verified, manifest, problems };
}

/** One problem as a Chinese sentence for users. */
export function describeProblem(p: ExportProblem): string {
  switch (p.kind) {
    case 'no-manifest':
      return `压缩包中没有 ${MANIFEST_PATH}，无法核对：这不是本工具导出的文件，或清单已被删除`;
    case 'bad-manifest':
      return `${MANIFEST_PATH} 内容有误，无法核对（${p.detail}）`;
    case 'missing':
      return `缺少文件：${p.path}（清单中有，压缩包中没有）`;
    case 'duplicate':
      return `文件重复出现：${p.path}`;
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
