// The deadlines 抚人社发〔2019〕60号 sets around a committee meeting (../shared/rules.md §5, forms.md §5).
import { addWorkdays, type ExtraYears } from './workdays';

export const DEADLINE_KEYS = ['request', 'passedList', 'objections', 'filing', 'higherDocuments', 'evaluationsDone'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface Deadline {
  key: DeadlineKey;
  /** What must be done, Chinese. */
  label: string;
  /** The last day (YYYY-MM-DD). */
  date: string;
  /** The rule as the notice states it, Chinese. */
  rule: string;
}

/** Each deadline, from the meeting date. Throws UnknownYearError when a working-day count reaches an unknown year. */
export function deadlines(meeting: string, extra?: ExtraYears): Deadline[] {
  const year = meeting.slice(0, 4);
  return [
    { key: 'request', label: '评审会议申请报送市人社局', date: addWorkdays(meeting, -5, extra), rule: '评审会议召开前至少5个工作日' },
    { key: 'passedList', label: '评审通过人员名单报送市人社局', date: addWorkdays(meeting, 3, extra), rule: '评审会议后3个工作日内' },
    {
      key: 'objections',
      label: '异议处理答复',
      date: addWorkdays(meeting, 10, extra),
      rule: '10个工作日内答复（此处自评审会议日起算；异议晚于会议提出的，自收到之日起算）',
    },
    { key: 'filing', label: '评审结果审核备案', date: addWorkdays(meeting, 20, extra), rule: '评审会议后20个工作日内' },
    { key: 'higherDocuments', label: '上级评委会评审材料报送', date: `${year}-09-30`, rule: '当年9月底前' },
    { key: 'evaluationsDone', label: '全年评审工作完成', date: `${year}-11-30`, rule: '当年11月底前' },
  ];
}
