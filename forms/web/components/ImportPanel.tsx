// The generator page's inputs: the roster and the backup picked, what each gave, and the roster's row errors.
import { FilePicker } from '../../../shared/ui';
import type { ImportResult } from '../../../shared/roster';
import { RowErrors } from './RowErrors';

export interface LoadedRoster {
  fileName: string;
  result: ImportResult;
}
export interface LoadedBackup {
  fileName: string;
  applicants: number;
  records: number;
}

/** Roster (XLSX/CSV) and backup (JSON) pickers, what each gave, and the roster's row errors. */
export function ImportPanel(props: {
  roster: LoadedRoster | null;
  backup: LoadedBackup | null;
  busy: boolean;
  unmatchedRecords: number;
  onRoster: (f: File) => void;
  onBackup: (f: File) => void;
  onSample: () => void;
  onTemplate: () => void;
}) {
  const { roster, backup } = props;
  return (
    <div class="import">
      <div class="toolbar">
        <FilePicker id="roster-file" label="导入名册（XLSX/CSV）" accept=".xlsx,.csv,text/csv" disabled={props.busy} onFile={props.onRoster} />
        <FilePicker id="backup-file" label="导入查验记录备份（JSON）" accept=".json,application/json" disabled={props.busy} onFile={props.onBackup} />
        <button type="button" onClick={props.onSample} disabled={props.busy}>
          载入示例名册
        </button>
        <button type="button" class="link" onClick={props.onTemplate}>
          下载名册模板
        </button>
      </div>
      <ul class="loaded">
        <li>
          名册：
          {roster ? (
            <>
              <span class="file">{roster.fileName}</span>，导入 {roster.result.applicants.length} 人
              {roster.result.errors.length > 0 && <span class="tone-bad">（{roster.result.errors.length} 处问题，相关行未导入）</span>}
            </>
          ) : (
            <span class="muted">未导入</span>
          )}
        </li>
        <li>
          查验记录：
          {backup ? (
            <>
              <span class="file">{backup.fileName}</span>，{backup.records} 条记录
              {roster ? '' : `，${backup.applicants} 名申报人`}
              {props.unmatchedRecords > 0 && <span class="tone-warn">（{props.unmatchedRecords} 条记录的申报人或证书不在名册中，未使用）</span>}
            </>
          ) : (
            <span class="muted">未导入（可选：导入后，查验结果单印出网站上读取的结果）</span>
          )}
        </li>
      </ul>
      {roster && <RowErrors errors={roster.result.errors} warnings={roster.result.warnings} omitted={roster.result.omittedErrors} />}
    </div>
  );
}
