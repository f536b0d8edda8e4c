// The panel's backup files: the name a backup is saved under, and the check of a file picked to restore.
import type { Backup } from '../../shared/model';
import { StoreError } from '../../shared/store';
import { parseBackup } from '../../shared/store/backup-file';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

/** A backup's file name users see: 职称核验助手备份-20261125-1830.json (local time). */
export function backupFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}`;
  return `职称核验助手备份-${stamp}.json`;
}

/** A file the user picked to restore from, checked completely before the panel offers to write anything. */
export function parseBackupFile(text: string): ParsedBackup {
  try {
    return { ok: true, backup: parseBackup(text) };
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, message: e.message };
    return { ok: false, message: '备份文件无法读取，数据未改动。请选择本程序导出的备份文件（.json）。' };
  }
}
