import type { Backup } from '../../shared/model';

/** A checked backup file, before anything is written: what it holds and the two ways to restore it. */
export function RestorePreview(props: {
  fileName: string;
  backup: Backup;
  busy: boolean;
  onRestore: (mode: 'replace' | 'merge') => void;
  onCancel: () => void;
}) {
  const b = props.backup;
  const when = new Date(b.exportedAt);
  return (
    <div class="import-preview" role="region" aria-label="恢复备份">
      <p>
        <strong>{props.fileName}</strong>：{Number.isNaN(when.getTime()) ? b.exportedAt : when.toLocaleString('zh-CN')}
        备份，申报人{b.applicants.length}人，查验记录{b.records.length}条。
      </p>
      <p class="muted">“合并”保留本机已有数据，同一编号以备份为准；“替换”先清空本机全部数据再恢复。</p>
      <div class="buttons">
        <button type="button" class="primary" disabled={props.busy} onClick={() => props.onRestore('merge')}>
          合并到本机数据
        </button>
        <button type="button" class="danger" disabled={props.busy} onClick={() => props.onRestore('replace')}>
          替换本机全部数据
        </button>
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
