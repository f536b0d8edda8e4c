import { useState } from 'preact/hooks';
import type { Backup } from '../../shared/model';

/**
 * A checked backup file, before anything is written: what it holds and the two ways to restore it. Replacing asks a
 * second time, naming what this machine would lose, and offers a backup of it first.
 */
export function RestorePreview(props: {
  fileName: string;
  backup: Backup;
  /** What this machine holds now. */
  current: { applicants: number; records: number };
  busy: boolean;
  onRestore: (mode: 'replace' | 'merge') => void;
  onBackupFirst: () => void;
  onCancel: () => void;
}) {
  const [replacing, setReplacing] = useState(false);
  const b = props.backup;
  const when = new Date(b.exportedAt);
  return (
    <div class="import-preview" role="region" aria-label="恢复备份">
      <p>
        <strong>{props.fileName}</strong>：{Number.isNaN(when.getTime()) ? b.exportedAt : when.toLocaleString('zh-CN')}
        备份，申报人{b.applicants.length}人，查验记录{b.records.length}条。
      </p>
      <p class="muted">“合并”保留本机已有数据，同一编号以备份为准；“替换”先清空本机全部数据再恢复。</p>
      {replacing ? (
        <div class="confirm" role="alertdialog" aria-label="确认替换本机全部数据">
          <p>
            替换将删除本机现有的申报人{props.current.applicants}人、查验记录{props.current.records}条及设置，只留下备份中的数据，删除后不能恢复。建议先备份本机数据。
          </p>
          <button type="button" class="small" disabled={props.busy} onClick={props.onBackupFirst} autoFocus>
            先备份本机数据
          </button>
          <button type="button" class="danger small" disabled={props.busy} onClick={() => props.onRestore('replace')}>
            确认替换
          </button>
          <button type="button" class="small" onClick={() => setReplacing(false)}>
            不替换
          </button>
        </div>
      ) : (
        <div class="buttons">
          <button type="button" class="primary" disabled={props.busy} onClick={() => props.onRestore('merge')}>
            合并到本机数据
          </button>
          <button type="button" class="danger" disabled={props.busy} onClick={() => setReplacing(true)}>
            替换本机全部数据…
          </button>
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
        </div>
      )}
    </div>
  );
}
