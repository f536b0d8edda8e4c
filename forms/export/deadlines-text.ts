// The notice's deadlines as a plain-text sheet at the root of the export (Windows Notepad friendly: BOM, CRLF).
import { PENDING_DATE, type Deadline } from '../../shared/rules';

const WEEKDAYS = '日一二三四五六';

/** 2026-10-12 → 2026年10月12日（星期一）. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const w = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日（星期${w}）`;
}

/** 最迟2026年10月15日（星期四）, or 待补充 with why. */
export const deadlineDate = (d: Deadline): string => (d.date ? `最迟${chineseDate(d.date)}` : `${PENDING_DATE}（${d.pending ?? ''}）`);

export const DEADLINES_FILE = '评审工作时限.txt';

export function deadlinesText(meeting: string, list: readonly Deadline[]): Uint8Array {
  const lines = [
    '评审工作时限（抚人社发〔2019〕60号）',
    `评审会议日期：${chineseDate(meeting)}`,
    '工作日按国务院办公厅公布的节假日安排计算：法定节假日不计，调休上班的周末计入。',
    '',
    ...list.map((d, i) => `${i + 1}. ${d.label}：${deadlineDate(d)}（${d.rule}）`),
    '',
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);
}
