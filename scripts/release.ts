// `npm run release [-- --out DIR]`: every package an office installs from, built fresh from this tree, into
// dist/release/ (or DIR, which must be new or empty): the Chrome/Edge zip, the unsigned Firefox .xpi, its sources zip
// (what addons.mozilla.org asks for with bundled code), the static generator page as a zip, and beside them
// SHA256SUMS (`sha256sum -c SHA256SUMS`) and release.json (version, size, SHA-256 and how each file is installed).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';

const ROOT = resolve(import.meta.dirname, '..');

export interface ReleaseFile {
  file: string;
  kind: 'chrome' | 'firefox' | 'firefox-sources' | 'web';
  bytes: number;
  sha256: string;
  /** How an office installs it (Chinese, as the README and the 使用说明 say). */
  install: string;
}
export interface ReleaseManifest {
  name: string;
  version: string;
  createdAt: string;
  files: ReleaseFile[];
}

const INSTALL: Record<ReleaseFile['kind'], string> = {
  chrome: '解压到固定文件夹，在 Edge/Chrome/国产 Chromium 浏览器的扩展管理页打开“开发者模式”，点“加载已解压的扩展程序”选择该文件夹',
  firefox: 'Firefox ESR：about:debugging →“临时载入附加组件”；长期使用须 xpinstall.signatures.required 为 false 后“从文件安装附加组件”',
  'firefox-sources': '源代码，供提交 Firefox 附加组件网站审核',
  web: '解压后用浏览器打开 index.html，或放到内网任意静态网站上',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A folder as a zip with fixed timestamps: the same build gives the same bytes. */
export function zipFolder(dir: string): Uint8Array {
  const files: Zippable = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p).split('\\').join('/')] = [readFileSync(p), { mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  };
  walk(dir);
  return zipSync(files, { level: 6 });
}

/** The version a packaged extension's manifest.json declares. */
export function packagedVersion(zip: Uint8Array): string {
  const manifest = unzipSync(zip, { filter: (f) => f.name === 'manifest.json' })['manifest.json'];
  if (!manifest) throw new Error('manifest.json missing from the package');
  return (JSON.parse(strFromU8(manifest)) as { version: string }).version;
}

export function sha256sums(files: readonly ReleaseFile[]): string {
  return files.map((f) => `${f.sha256}  ${f.file}\n`).join('');
}

function run(cmd: string, args: string[], env: Record<string, string>): void {
  execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function release(out: string): ReleaseManifest {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  if (existsSync(out) && readdirSync(out).length) throw new Error(`${out} is not empty: give a new or empty folder`);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'zhicheng-release-'));
  try {
    // Builds of their own, so nothing in .output or dist/web is reused by mistake.
    const wxtOut = join(work, 'wxt');
    run('npx', ['wxt', 'zip'], { ZHICHENG_WXT_OUT_DIR: wxtOut });
    run('npx', ['wxt', 'zip', '-b', 'firefox'], { ZHICHENG_WXT_OUT_DIR: wxtOut });
    run('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'forms/web/vite.config.ts'], { ZHICHENG_WEB_OUT_DIR: join(work, 'web') });

    const base = `${name}-${version}`;
    const parts: { kind: ReleaseFile['kind']; file: string; bytes: Uint8Array }[] = [
      { kind: 'chrome', file: `${base}-chrome.zip`, bytes: readFileSync(join(wxtOut, `${base}-chrome.zip`)) },
      { kind: 'firefox', file: `${base}-firefox.xpi`, bytes: readFileSync(join(wxtOut, `${base}-firefox.zip`)) },
      { kind: 'firefox-sources', file: `${base}-sources.zip`, bytes: readFileSync(join(wxtOut, `${base}-sources.zip`)) },
      { kind: 'web', file: `${base}-web.zip`, bytes: zipFolder(join(work, 'web')) },
    ];
    for (const p of parts.filter((x) => x.kind === 'chrome' || x.kind === 'firefox')) {
      const v = packagedVersion(p.bytes);
      if (v !== version) throw new Error(`${p.file} declares version ${v}, package.json ${version}`);
    }
    const files: ReleaseFile[] = parts.map((p) => {
      writeFileSync(join(out, p.file), p.bytes);
      return { file: p.file, kind: p.kind, bytes: p.bytes.length, sha256: sha256(p.bytes), install: INSTALL[p.kind] };
    });
    const manifest: ReleaseManifest = { name, version, createdAt: new Date().toISOString(), files };
    writeFileSync(join(out, 'SHA256SUMS'), sha256sums(files));
    writeFileSync(join(out, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const i = process.argv.indexOf('--out');
  const out = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(ROOT, 'dist/release'));
  // dist/release is this command's own folder: a new release replaces the last one there.
  if (i < 0) rmSync(out, { recursive: true, force: true });
  try {
    const m = release(out);
    for (const f of m.files) console.log(`${f.sha256}  ${f.file}  (${(f.bytes / 1048576).toFixed(1)} MB)`);
    console.log(`${m.name} ${m.version}: ${m.files.length} files, SHA256SUMS and release.json in ${out}`);
  } catch (e) {
    console.error(`release failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
