// Checks a backup file completely before restore touches the database.
import { applicantPathLabel, Backup, SCHEMA_VERSION, zhErrors } from '../model';
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

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/** The file as a Backup, or a StoreError ('version' for another data version, 'invalid' for anything else). */
export function parseBackup(data: unknown): Backup {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
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
  const parsed = Backup.safeParse(data, { error: zhErrors });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const lines = issues.slice(0, 5).map((i) => `${where(i.path, data)}：${i.message}`);
    if (issues.length > 5) lines.push(`另有${issues.length - 5}处问题`);
    throw invalid(lines.join('；'), parsed.error.message);
  }
  const backup = parsed.data;
  const dupApplicants = duplicates(backup.applicants.map((a) => a.id));
  const dupRecords = duplicates(backup.records.map((r) => r.id));
  if (dupApplicants.length || dupRecords.length) {
    throw invalid(
      `编号重复（申报人：${dupApplicants.join('、') || '无'}；查验记录：${dupRecords.join('、') || '无'}）。`,
      `duplicate ids: ${[...dupApplicants, ...dupRecords].join(', ')}`,
    );
  }
  return backup;
}
