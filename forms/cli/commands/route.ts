import { isoDate } from '../../../shared/model';
import { ROUTE_LABELS, routeFor } from '../../../shared/rules';
import { UsageError, type Command } from '../command';
import { kindOption } from './check';

export const route: Command = {
  name: 'route',
  noPositionals: true,
  summary: '按毕业或授予日期判断查验途径（学信网、学位在线查验或档案审查）',
  usage: '--kind xueli|xuewei --date YYYY-MM-DD [--foreign] [--json]',
  options: { kind: { type: 'string' }, date: { type: 'string' }, foreign: { type: 'boolean' } },
  async run(ctx) {
    const kind = kindOption(ctx.values.kind);
    if (!kind) throw new UsageError('请用 --kind 指定 xueli（学历）或 xuewei（学位）');
    const date = ctx.values.date;
    if (typeof date !== 'string' || !isoDate.safeParse(date).success) {
      throw new UsageError(`--date 应为YYYY-MM-DD格式的有效日期（学历填毕业日期，学位填授予日期），实际为“${String(date ?? '')}”`);
    }
    const r = routeFor(kind, date, ctx.values.foreign === true);
    ctx.stdout(ctx.json ? JSON.stringify(r, null, 2) : `查验途径：${ROUTE_LABELS[r.route]}\n依据：${r.reason}`);
    return 0;
  },
};
