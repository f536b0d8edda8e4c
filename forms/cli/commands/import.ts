import type { ImportResult } from '../../../shared/roster';
import { UsageError, type Command } from '../command';
import { readRoster } from '../input';

function report(file: string, r: ImportResult): string {
  const credentials = r.applicants.flatMap((a) => a.credentials);
  const xueli = credentials.filter((c) => c.kind === 'xueli').length;
  const lines: string[] = [];
  if (r.errors.length) {
    lines.push(`名册“${file}”有错误：共${r.total}行，无误${r.applicants.length}行，有错${r.errorRows}行。`, '', '行\t列\t值\t问题');
    for (const e of r.errors) lines.push(`${e.row}\t${e.column}\t${e.value || '（空）'}\t${e.message}`);
    if (r.omittedErrors) lines.push(`……另有${r.omittedErrors}处问题未列出（只列出有错的前${new Set(r.errors.map((e) => e.row)).size}行）。`);
    lines.push('', '有错的行不会导入；请改正后重新检查。');
  } else if (r.total === 0) {
    lines.push(`名册“${file}”中没有申报人。`);
  } else {
    lines.push(`名册“${file}”检查通过：共${r.applicants.length}人；学历${xueli}条，学位${credentials.length - xueli}条。`);
  }
  if (r.warnings.length) lines.push('', '提示：', ...r.warnings.map((w) => `  ${w}`));
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: '检查申报人名册（.xlsx 或 .csv）：逐行列出错误，或给出人数和学历、学位条数',
  usage: '<名册.xlsx|名册.csv> [--json]',
  async run(ctx) {
    const [file, ...extra] = ctx.positionals;
    if (!file || extra.length) throw new UsageError('请给出一个名册文件，如：zhicheng import 名册.xlsx');
    const result = await readRoster(file);
    if (ctx.json) {
      const { total, applicants, errors, warnings, errorRows, omittedErrors } = result;
      ctx.stdout(JSON.stringify({ total, valid: applicants.length, errors, warnings, applicants, errorRows, omittedErrors }, null, 2));
    } else {
      ctx.stdout(report(file, result));
    }
    return result.errors.length || result.total === 0 ? 1 : 0;
  },
};
