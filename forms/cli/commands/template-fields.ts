import { fieldsXlsx } from '../../template/fields-xlsx';
import { fieldRows } from '../../template/table';
import { InputError, UsageError, type Command } from '../command';
import { exists } from '../input';
import { writeFileSafely } from '../safe-write';

export const templateFieldsCommand: Command = {
  name: 'template-fields',
  noPositionals: true,
  summary: '生成字段说明（.xlsx）：Word 表格模板中可用的每个字段名、含义和示例',
  usage: '--out <字段说明.xlsx> [--force] [--json]',
  options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || !out) throw new UsageError('请用 --out 指定要生成的文件，如：zhicheng template-fields --out 字段说明.xlsx');
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 应是 .xlsx 文件，实际为“${out}”`);
    if (ctx.values.force !== true && (await exists(out))) throw new InputError(`文件“${out}”已存在，未覆盖；请换一个文件名，或加 --force 覆盖`);
    const data = await fieldsXlsx();
    await writeFileSafely(out, data, { overwrite: ctx.values.force === true });
    const fields = fieldRows().length;
    ctx.stdout(ctx.json ? JSON.stringify({ out, bytes: data.length, fields }, null, 2) : `已生成字段说明：${out}（${fields}个字段）`);
    return 0;
  },
};
