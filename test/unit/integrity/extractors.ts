// The three extractors on this machine (Debian's unzip, bsdtar from libarchive-tools, Python's zipfile), run on an
// archive: what each would give a user. Used to prove that an archive verify-export passes means the same to them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Extracted = Map<string, Uint8Array> | 'refused';

/** Every file under `dir`; names as bytes, decoded leniently (a name that is not UTF-8 shows as U+FFFD and differs). */
function walk(dir: Buffer, prefix = '', out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir, { encoding: 'buffer' })) {
    const rel = prefix ? `${prefix}/${name.toString('utf8')}` : name.toString('utf8');
    const full = Buffer.concat([dir, Buffer.from('/'), name]);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.set(rel, new TextEncoder().encode('symlink'));
    else if (st.isDirectory()) walk(full, rel, out);
    else out.set(rel, new Uint8Array(readFileSync(full)));
  }
  return out;
}

const PY = `
import sys, zipfile, os
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
if bad is not None: sys.exit(3)
z.extractall(sys.argv[2])
`;

/** Extracts with one tool into a fresh folder; 'refused' when the tool reports an error (non-zero exit). */
export function extractWith(tool: 'unzip' | 'bsdtar' | 'bsdtar-stream' | 'python', zip: Uint8Array): Extracted {
  const root = mkdtempSync(join(tmpdir(), `zhicheng-x-${tool}-`));
  const file = join(root, 'a.zip');
  const dir = join(root, 'out');
  writeFileSync(file, zip);
  execFileSync('mkdir', [dir]);
  try {
    const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
    const r =
      tool === 'unzip'
        ? spawnSync('unzip', ['-qq', '-o', file, '-d', dir], { env })
        : tool === 'bsdtar'
          ? spawnSync('bsdtar', ['-xf', file, '-C', dir], { env })
          : tool === 'bsdtar-stream'
            ? spawnSync('bsdtar', ['-xf', '-', '-C', dir], { env, input: zip })
            : spawnSync('python3', ['-c', PY, file, dir], { env });
    if (r.status !== 0) return 'refused';
    return walk(Buffer.from(dir));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const EXTRACTORS = ['unzip', 'bsdtar', 'bsdtar-stream', 'python'] as const;

/** Whether an extraction is exactly `files` (every path, every byte, nothing else). */
export function sameFiles(got: Extracted, files: Map<string, Uint8Array>): boolean {
  if (got === 'refused' || got.size !== files.size) return false;
  for (const [p, b] of files) {
    const g = got.get(p);
    if (!g || Buffer.compare(Buffer.from(g), Buffer.from(b)) !== 0) return false;
  }
  return true;
}
