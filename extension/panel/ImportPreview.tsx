import type { Applicant } from '../../shared/model';
import { useAutoFocus } from './auto-focus';
// Type only: the roster code (exceljs) is loaded when a file is picked, not with the panel.
import type { RowError } from '../../shared/roster';

export interface RosterPreview {
  fileName: string;
  applicants: Applicant[];
  /** The errors of the first rows (importRoster caps the list); `errorRows` and `omittedErrors` count the rest. */
  errors: RowError[];
  errorRows: number;
  omittedErrors: number;
  warnings: string[];
  total: number;
  /** How many of the valid rows update an applicant already stored (same 身份证号). */
  replacing: number;
}

const SHOWN_ERRORS = 50;

/** What a roster file would import, before anything is stored: row errors first, then one button for the valid rows. */
export function ImportPreview(props: {
  preview: RosterPreview;
  busy: boolean;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { preview: p } = props;
  // The decision comes next: a keyboard user is on it without hunting for it.
  const accept = useAutoFocus<HTMLButtonElement>();
  const valid = p.applicants.length;
  const errorRows = p.errorRows;
  return (
    <div class="import-preview" role="region" aria-label="名单导入预览">
      <p>
        <strong>{p.fileName}</strong>：共{p.total}行，有效{valid}行
        {errorRows > 0 && <span class="bad-text">，有错误的{errorRows}行（不导入）</span>}。
        {p.replacing > 0 && `其中${p.replacing}人已在本机，导入后按新名单更新（已有查验记录保留）。`}
      </p>
      {p.errors.length > 0 && (
        <>
          <p class="bad-text errors-title">以下行有错误，请在名单文件中改正后重新导入：</p>
          <ul class="errors">
            {p.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                <strong>
                  第{e.row}行 · {e.column}
                </strong>
                ：<span class="value">{e.value || '（空）'}</span>
                <div>{e.message}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.errors.length + p.omittedErrors > SHOWN_ERRORS && (
        <p class="muted">另有{p.errors.length + p.omittedErrors - Math.min(SHOWN_ERRORS, p.errors.length)}处错误未列出。</p>
      )}
      {p.warnings.length > 0 && (
        <ul class="warnings">
          {p.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <div class="buttons">
        <button type="button" class="primary" ref={accept} disabled={props.busy || valid === 0} onClick={props.onAccept}>
          导入有效的{valid}行
        </button>
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
