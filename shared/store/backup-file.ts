// Checks a backup file completely before restore touches the database.
import { z } from 'zod';
import { Applicant, applicantPathLabel, Backup, SCHEMA_VERSION, VerificationRecord, zhErrors } from '../model';
import { MAX_BACKUP_BYTES, tooLarge } from '../limits';
import { StoreError } from './errors';

const invalid = (message: string, detail: string) => new StoreError('invalid', `备份文件不能使用，数据未改动：${message}`, { detail });

/** Where an issue sits in a backup file, in words: 申报人第3个（张三）“学历学位第1项·毕(结)业日期”. */
function where(path: readonly PropertyKey[], data: unknown): string {
  const [top, index, ...rest] = path;
  const list = (data as Record<string, unknown[]>)[top as string];
  if (top === 'applicants' && typeof index === 'number') {
    const item = list?.[index] as { name?: unknown } | undefined;
    const name = typeof item?.name === 'string' && item.name ? `（${item.name}）` : '';
    return `申报人第${index + 1}个${name}${rest.length ? `“${applicantPathLabel(rest, item)}”` : ''}`;
  }
  if (top === 'records' && typeof index === 'number') return `查验记录第${index + 1}条${rest.length ? `的${rest.join('.')}` : ''}`;
  if (top === 'settings') return `设置${rest.length ? `的${rest.join('.')}` : ''}`;
  return path.join('.') || '文件';
}

/** Ids that occur more than once, the first few (the message names them; the rest are counted). */
function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

const someOf = (ids: string[]) => (ids.length > MAX_ISSUES ? `${ids.slice(0, MAX_ISSUES).join('、')}等${ids.length}个` : ids.join('、'));

/** Issues named in the message; validation stops once this many are found (a file can hold 300,000 bad records). */
const MAX_ISSUES = 5;

/** Everything but the two lists, which are checked item by item below. */
const BackupShell = Backup.extend({ applicants: z.array(z.unknown()), records: z.array(z.unknown()) });

type Issue = { path: PropertyKey[]; message: string };

/**
 * Backup.safeParse, but stopping after MAX_ISSUES issues: a file of 300,000 empty records would otherwise build
 * millions of issue objects (and a message over all of them) before saying what is wrong.
 */
function parseBounded(data: unknown): { ok: true; backup: Backup } | { ok: false; issues: Issue[]; more: boolean } {
  const issues: Issue[] = [];
  const shell = BackupShell.safeParse(data, { error: zhErrors });
  if (!shell.success) {
    const all = shell.error.issues;
    return { ok: false, issues: all.slice(0, MAX_ISSUES).map((i) => ({ path: i.path, message: i.message })), more: all.length > MAX_ISSUES };
  }
  const items = <T>(key: 'applicants' | 'records', schema: z.ZodType<T>): T[] => {
    const out: T[] = [];
    shell.data[key].forEach((item, index) => {
      if (issues.length >= MAX_ISSUES) return;
      const r = schema.safeParse(item, { error: zhErrors });
      if (r.success) out.push(r.data);
      else for (const i of r.error.issues.slice(0, MAX_ISSUES - issues.length)) issues.push({ path: [key, index, ...i.path], message: i.message });
    });
    return out;
  };
  const applicants = items('applicants', Applicant);
  const records = items('records', VerificationRecord);
  if (issues.length) return { ok: false, issues, more: issues.length >= MAX_ISSUES };
  return { ok: true, backup: { ...shell.data, applicants, records } };
}

/** The file (its text, with or without a byte-order mark, or its parsed JSON) as a Backup, or a StoreError ('version' for another data version, 'invalid' for anything else). */
export function parseBackup(data: unknown): Backup {
  if (typeof data === 'string' && data.length > MAX_BACKUP_BYTES) {
    throw invalid(tooLarge('备份文件', data.length, MAX_BACKUP_BYTES), `backup of ${data.length} characters`);
  }
  if (typeof data === 'string') {
    try {
      // Editors on Windows like to add a byte-order mark.
      data = JSON.parse(data.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw invalid('文件不是有效的JSON。请选择本程序导出的备份文件（.json）。', String(e));
    }
  }
  const head = data as { app?: unknown; schemaVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.app !== 'zhicheng-desk') {
    throw invalid('这不是职称核验助手的备份文件（缺少 app: "zhicheng-desk"）。', 'not a zhicheng-desk backup');
  }
  if (head.schemaVersion !== SCHEMA_VERSION) {
    const v = String(head.schemaVersion);
    const newer = typeof head.schemaVersion === 'number' && head.schemaVersion > SCHEMA_VERSION;
    throw new StoreError(
      'version',
      newer
        ? `备份文件来自较新版本的职称核验助手（数据版本${v}），当前程序只能读取版本${SCHEMA_VERSION}。请先更新程序再恢复；数据未改动。`
        : `备份文件的数据版本${v}不受支持（当前为版本${SCHEMA_VERSION}），数据未改动。`,
      { detail: `backup schemaVersion ${v}, supported ${SCHEMA_VERSION}` },
    );
  }
  const parsed = parseBounded(data);
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `${where(i.path, data)}：${i.message}`);
    if (parsed.more) lines.push('可能还有更多问题');
    throw invalid(lines.join('；'), parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const backup = parsed.backup;
  const dupApplicants = duplicates(backup.applicants.map((a) => a.id));
  const dupRecords = duplicates(backup.records.map((r) => r.id));
  if (dupApplicants.length || dupRecords.length) {
    throw invalid(
      `编号重复（申报人：${someOf(dupApplicants) || '无'}；查验记录：${someOf(dupRecords) || '无'}）。`,
      `duplicate ids: ${dupApplicants.length + dupRecords.length}`,
    );
  }
  return backup;
}
