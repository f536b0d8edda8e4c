// Shared by the integrity tests: a small full disk, and rosters small enough to export quickly.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Applicant, idCheckChar } from '../../../shared/model';
import { sampleApplicant } from '../../../shared/sample/applicants';

/**
 * A tmpfs of `size` bytes mounted on a fresh folder (these tests run as root, as CI does); `unmount` when done.
 * Failing to mount fails the test: a full disk is what these tests are about.
 */
export function smallDisk(size: number): { dir: string; unmount: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'zhicheng-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`cannot mount a tmpfs for the full-disk test (run as root): ${(e as Error).message}`);
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

/** Every file under `dir`, relative, with its size. */
export function listFiles(dir: string, prefix = ''): { path: string; size: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) return listFiles(join(dir, d.name), rel);
    return [{ path: rel, size: statSync(join(dir, d.name)).size }];
  });
}

export function freshDir(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'zhicheng-integrity-')), name);
  mkdirSync(dir);
  return dir;
}

/** Another valid ID number with the same birth date and last four characters as `id` (another county). */
export function sameLastFour(id: string): string {
  for (let county = 1; county < 100; county++) {
    const first17 = `${id.slice(0, 4)}${String(county).padStart(2, '0')}${id.slice(6, 17)}`;
    if (first17 !== id.slice(0, 17) && idCheckChar(first17) === id[17]) return first17 + id[17];
  }
  throw new Error('no such ID number');
}

/** Two applicants of the same name whose ID numbers end alike: one folder name for both, as a naive writer makes it. */
export function namesakes(): Applicant[] {
  const a = sampleApplicant('a01');
  const idNumber = sameLastFour(a.idNumber);
  return [a, Applicant.parse({ ...a, id: `${a.id}-twin`, idNumber, credentials: a.credentials.map((c) => ({ ...c, id: `${c.id}-twin` })) })];
}
