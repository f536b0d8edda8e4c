import { isoDate } from '../../../shared/model';
import { InvalidDateError, UnknownYearError, addWorkdays } from '../../../shared/rules';
import { InputError, UsageError, type Command } from '../command';
import { SCHEDULE_HINT, readSchedule } from '../schedule';

export const workdays: Command = {
  name: 'workdays',
  summary: '按法定节假日和调休计算工作日（如会前5个工作日：workdays 2026-10-12 -5）',
  usage: '<YYYY-MM-DD> <±工作日数> [--schedule <节假日安排.json>] [--json]',
  options: { schedule: { type: 'string' } },
  async run(ctx) {
    const [date, n, ...rest] = ctx.positionals;
    if (!date || !n || rest.length) throw new UsageError('需要两个参数：日期和工作日数，如 workdays 2026-10-12 -5');
    if (!isoDate.safeParse(date).success) throw new UsageError(`日期应为YYYY-MM-DD格式的有效日期，实际为“${date}”`);
    if (!/^[+-]?\d{1,4}$/.test(n)) throw new UsageError(`工作日数应为不超过4位的整数（往前数用负数），实际为“${n}”`);
    const extra = typeof ctx.values.schedule === 'string' ? await readSchedule(ctx.values.schedule) : undefined;
    let result: string;
    try {
      result = addWorkdays(date, Number(n), extra);
    } catch (e) {
      if (e instanceof UnknownYearError) throw new InputError(e.addable ? `${e.message}；${SCHEDULE_HINT}` : e.message);
      if (e instanceof InvalidDateError) throw new InputError(e.message);
      throw e;
    }
    const k = Number(n);
    ctx.stdout(
      ctx.json
        ? JSON.stringify({ date: result }, null, 2)
        : k === 0
          ? result
          : `${date}${k > 0 ? '之后' : '之前'}第${Math.abs(k)}个工作日：${result}`,
    );
    return 0;
  },
};
