import { rosterTemplateXlsx } from '../../../shared/roster';
import { InputError, UsageError, type Command } from '../command';
import { exists } from '../input';
import { writeFileSafely } from '../safe-write';

export const templateCommand: Command = {
  name: 'template',
  noPositionals: true,
  summary: '生成申报人名册模板（.xlsx，含示例行和填写说明）',
  usage: '--out <名册模板.xlsx> [--force] [--json]',
  options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || !out) throw new UsageError('请用 --out 指定要生成的文件，如：zhicheng template --out 名册模板.xlsx');
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应是 .xlsx 文件，实际为“${out}”`);
    if (ctx.values.force !== true && (await exists(out))) {
      throw new InputError(`文件“${out}”已存在，未覆盖；请换一个文件名，或加 --force 覆盖`);
    }
    const data = await rosterTemplateXlsx();
    await writeFileSafely(out, data, { overwrite: ctx.values.force === true });
    ctx.stdout(ctx.json ? JSON.stringify({ out, bytes: data.length }, null, 2) : `已生成名册模板：${out}（含示例行和“说明”工作表）`);
    return 0;
  },
};
