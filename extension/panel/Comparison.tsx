// A page's values against the applicant's: the comparison table, and the page's own rows as it printed them.
import { Fragment } from 'preact';
import type { FieldComparison, PageRow } from '../../shared/model';
import type { EyeVerdict } from '../../shared/rules/confirm-by-eye';

const STATUS_TEXT: Record<FieldComparison['status'], string> = {
  match: '一致',
  mismatch: '不一致',
  unreadable: '图片，需目视核对',
  missing: '页面无此项',
};

/** The page's values beside the applicant's, one row per field; anything but a match is marked and explained. */
export function ComparisonTable(props: {
  comparison: FieldComparison[];
  confirmedByEye: string[];
  differentByEye: string[];
  /** The user's verdict on an image field after looking at the page; null takes it back. */
  onConfirm?: (key: string, verdict: EyeVerdict) => void;
  busy?: boolean;
}) {
  if (props.comparison.length === 0) return null;
  return (
    <table class="compare">
      <caption class="visually-hidden">申报信息与页面信息对照</caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">申报信息</th>
          <th scope="col">页面显示</th>
        </tr>
      </thead>
      <tbody>
        {props.comparison.map((c) => {
          const confirmed = props.confirmedByEye.includes(c.key);
          const different = props.differentByEye.includes(c.key);
          const tone = c.status === 'match' ? 'ok' : c.status === 'mismatch' ? 'bad' : confirmed ? 'ok' : 'warn';
          return (
            <Fragment key={c.key}>
              <tr class={`row-${tone}`}>
                <th scope="row">{c.label}</th>
                <td>{c.expected ?? '—'}</td>
                <td>
                  {c.actual ?? (c.status === 'unreadable' || confirmed || different ? '（图片）' : '—')}
                  {(c.status !== 'match' || confirmed) && (
                    <span class="status-word">{confirmed ? '已目视核对一致' : different ? '目视核对不一致' : STATUS_TEXT[c.status]}</span>
                  )}
                  {(confirmed || different) && props.onConfirm && (
                    <button type="button" class="link" disabled={props.busy} onClick={() => props.onConfirm?.(c.key, null)}>
                      撤销{c.label}的目视核对
                    </button>
                  )}
                </td>
              </tr>
              {c.status !== 'match' && (c.reason || (c.status === 'unreadable' && !confirmed)) && (
                <tr class={`why row-${tone}`}>
                  <td colSpan={3}>
                    {c.reason && <span>{c.reason}</span>}
                    {c.status === 'unreadable' && props.onConfirm && (
                      <>
                        <button type="button" class="small" disabled={props.busy} onClick={() => props.onConfirm?.(c.key, 'same')}>
                          已对照页面核对，{c.label}一致
                        </button>
                        <button type="button" class="small" disabled={props.busy} onClick={() => props.onConfirm?.(c.key, 'different')}>
                          已对照页面核对，{c.label}不一致
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

/** What a page showed, row by row in the page's order (its labels as printed, extras included). */
export function FieldList({ rows }: { rows: readonly PageRow[] }) {
  if (rows.length === 0) return null;
  return (
    <dl class="fields">
      {rows.map((r) => (
        <div key={r.path} class="field" data-path={r.path}>
          <dt>{r.label}</dt>
          <dd>{r.image ? '（图片）' : r.raw || '（空）'}</dd>
        </div>
      ))}
    </dl>
  );
}
