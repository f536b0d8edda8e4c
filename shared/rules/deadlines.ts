// The deadlines 抚人社发〔2019〕60号 sets around a committee meeting (../shared/rules.md §5, forms.md §5).
import { addWorkdays, UnknownYearError, type ExtraYears } from './workdays';

export const DEADLINE_KEYS = ['request', 'passedList', 'objections', 'filing', 'higherDocuments', 'evaluationsDone'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface Deadline {
  key: DeadlineKey;
  /** What must be done, Chinese. */
  label: string;
  /** The last day (YYYY-MM-DD); '' when it falls in a year whose holiday schedule is not known yet. */
  date: string;
  /** The rule as the notice states it, Chinese. */
  rule: string;
  /** Why the date is still to be added (待补充), in Chinese; only when `date` is ''. */
  pending?: string;
}

/** How a deadline without its date is printed. */
export const PENDING_DATE = '待补充';

/**
 * Each deadline, from the meeting date. A working-day count that reaches a year the holiday calendar does not know yet
 * gives no date but a 待补充 with the reason (an office adds the year's schedule in 设置), never an error that blocks.
 */
export function deadlines(meeting: string, extra?: ExtraYears): Deadline[] {
  const year = meeting.slice(0, 4);
  const counted = (key: DeadlineKey, label: string, days: number, rule: string): Deadline => {
    try {
      return { key, label, date: addWorkdays(meeting, days, extra), rule };
    } catch (e) {
      if (!(e instanceof UnknownYearError)) throw e;
      return { key, label, date: '', rule, pending: e.message };
    }
  };
  return [
    counted('request', '评审会议申请报送市人社局', -5, '评审会议召开前至少5个工作日'),
    counted('passedList', '评审通过人员名单报送市人社局', 3, '评审会议后3个工作日内'),
    counted('objections', '异议处理答复', 10, '10个工作日内答复（此处自评审会议日起算；异议晚于会议提出的，自收到之日起算）'),
    counted('filing', '评审结果审核备案', 20, '评审会议后20个工作日内'),
    { key: 'higherDocuments', label: '上级评委会评审材料报送', date: `${year}-09-30`, rule: '当年9月底前' },
    { key: 'evaluationsDone', label: '全年评审工作完成', date: `${year}-11-30`, rule: '当年11月底前' },
  ];
}
