import type { RowError } from '../../../shared/roster';

/** The rows the roster import refused, each with the cell as read and what was expected. */
export function RowErrors({ errors, warnings, omitted = 0 }: { errors: readonly RowError[]; warnings: readonly string[]; omitted?: number }) {
  if (!errors.length && !warnings.length) return null;
  return (
    <div class="row-errors">
      {errors.length > 0 && (
        <details open>
          <summary>
            <strong class="tone-bad">{errors.length + omitted} 处问题</strong>，这些行未导入；请在名册中改正后重新导入
            {omitted > 0 && `（只列出前面的${errors.length}处）`}
          </summary>
          <div class="scroll-box">
            <table class="grid compact">
              <thead>
                <tr>
                  <th scope="col">行</th>
                  <th scope="col">列</th>
                  <th scope="col">单元格内容</th>
                  <th scope="col">问题</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i}>
                    <td class="num">第{e.row}行</td>
                    <td>{e.column}</td>
                    <td class="cell-value">{e.value}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{warnings.length} 条提示</summary>
          <ul class="scroll-box warnings">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
